using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>over-time: the estimated speaking time is above the allotted minutes.</summary>
public sealed class OverTimeRule : Rule
{
    /// <inheritdoc />
    public override string Id => "over-time";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Rehearsal;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("超时会挤掉答疑和结束语，而结束语是提出请求的时刻。", "Running over eats the Q&A and the closing, where the ask is made.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["tolerance"] = 0.1 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.AllottedMinutes is not { } allotted)
            yield break;
        var estimate = SpeakingTime.Of(context.Deck);
        if (estimate > allotted * (1 + Threshold(context, "tolerance")))
        {
            yield return Found(context, null, null,
                new($"估计需讲 {estimate:0.#} 分钟，超过给定的 {allotted:0.#} 分钟。", $"Estimated speaking time {estimate:0.#} minutes, over the allotted {allotted:0.#}."),
                new("删减次要页面和讲稿，留出答疑和结束语的时间。", "Cut secondary slides and notes; keep time for questions and the closing."));
        }
    }
}
