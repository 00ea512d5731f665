using System.Text;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.Cli.Check;

/// <summary>The analysis as text for a terminal, in the deal's language.</summary>
internal static class AnalysisText
{
    public static string Write(DealAnalysis a)
    {
        var v = Vocabulary.For(a.Deal.Language);
        var o = new StringBuilder();
        o.AppendLine($"{a.Deal.Name} — {a.Deal.Customer.Name}")
         .AppendLine($"{v.Pick("当前阶段", "Stage")}{v.Colon}{v.Label(a.Deal.Stage)}")
         .AppendLine();
        Positioning(o, a, v);
        Gaps(o, a, v);
        Competition(o, a, v);
        Audience(o, a, v);
        Checklist(o, a, v);
        Adjustments(o, a, v);
        Heading(o, v.Pick("结论", "Verdict"));
        if (a.HasBlockingGaps)
        {
            o.AppendLine(v.Pick("  有阻断性缺口，请先补齐：", "  Blocking gaps to close first:"));
            foreach (var b in a.Blocking)
                o.AppendLine($"  ✗ {b}");
        }
        else
        {
            o.AppendLine(v.Pick("  没有阻断性缺口。", "  No blocking gaps."));
        }
        return o.ToString();
    }

    private static void Heading(StringBuilder o, string title) => o.AppendLine($"■ {title}");

    private static void Positioning(StringBuilder o, DealAnalysis a, Vocabulary v)
    {
        Heading(o, v.Pick("商机定位", "Opportunity positioning"));
        if (a.Position is not { } p)
        {
            o.AppendLine(v.Pick("  尚未定位：请填写 positioning 的重要程度和成功可能性。", "  Not positioned: fill in positioning.importance and likelihood.")).AppendLine();
            return;
        }
        o.AppendLine($"  {v.Pick("重要程度", "Importance")} {v.Label(p.Importance)} × {v.Pick("成功可能性", "likelihood")} {v.Label(p.Likelihood)} → {v.Label(p.Recommended)}");
        if (!p.AgreesWithMethod)
            o.AppendLine($"  {v.Pick("团队选择", "The team chose")}{v.Colon}{v.Label(p.Chosen)}{(p.Reason is { } r ? Paren(v, r) : "")}");
        if (p.Repositionings > 0)
            o.AppendLine($"  {v.Pick($"已调整定位 {p.Repositionings} 次", $"re-positioned {p.Repositionings} time(s)")}");
        o.AppendLine();
    }

    private static void Gaps(StringBuilder o, DealAnalysis a, Vocabulary v)
    {
        Heading(o, v.Pick("六大关键信息：待收集", "Six key facts: still to gather"));
        if (a.Gaps.Count == 0)
            o.AppendLine(v.Pick("  六项均已确认。", "  All six are confirmed."));
        foreach (var g in a.Gaps)
            o.AppendLine($"  {(g.Blocking ? "✗" : "?")} {v.Label(g.Fact)}{v.Colon}{v.Label(g.Status)}");
        o.AppendLine();
    }

    private static void Competition(StringBuilder o, DealAnalysis a, Vocabulary v)
    {
        var c = a.Competition;
        Heading(o, v.Pick("竞争思维", "Competitive thinking"));
        if (c.Main is { } main)
            o.AppendLine($"  {v.Pick("主要对手", "Main competitor")}{v.Colon}{main.Name}{Paren(v, v.Label(main.StrengthClass))}");
        if (!c.HasRatings)
            o.AppendLine(v.Pick("  缺少竞争六要素评分（ourRating 与各对手的 rating）。", "  No six-element ratings (ourRating and each competitor's rating)."));
        o.AppendLine($"  {v.Pick("强化我方优势", "Stress our strengths")}{v.Colon}{v.List(c.Stress.Select(e => v.Label(e)))}");
        o.AppendLine($"  {v.Pick("淡化/转化我方劣势", "Reframe our weaknesses")}{v.Colon}{v.List(c.Reframe.Select(e => v.Label(e)))}");
        foreach (var play in c.Competitors)
        {
            o.AppendLine($"  · {play.Competitor.Name}{v.Colon}"
                + $"{v.Pick("淡化其优势", "play down")} {Or(v, play.PlayDown.Select(e => v.Label(e)))}{v.Pick("；", "; ")}"
                + $"{v.Pick("暴露其劣势", "expose")} {Or(v, play.Expose.Select(e => v.Label(e)))}");
            foreach (var weakness in play.Competitor.Weaknesses)
                o.AppendLine($"      - {weakness}");
        }
        o.AppendLine();
    }

    private static void Audience(StringBuilder o, DealAnalysis a, Vocabulary v)
    {
        var s = a.Audience;
        Heading(o, v.Pick("听众分析", "Audience"));
        o.AppendLine($"  {v.Pick("关键人物", "Key persons")}{v.Colon}{Or(v, s.KeyPersons.Select(p => Person(p, v)))}");
        o.AppendLine($"  {v.Label(Stance.Supporter)}{v.Colon}{Or(v, s.Supporters.Select(p => p.Name))}");
        o.AppendLine($"  {v.Label(Stance.Neutral)}{v.Colon}{Or(v, s.Neutrals.Select(p => p.Name))}");
        o.AppendLine($"  {v.Label(Stance.Opponent)}{v.Colon}{Or(v, s.Opponents.Select(p => p.Name))}");
        o.AppendLine($"  {v.Pick("需回应的关注点", "Concerns to answer")}{v.Colon}");
        foreach (var c in s.Concerns.Take(8))
            o.AppendLine($"    - {c.Text}{Paren(v, v.List(c.Holders.Select(h => h.Name)))}");
        o.AppendLine();
    }

    private static void Checklist(StringBuilder o, DealAnalysis a, Vocabulary v)
    {
        var next = a.Checklist.Exchange;
        Heading(o, next is null
            ? v.Pick("下次交流准备清单", "Next exchange checklist")
            : v.Pick($"下次交流准备清单：{next.Title}（{next.Date:yyyy-MM-dd}）", $"Next exchange checklist: {next.Title} ({next.Date:yyyy-MM-dd})"));
        var n = 1;
        foreach (var step in a.Checklist.Steps)
        {
            o.AppendLine($"  {(step.Done ? "✓" : "□")} {n++}. {v.Label(step.Step)}");
            foreach (var m in step.Missing)
                o.AppendLine($"      - {m}");
        }
        o.AppendLine();
    }

    // Only once an exchange is held: what its new information changes (METHOD §2.5).
    private static void Adjustments(StringBuilder o, DealAnalysis a, Vocabulary v)
    {
        if (!a.Deal.Exchanges.Any(e => e.Status == ExchangeStatus.Held))
            return;
        Heading(o, v.Pick("动态调整：已举行交流带来的变化", "Dynamic adjustment: what the held exchanges change"));
        if (a.Adjustments.Count == 0)
            o.AppendLine(v.Pick("  新信息没有改变定位、策略或阶段安排。", "  The new information changes neither the position, the strategy nor the stages."));
        foreach (var x in a.Adjustments)
            o.AppendLine($"  ▲ {x.Text}");
        o.AppendLine();
    }

    private static string Person(Stakeholder p, Vocabulary v) =>
        p.Name + Paren(v, v.List(new[] { p.Title, v.Label(p.Role), v.Label(p.Stance) }.OfType<string>()));

    private static string Paren(Vocabulary v, string text) => v.Pick($"（{text}）", $" ({text})");

    private static string Or(Vocabulary v, IEnumerable<string> items)
    {
        var text = v.List(items);
        return text.Length == 0 ? v.Pick("无", "none") : text;
    }
}
