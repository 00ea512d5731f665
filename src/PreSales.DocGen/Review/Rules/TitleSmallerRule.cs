using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// title-smaller: a slide's title set no larger than its body text (the title's largest run against the body
/// placeholders' largest), as when a template's title style is lost or shrunk to fit: the hierarchy of the slide is gone.
/// </summary>
public sealed class TitleSmallerRule : Rule
{
    /// <inheritdoc />
    public override string Id => "title-smaller";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("标题应比正文大，听众才能一眼看出每页讲什么。", "A title larger than the body shows at a glance what the slide is about.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minRatio"] = 1.05 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var ratio = Threshold(context, "minRatio");
        foreach (var slide in context.Deck.Shown)
        {
            if (slide.Shapes.FirstOrDefault(s => s.Id == slide.TitleShapeId && s.Kind == ShapeKind.Title) is not { } title)
                continue;
            var titleSize = Largest(title);
            var body = slide.Shapes.Where(s => s.Kind == ShapeKind.Body && s.PlaceholderType != "subTitle" && s.Id != title.Id).Select(Largest).DefaultIfEmpty(0).Max();
            if (titleSize <= 0 || body <= 0 || titleSize >= body * ratio)
                continue;
            yield return Found(context, slide.Number, SlideSignals.NameOf(title),
                new($"标题 {titleSize:0.#} 磅，不大于正文 {body:0.#} 磅。", $"The title is {titleSize:0.#} pt, no larger than the body's {body:0.#} pt."),
                new("用模板的标题样式（更大的字号），或缩短标题而不是缩小它。", "Use the template's title style (a larger size), or shorten the title instead of shrinking it."));
        }
    }

    private static double Largest(ShapeFacts shape) =>
        shape.Paragraphs.SelectMany(p => p.ShownSizes).DefaultIfEmpty(0).Max();
}
