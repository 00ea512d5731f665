using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>off-slide: a shape partly or wholly outside the slide, judged on the rectangle it covers as turned (a turned box's corners reach past its frame).</summary>
public sealed class OffSlideRule : Rule
{
    /// <inheritdoc />
    public override string Id => "off-slide";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("超出页面的内容放映时会被裁掉或看不见。", "Content beyond the slide's edge is cut off or invisible in the show.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["tolerance"] = 0.01 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var deck = context.Deck;
        var dx = (long)(deck.Width * Threshold(context, "tolerance"));
        var dy = (long)(deck.Height * Threshold(context, "tolerance"));
        foreach (var slide in deck.Shown)
        {
            foreach (var shape in slide.Shapes)
            {
                if (shape.Extent is not { } b || shape.Kind == ShapeKind.Connector)
                    continue;
                if (b.X < -dx || b.Y < -dy || b.Right > deck.Width + dx || b.Bottom > deck.Height + dy)
                {
                    var outside = b.X >= deck.Width || b.Y >= deck.Height || b.Right <= 0 || b.Bottom <= 0;
                    yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                        outside ? new("该对象完全在页面之外。", "The shape lies entirely outside the slide.") : new("该对象超出了页面边缘。", "The shape extends beyond the slide's edge."),
                        new("把它移回页面内，或删除不用的对象。", "Move it back onto the slide, or delete it if unused."));
                }
            }
        }
    }
}
