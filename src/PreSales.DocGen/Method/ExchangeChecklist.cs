using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>One preparation step and what is still missing for it.</summary>
/// <param name="Step">The step.</param>
/// <param name="Missing">What is missing, in the deal's language; empty when the step is done.</param>
public sealed record ChecklistStep(PreparationStep Step, IReadOnlyList<string> Missing)
{
    /// <summary>Whether the step is done.</summary>
    public bool Done => Missing.Count == 0;
}

/// <summary>The next exchange's checklist.</summary>
/// <param name="Exchange">The planned exchange, or null when none is planned.</param>
/// <param name="Steps">The six steps in order.</param>
public sealed record NextExchangeChecklist(Exchange? Exchange, IReadOnlyList<ChecklistStep> Steps);

/// <summary>Builds the checklist of the six preparation steps for a deal's next exchange (METHOD §4).</summary>
public static class ExchangeChecklist
{
    /// <summary>The deal's next exchange: the earliest planned one.</summary>
    public static Exchange? NextExchange(Deal deal) =>
        deal.Exchanges.Where(e => e.Status == ExchangeStatus.Planned).OrderBy(e => e.Date).FirstOrDefault();

    /// <summary>The checklist for the deal's next exchange.</summary>
    public static NextExchangeChecklist For(Deal deal) => For(deal, NextExchange(deal));

    /// <summary>The checklist for one exchange of the deal (the presenter's brief may prepare another than the next).</summary>
    public static NextExchangeChecklist For(Deal deal, Exchange? next)
    {
        var v = Vocabulary.For(deal.Language);
        var prep = next?.Preparation ?? new Preparation();
        var steps = new List<ChecklistStep>
        {
            new(PreparationStep.Gather, Gather(deal, next, v)),
            new(PreparationStep.AnalyseAudience, Audience(deal, next, v)),
            new(PreparationStep.ChooseTheme, prep.Theme is { Length: > 0 } || next?.Goal is { Length: > 0 }
                ? [] : [v.Pick("尚未确定本次交流的主题和目标", "no theme or goal chosen for the exchange")]),
            new(PreparationStep.PrepareMaterial, Material(deal, prep, v)),
            new(PreparationStep.Rehearse, prep.Rehearsed ? [] : [v.Pick("尚未演练（重要场合需模拟试讲）", "not rehearsed yet (hold a mock session for important exchanges)")]),
            new(PreparationStep.Finalise, prep.Finalised ? [] : [v.Pick("尚未修改定稿", "not revised and finalised yet")]),
        };
        return new NextExchangeChecklist(next, steps);
    }

    private static List<string> Gather(Deal deal, Exchange? next, Vocabulary v)
    {
        var missing = new List<string>();
        if (next is null)
            missing.Add(v.Pick("没有计划中的交流：请添加一条 status 为 planned 的交流", "no exchange is planned: add one with status \"planned\""));
        else if (string.IsNullOrWhiteSpace(next.Place) || next.DurationMinutes is null)
            missing.Add(v.Pick("交流的地点或时长未定", "the exchange's place or duration is not set"));
        foreach (var gap in KeyFactGaps.Find(deal.KeyFacts).Where(g => g.Blocking))
            missing.Add(v.Pick($"关键信息未知：{v.Label(gap.Fact)}", $"key fact unknown: {v.Label(gap.Fact)}"));
        if (string.IsNullOrWhiteSpace(deal.Customer.Background))
            missing.Add(v.Pick("缺少客户背景（官网、年报）", "no customer background (website, annual report)"));
        if (deal.Customer.Trends.Industry.Count == 0)
            missing.Add(v.Pick("缺少行业趋势", "no industry trends"));
        if (deal.Competitors.Count == 0)
            missing.Add(v.Pick("缺少竞争对手信息", "no competitor information"));
        return missing;
    }

    private static List<string> Audience(Deal deal, Exchange? next, Vocabulary v)
    {
        var missing = new List<string>();
        var audience = AudienceAnalysis.AudienceOf(deal, next);
        if (audience.Count == 0)
            missing.Add(v.Pick("没有干系人信息", "no stakeholders recorded"));
        foreach (var person in audience.Where(p => p.Needs.Count == 0 && p.Concerns.Count == 0))
            missing.Add(v.Pick($"{person.Name}：需求和关注点未记录", $"{person.Name}: needs and concerns not recorded"));
        foreach (var attendee in next?.CustomerAttendees.Where(a => a.StakeholderId is null) ?? [])
            missing.Add(v.Pick($"{attendee.Name}：不在干系人名单中，未做听众分析", $"{attendee.Name}: not in the stakeholder list, not analysed"));
        return missing;
    }

    private static List<string> Material(Deal deal, Preparation prep, Vocabulary v)
    {
        var missing = new List<string>();
        if (deal.Fab.Count == 0)
            missing.Add(v.Pick("没有 FAB（特色-功能-优点-效益）条目", "no FAB (feature-function-advantage-benefit) items"));
        if (!deal.Cases.Any(c => c.Metrics.Count > 0))
            missing.Add(v.Pick("没有带前后对比数据的参考案例", "no reference case with before/after figures"));
        if (!prep.MaterialReady)
            missing.Add(v.Pick("交流材料（PPT、辅助资料）尚未就绪", "the material (deck, handouts) is not ready"));
        return missing;
    }
}
