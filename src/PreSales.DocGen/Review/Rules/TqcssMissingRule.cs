using System.Text.RegularExpressions;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>tqcss-missing: which of trends, questions, cases, solution, success keys the deck does not cover.</summary>
public sealed class TqcssMissingRule : Rule
{
    /// <inheritdoc />
    public override string Id => "tqcss-missing";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Structure;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("TQCSS：趋势、问题、案例、方案、成功关键，缺一则说服链不完整。", "TQCSS: trends, questions, cases, solution, success keys; each missing part weakens the argument.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minSlides"] = 6 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var shown = context.Deck.Shown.ToList();
        if (shown.Count < Threshold(context, "minSlides"))
            yield break;
        var text = string.Join('\n', shown.Select(s => s.Text + "\n" + s.Section));
        var parts = new (Regex Pattern, string Zh, string En)[]
        {
            (SlideSignals.Trends(), "趋势 T", "trends (T)"),
            (SlideSignals.Questions(), "问题 Q", "questions (Q)"),
            (SlideSignals.Cases(), "案例 C", "cases (C)"),
            (SlideSignals.Solution(), "方案 S", "solution (S)"),
            (SlideSignals.SuccessKeys(), "成功关键 S", "success keys (S)"),
        };
        var missing = parts.Where(p => !p.Pattern.IsMatch(text)).ToList();
        if (missing.Count > 0)
        {
            yield return Found(context, null, null,
                new($"TQCSS 中缺少：{string.Join("、", missing.Select(m => m.Zh))}。", $"TQCSS parts missing: {string.Join(", ", missing.Select(m => m.En))}."),
                new("按 趋势→问题→案例→方案→成功关键 的顺序补齐内容。", "Fill in the order trends → questions → cases → solution → success keys."));
        }
    }
}
