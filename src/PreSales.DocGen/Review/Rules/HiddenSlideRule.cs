using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>hidden-slide: hidden slides travel with the file and the customer can see them.</summary>
public sealed class HiddenSlideRule : Rule
{
    /// <inheritdoc />
    public override string Id => "hidden-slide";

    /// <inheritdoc />
    public override Severity Severity => Severity.Tip;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Hygiene;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("隐藏页放映时不显示，但文件发给客户后仍可看到。", "Hidden slides do not show, but anyone who gets the file can see them.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in context.Deck.Slides.Where(s => s.Hidden))
        {
            yield return Found(context, slide.Number, null,
                new("这是隐藏页。", "This slide is hidden."),
                new("发给客户前确认是否可以让对方看到；不可以就删除。", "Before sending the file, make sure the customer may see it; otherwise delete it."));
        }
    }
}
