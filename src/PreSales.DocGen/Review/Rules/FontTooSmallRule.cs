using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>font-too-small: body text below 18 pt (tables, footers and charts excluded).</summary>
public sealed class FontTooSmallRule : Rule
{
    /// <inheritdoc />
    public override string Id => "font-too-small";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("正文小于 18 磅,会议室后排看不清。", "Body text under 18 pt cannot be read from the back of the room.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minBodyPt"] = 18 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var min = Threshold(context, "minBodyPt");
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var shape in slide.Shapes.Where(s => s.Kind is ShapeKind.Body or ShapeKind.TextBox or ShapeKind.OtherPlaceholder && s.Id != slide.TitleShapeId))
            {
                var smallest = shape.Paragraphs.SelectMany(p => p.Runs).Where(r => r.Text.Trim().Length > 0).Select(r => r.SizePt).DefaultIfEmpty(double.MaxValue).Min();
                if (smallest < min)
                {
                    yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                        new($"正文字号 {smallest:0.#} 磅,小于 {min:0.#} 磅。", $"Body text at {smallest:0.#} pt, under {min:0.#} pt."),
                        new("放大字号;放不下就删减文字或拆页。", "Enlarge the text; if it no longer fits, cut words or split the slide."));
                }
            }
        }
    }
}
