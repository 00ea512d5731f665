using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>empty-slide: a slide with nothing on it (no text, no picture, no chart).</summary>
public sealed class EmptySlideRule : Rule
{
    /// <inheritdoc />
    public override string Id => "empty-slide";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Hygiene;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("空白页在放映中让人以为出了故障。", "A blank slide in the show looks like a failure.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in context.Deck.Shown)
        {
            if (!slide.Shapes.Any(s => s.HasText || s.Kind is ShapeKind.Picture or ShapeKind.Chart or ShapeKind.Table or ShapeKind.SmartArt or ShapeKind.Media or ShapeKind.Other)
                && !slide.Shapes.Any(s => s.Kind == ShapeKind.TextBox && s.Fill is not null))
            {
                yield return Found(context, slide.Number, null,
                    new("本页是空白页。", "The slide is empty."),
                    new("删除它，或补上内容。", "Delete it, or give it content."));
            }
        }
    }
}
