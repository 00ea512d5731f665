using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// title-shrunk: a title too long for its box at its size, in a box that shrinks its text on overflow (normAutofit,
/// also when inherited), so that a viewer sets it much smaller than the template means (below <c>minShare</c> of its
/// size) or no larger than the body (<c>minRatio</c>): LibreOffice set such titles at 13–16 pt under 32 pt bullets.
/// The shrunk size is estimated with text-overflow's measure (<see cref="TextOverflowRule.NeededHeight"/>).
/// </summary>
public sealed class TitleShrunkRule : Rule
{
    private const double EmuPerPoint = 12700;

    /// <inheritdoc />
    public override string Id => "title-shrunk";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("标题框放不下的标题会被自动缩小，可能比正文还小，整页失去层次。", "A title too long for its box is shrunk to fit, maybe below the body text: the slide loses its hierarchy.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["minShare"] = 0.75,
        ["minRatio"] = 1.05,
        ["lineSpacing"] = 1.2,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var share = Threshold(context, "minShare");
        var ratio = Threshold(context, "minRatio");
        var spacing = Threshold(context, "lineSpacing");
        foreach (var slide in context.Deck.Shown)
        {
            if (slide.Shapes.FirstOrDefault(s => s.Id == slide.TitleShapeId && s.Kind == ShapeKind.Title) is not { } title
                || title.Fit != TextFit.Shrink || title.Bounds is not { } b || !title.HasText)
                continue;
            var width = (b.Width - title.Insets.Horizontal) / EmuPerPoint;
            var height = (b.Height - title.Insets.Vertical) / EmuPerPoint;
            var size = title.Paragraphs.SelectMany(p => p.ShownSizes).DefaultIfEmpty(0).Max();
            if (width <= 0 || height <= 0 || size <= 0 || TextOverflowRule.NeededHeight(title, width, spacing) <= height)
                continue;
            // The largest size, in half points, at which it fits: what a viewer shrinks it to.
            var shrunk = size;
            while (shrunk > 1 && TextOverflowRule.NeededHeight(title, width, spacing, shrunk) > height)
                shrunk -= 0.5;
            var body = slide.Shapes.Where(s => s.Kind == ShapeKind.Body && s.PlaceholderType != "subTitle" && s.Id != title.Id)
                .SelectMany(s => s.Paragraphs).SelectMany(p => p.ShownSizes).DefaultIfEmpty(0).Max();
            var belowBody = body > 0 && shrunk < body * ratio;
            if (shrunk >= size * share && !belowBody)
                continue;
            yield return Found(context, slide.Number, SlideSignals.NameOf(title),
                belowBody
                    ? new($"标题 {size:0.#} 磅放不下标题框，会被缩小到约 {shrunk:0.#} 磅，不大于正文 {body:0.#} 磅。", $"The title does not fit its box at {size:0.#} pt: it is shrunk to about {shrunk:0.#} pt, no larger than the body's {body:0.#} pt.")
                    : new($"标题 {size:0.#} 磅放不下标题框，会被缩小到约 {shrunk:0.#} 磅。", $"The title does not fit its box at {size:0.#} pt: it is shrunk to about {shrunk:0.#} pt."),
                new("缩短标题、加高标题框，或把标题字号设为放得下的大小（仍大于正文）。", "Shorten the title, make its box taller, or set it at a size that fits (still larger than the body)."));
        }
    }
}
