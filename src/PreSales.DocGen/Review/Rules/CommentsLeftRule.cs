using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>comments-left: review comments still in the file that goes to the customer.</summary>
public sealed class CommentsLeftRule : Rule
{
    /// <inheritdoc />
    public override string Id => "comments-left";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Hygiene;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("内部批注会随文件发给客户，可能泄露内部讨论。", "Internal comments travel with the file and may reveal internal discussion.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in context.Deck.Slides.Where(s => s.Comments.Count > 0))
        {
            yield return Found(context, slide.Number, null,
                new($"本页还有 {slide.Comments.Count} 条批注。", $"The slide still has {slide.Comments.Count} comment(s)."),
                new("处理完批注后删除（审阅 → 删除 → 删除文稿中的所有批注）。", "Resolve and delete them (Review → Delete → Delete All Comments in This Presentation)."));
        }
    }
}
