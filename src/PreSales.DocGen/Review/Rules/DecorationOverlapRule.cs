using PreSales.DocGen.Decks;
using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// decoration-overlap: a decoration crosses a slide's text: a line drawing of the layout or master behind it (an
/// outline-only illustration, such as Yellow Idea's light bulb, whose line stands out from the background: the
/// low-contrast rule does not see it, its inside being empty), or a picture or filled shape of the slide drawn over
/// the middle of its text, or a part of a picture behind the text's letters that stands out from the ground they
/// mostly lie on (a pencil drawn into Blueprint's background over a title's end, the photo around Metropolis' ribbon
/// under a title that runs past it): seen cell by cell of the picture
/// (<see cref="PictureGround"/>), not by its average. A fill of the text's own box, or of a slide shape under it, hides a drawing. A box is judged by the part its text fills (<see cref="OverlapRule.TextArea"/>); tables are left to their cells' fills.
/// </summary>
public sealed class DecorationOverlapRule : Rule
{
    /// <inheritdoc />
    public override string Id => "decoration-overlap";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("压在文字上或衬在文字下的图案会让文字难以辨认。", "A drawing behind text or a picture over it makes the text hard to read.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minShare"] = 0.2, ["minPictureShare"] = 0.02 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var minShare = Threshold(context, "minShare");
        var minPicture = Threshold(context, "minPictureShare");
        foreach (var slide in context.Deck.Shown)
        {
            var drawings = slide.Scene?.VisibleDrawings().Select(d => new Bounds(d.X, d.Y, d.Width, d.Height)).ToList() ?? [];
            for (var i = 0; i < slide.Shapes.Count; i++)
            {
                var shape = slide.Shapes[i];
                if (!shape.HasText || shape.Bounds is null || shape.Kind is ShapeKind.Table or ShapeKind.Footer)
                    continue;
                var text = OverlapRule.TextArea(shape);
                bool Crosses(Bounds d) => Math.Min(text.Area, d.Area) is var smaller and > 0 && text.Overlap(d) / smaller >= minShare;
                // An own fill, or a filled shape of the slide under the text, hides what the template draws behind it.
                var (cx, cy) = (text.X + text.Width / 2, text.Y + text.Height / 2);
                var hidden = shape.Fill is not null || shape.PictureFill is not null || shape.UnknownFill
                    || slide.Shapes.Take(i).Any(u => u.Bounds is { } ub && ub.Contains(cx, cy) && (u.Fill is not null || u.PictureFill is not null || u.UnknownFill));
                var behind = !hidden && drawings.Any(Crosses);
                // Over it: a picture or filled shape across the middle of its text (a picture beside short points
                // in a wide box lies over the box, not over the text).
                var over = slide.Shapes.Skip(i + 1).FirstOrDefault(o => !o.HasText && o.Bounds is { } ob
                    && (o.Kind == ShapeKind.Picture || o.Kind == ShapeKind.TextBox && o.Fill is not null) && ob.Contains(cx, cy) && Crosses(ob));
                var name = SlideSignals.NameOf(shape);
                if (!behind && over is null && !hidden && slide.Scene is { } scene && Letters(shape, text) is var letters && PictureGround.Of(scene, letters) is { } picture)
                {
                    // A busy photo with no ground under the letters is not judged yet (Candy's bowl under its subtitle).
                    var share = picture.Ground(letters) is { } ground ? picture.Off(letters, ground) : 0;
                    if (share >= minPicture)
                    {
                        yield return Found(context, slide.Number, name,
                            new($"“{name}”的文字有 {share:0%} 压在模板图片里与底色不同的部分上（图案、色带边缘）。", $"{share:0%} of the text of \"{name}\" lies over a part of the template's picture that differs from its ground (a drawing, a band's edge)."),
                            new("把文字缩到图片留给它的底色区域内（缩窄文本框、换行或减小字号），或换一个版式。", "Fit the text inside the plain ground the picture leaves for it (narrow the box, wrap or shrink it), or use another layout."));
                        continue;
                    }
                }
                if (!behind && over is null)
                    continue;
                yield return Found(context, slide.Number, name,
                    behind
                        ? new($"“{name}”的文字压在模板的线条图案上。", $"The text of \"{name}\" lies over a line drawing of the template.")
                        : new($"“{SlideSignals.NameOf(over!)}”盖住了“{name}”的文字。", $"\"{SlideSignals.NameOf(over!)}\" covers the text of \"{name}\"."),
                    behind
                        ? new("换一个内容区没有图案的版式，或把文字移到图案旁边。", "Use a layout whose content area is clear, or move the text beside the drawing.")
                        : new("移开或缩小它，或把它置于文字下层并确保对比度。", "Move or shrink it, or send it behind the text with enough contrast."));
            }
        }
    }

    /// <summary>
    /// Where a text's letters lie: the part its text fills (<see cref="OverlapRule.TextArea"/>) inside its insets,
    /// across its widest line's measured width placed by its alignment (<see cref="PictureGround.Across"/>).
    /// </summary>
    internal static (long X, long Y, long Width, long Height) Letters(ShapeFacts shape, Bounds text)
    {
        var inner = (X: text.X + shape.Insets.Horizontal / 2, Y: text.Y + shape.Insets.Vertical / 2, Width: Math.Max(1, text.Width - shape.Insets.Horizontal), Height: Math.Max(1, text.Height - shape.Insets.Vertical));
        var widthPt = inner.Width / 12700.0;
        var paragraphs = shape.Paragraphs.Where(p => p.Text.Length > 0).ToList();
        var wraps = paragraphs.Any(p => DeckText.WrappedLines(p.Text, widthPt, p.ShownSizes.DefaultIfEmpty(18).Max()) > 1);
        var widest = paragraphs.Select(p => DeckText.Ems(p.Text) * p.ShownSizes.DefaultIfEmpty(18).Max()).DefaultIfEmpty(0).Max();
        var alignment = paragraphs.Select(p => p.Alignment).Distinct().Count() == 1 ? paragraphs[0].Alignment : "just";
        var (x, width) = PictureGround.Across(inner.X, inner.Width, wraps ? inner.Width : widest * 12700, alignment);
        return (x, inner.Y, width, inner.Height);
    }
}
