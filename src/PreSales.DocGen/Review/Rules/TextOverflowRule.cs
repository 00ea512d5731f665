using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// text-overflow: the text needs more height than its box has, estimated from the box's width and height, the font
/// size and the text (CJK characters one em wide, other characters about half). Boxes that grow to fit are left
/// alone; a box that shrinks its text (normAutofit) overflows when the text would not fit even shrunk to the
/// readable floor (<c>shrinkFloorPt</c>, the font-too-small rule's 18 pt): a viewer then shrinks it below readable.
/// </summary>
public sealed class TextOverflowRule : Rule
{
    private const double EmuPerPoint = 12700;

    /// <inheritdoc />
    public override string Id => "text-overflow";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("文字溢出文本框，会压到其他内容或超出页面。", "Text overflowing its box runs over other content or off the slide.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["tolerance"] = 1.15,
        ["lineSpacing"] = 1.2,
        ["shrinkFloorPt"] = 18,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var tolerance = Threshold(context, "tolerance");
        var spacing = Threshold(context, "lineSpacing");
        var floor = Threshold(context, "shrinkFloorPt");
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var shape in slide.Shapes)
            {
                if (!shape.HasText || shape.Fit == TextFit.Grow || shape.Bounds is not { } b || shape.Kind is ShapeKind.Table or ShapeKind.Footer)
                    continue;
                var width = (b.Width - shape.Insets.Horizontal) / EmuPerPoint;
                var height = (b.Height - shape.Insets.Vertical) / EmuPerPoint;
                if (width <= 0 || height <= 0)
                    continue;
                var needed = NeededHeight(shape, width, spacing, shape.Fit == TextFit.Shrink ? floor : double.MaxValue);
                if (needed > height * tolerance && needed - height > 12)
                {
                    yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                        new($"文字约需 {needed:0} 磅高，文本框只有 {height:0} 磅，会溢出。", $"The text needs about {needed:0} pt of height; the box has {height:0} pt: it overflows."),
                        new("删减文字、加大文本框，或拆成两页。", "Cut the text, enlarge the box, or split the slide."));
                }
            }
        }
    }

    /// <summary>Estimated height of the text in points when wrapped to a width in points.</summary>
    public static double NeededHeight(ShapeFacts shape, double width, double spacing, double shrinkTo = double.MaxValue)
    {
        double total = 0, lastSize = 18;
        foreach (var paragraph in shape.Paragraphs)
        {
            var size = Math.Min(paragraph.Runs.Where(r => r.SizePt > 0).Select(r => r.SizePt).DefaultIfEmpty(lastSize).Max(), shrinkTo);
            lastSize = size;
            total += Lines(paragraph, size, width) * size * spacing;
        }
        return total;
    }

    /// <summary>The lines a paragraph takes at a size in a width in points, its line breaks kept.</summary>
    internal static int Lines(ParagraphFacts paragraph, double size, double width)
    {
        var lines = 0;
        foreach (var line in string.Concat(paragraph.Runs.Select(r => r.Text)).Split('\n'))
        {
            // Closer to real fonts than the deck fitter's generous measure: a review must not cry overflow where there is none.
            var ems = line.Sum(c => TextMeasure.IsWide(c) ? 1.0 : char.IsLowSurrogate(c) ? 0 : c == ' ' ? 0.28 : char.IsUpper(c) ? 0.65 : 0.52);
            lines += Math.Max(1, (int)Math.Ceiling(ems * size / width));
        }
        return lines;
    }
}
