using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>few-visuals: too small a share of content slides shows a chart, table, picture or diagram.</summary>
public sealed class FewVisualsRule : Rule
{
    /// <inheritdoc />
    public override string Id => "few-visuals";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("图表比文字更容易被记住；全是文字的 PPT 缺乏说服力。", "Charts and pictures are remembered; an all-text deck does not persuade.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["minShare"] = 0.3,
        ["minSlides"] = 4,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var slides = SlideSignals.ContentSlides(context.Deck);
        if (slides.Count < Threshold(context, "minSlides"))
            yield break;
        var withVisual = slides.Count(SlideSignals.HasVisual);
        var share = (double)withVisual / slides.Count;
        var minShare = Threshold(context, "minShare");
        if (share < minShare)
        {
            yield return Found(context, null, null,
                new($"{slides.Count} 页内容页中只有 {withVisual} 页有图表、表格、图片或图示（低于 {minShare * 100:0}%）。", $"Only {withVisual} of {slides.Count} content slides show a chart, table, picture or diagram (under {minShare * 100:0}%)."),
                new("把数据画成图表，把流程和架构画成图示，把对比做成表格。", "Turn figures into charts, processes and architectures into diagrams, comparisons into tables."));
        }
    }
}
