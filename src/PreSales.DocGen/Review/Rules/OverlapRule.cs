using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// overlap: two text-bearing shapes whose texts collide. A box is judged by the part its text fills (estimated from
/// the font size and the wrapping, at the box's anchor), so a footnote over the empty bottom of a tall body
/// placeholder is not an overlap.
/// </summary>
public sealed class OverlapRule : Rule
{
    /// <inheritdoc />
    public override string Id => "overlap";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("文本框互相重叠，文字会叠在一起看不清。", "Overlapping text boxes make their texts collide.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minShare"] = 0.2 };

    /// <summary>The part of a shape its text fills: the box's width, the estimated text height at the box's anchor.</summary>
    public static Bounds TextArea(ShapeFacts shape)
    {
        var box = shape.Bounds!.Value;
        var width = (box.Width - shape.Insets.Horizontal) / 12700.0;
        if (width <= 0 || shape.Fit == TextFit.Grow)
            return box;
        var needed = (long)(TextOverflowRule.NeededHeight(shape, width, 1.2) * 12700) + shape.Insets.Vertical;
        if (needed >= box.Height)
            return box;
        var top = shape.Anchor switch
        {
            "b" => box.Bottom - needed,
            "ctr" => box.Y + (box.Height - needed) / 2,
            _ => box.Y,
        };
        return box with { Y = top, Height = needed };
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var minShare = Threshold(context, "minShare");
        foreach (var slide in context.Deck.Shown)
        {
            var texts = slide.Shapes.Where(s => s.HasText && s.Bounds is not null && s.Kind is not (ShapeKind.Table or ShapeKind.Footer)).ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                for (var j = i + 1; j < texts.Count; j++)
                {
                    var (a, b) = (TextArea(texts[i]), TextArea(texts[j]));
                    var smaller = Math.Min(a.Area, b.Area);
                    if (smaller <= 0 || a.Overlap(b) / smaller < minShare || texts[i].Fill is not null)
                        continue;
                    yield return Found(context, slide.Number, SlideSignals.NameOf(texts[j]),
                        new($"“{SlideSignals.NameOf(texts[j])}”与“{SlideSignals.NameOf(texts[i])}”重叠。", $"\"{SlideSignals.NameOf(texts[j])}\" overlaps \"{SlideSignals.NameOf(texts[i])}\"."),
                        new("调整位置或大小，让文字互不遮挡（用对齐工具）。", "Move or resize them so their texts do not collide (use the align tools)."));
                }
            }
        }
    }
}
