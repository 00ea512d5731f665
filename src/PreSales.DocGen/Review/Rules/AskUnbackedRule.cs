using PreSales.DocGen.Language;
using PreSales.DocGen.Method;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// ask-unbacked (with a deal): the closing asks for what the exchange's goal asks, but the slides before it do not
/// speak of it — the ask has nothing behind it (METHOD §5: claim, evidence, then the ask).
/// </summary>
public sealed class AskUnbackedRule : Rule
{
    /// <inheritdoc />
    public override string Id => "ask-unbacked";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override bool NeedsDeal => true;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("请求要有前面页面的论据支撑，否则客户无从认可。", "An ask needs slides behind it; otherwise the customer has nothing to endorse.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["backed"] = 0.5 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Deal is not { } deal || ExchangeChecklist.NextExchange(deal)?.Goal is not { Length: > 0 } goal)
            yield break;
        var shown = context.Deck.Shown.ToList();
        var last = shown.FindLastIndex(s => !SlideSignals.IsThanksOnly(s));
        if (last < 1)
            yield break;
        // The ask is the closing's line that shares most with the goal.
        var ask = shown.Skip(last).SelectMany(s => s.Text.Split('\n'))
            .Select(l => (line: l, score: TextTerms.Overlap(l, goal))).OrderByDescending(x => x.score).FirstOrDefault();
        if (ask.line is null || ask.score < 2)
            yield break;
        var before = string.Join("\n", shown.Take(last).Where(s => !SlideSignals.Agenda().IsMatch(s.Title ?? "")).Select(s => s.Text));
        var terms = TextTerms.Of(ask.line).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var covered = terms.Count == 0 ? 1 : (double)terms.Count(t => before.Contains(t, StringComparison.OrdinalIgnoreCase)) / terms.Count;
        if (covered < Threshold(context, "backed"))
        {
            yield return Found(context, shown[last].Number, null,
                new($"请求“{ask.line.Trim()}”在前面的页面里没有依据。", $"The ask \"{ask.line.Trim()}\" has nothing behind it in the slides before."),
                new("在结束页之前安排一页讲清所请求的内容（计划、保障、证据）。", "Give what you ask for its own slide before the close: the plan, the assurance, the evidence."));
        }
    }
}
