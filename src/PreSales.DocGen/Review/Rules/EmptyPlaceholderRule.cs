using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>empty-placeholder: a placeholder left empty on a slide (its prompt shows while editing, nothing in the show).</summary>
public sealed class EmptyPlaceholderRule : Rule
{
    /// <inheritdoc />
    public override string Id => "empty-placeholder";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Hygiene;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("空占位符说明页面没做完，也会打乱布局。", "An empty placeholder shows an unfinished slide and upsets the layout.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var shape in slide.Shapes.Where(s => s.PlaceholderType is not null && s.Kind != ShapeKind.Footer && !s.HasText))
            {
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new($"占位符“{SlideSignals.NameOf(shape)}”是空的。", $"The placeholder \"{SlideSignals.NameOf(shape)}\" is empty."),
                    new("填上内容，或删除这个占位符。", "Fill it, or delete the placeholder."));
            }
        }
    }
}
