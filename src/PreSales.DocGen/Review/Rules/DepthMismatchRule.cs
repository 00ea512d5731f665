using PreSales.DocGen.Language;
using PreSales.DocGen.Method;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// depth-mismatch (with a deal): the next exchange speaks to leaders (METHOD §4 听众分析, the strategy's "little
/// technical detail"), yet a slide carries a dense table (a four-column FAB table) or a wall of detail.
/// </summary>
public sealed class DepthMismatchRule : Rule
{
    /// <inheritdoc />
    public override string Id => "depth-mismatch";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Structure;

    /// <inheritdoc />
    public override bool NeedsDeal => true;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("详略要合听众：面向高层少讲技术细节，多讲成效、证据和保障。", "Depth must fit the audience: for leaders, little technical detail; outcomes, evidence and assurance.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["tableCells"] = 16,
        ["cjkCharacters"] = 140,
        ["words"] = 75,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Deal is not { } deal || SlideStrategy.DepthOf(deal, ExchangeChecklist.NextExchange(deal)) != AudienceDepth.Leadership)
            yield break;
        foreach (var slide in context.Deck.Shown)
        {
            var table = slide.Shapes.FirstOrDefault(s => s.Kind == ShapeKind.Table && s.Paragraphs.Count(p => p.Text.Length > 0) >= Threshold(context, "tableCells"));
            var measure = SlideSignals.BodyMeasure(slide);
            if (table is not null || measure.CjkCharacters > Threshold(context, "cjkCharacters") || measure.Words > Threshold(context, "words"))
            {
                yield return Found(context, slide.Number, table is null ? null : SlideSignals.NameOf(table),
                    new("面向高层的交流，这一页技术细节过多（密集表格或大段文字）。", "For a leadership audience this slide carries too much detail (a dense table or a wall of text)."),
                    new("只留每项能力带来的效益和证据，细节放进附件或会后材料。", "Keep each feature's benefit and its evidence; move the detail to a handout."));
            }
        }
    }
}
