using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>title-missing: a slide without a title (screen readers and navigation rely on it).</summary>
public sealed class TitleMissingRule : Rule
{
    /// <inheritdoc />
    public override string Id => "title-missing";

    /// <inheritdoc />
    public override Severity Severity => Severity.Error;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Accessibility;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("每页都要有标题：读屏软件和导航靠它，听众也靠它跟上思路。", "Every slide needs a title: screen readers and navigation use it, and so does the audience.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in context.Deck.Shown)
        {
            if (string.IsNullOrWhiteSpace(slide.Title) && slide.Shapes.Any(s => s.HasText || s.Kind is not (Reading.ShapeKind.Footer or Reading.ShapeKind.Connector)))
            {
                yield return Found(context, slide.Number, null,
                    new("本页没有标题。", "The slide has no title."),
                    new("用标题占位符写一句说明本页结论的标题（不想显示时可移出页面）。", "Give it a title in the title placeholder, stating the slide's point (move it off-slide if it must not show)."));
            }
        }
    }
}
