using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// decoration-overlap: a decoration crosses a slide's text: a line drawing of the layout or master behind it (an
/// outline-only illustration, such as Yellow Idea's light bulb, whose line stands out from the background: the
/// low-contrast rule does not see it, its inside being empty), or a picture or filled shape of the slide drawn over
/// the middle of its text. A fill of the text's own box, or of a slide shape under it, hides a drawing. A box is judged by the part its text fills (<see cref="OverlapRule.TextArea"/>); tables are left to their cells' fills.
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
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minShare"] = 0.2 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var minShare = Threshold(context, "minShare");
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
                if (!behind && over is null)
                    continue;
                var name = SlideSignals.NameOf(shape);
                yield return Found(context, slide.Number, name,
                    behind
                        ? new($"“{name}”的文字压在模板的线条图案上。", $"The text of \"{name}\" lies over a line drawing of the template.")
                        : new($"“{SlideSignals.NameOf(over!)}”盖住了“{name}”的文字。", $"\"{SlideSignals.NameOf(over!)}\" covers the text of \"{name}\"."),
                    behind
                        ? new("换一个内容区没有图案的版式,或把文字移到图案旁边。", "Use a layout whose content area is clear, or move the text beside the drawing.")
                        : new("移开或缩小它,或把它置于文字下层并确保对比度。", "Move or shrink it, or send it behind the text with enough contrast."));
            }
        }
    }
}
