using System.Globalization;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Decks;

/// <summary>The slides after the solution: our strengths (a chart), the plan of stages (a timeline), and the close.</summary>
internal static class StrengthSlides
{
    /// <summary>
    /// Our strengths on the six elements, never naming a competitor: the chart shows us beside the average of the
    /// rated alternatives ("行业平均"), only on the elements where we are at least as good; without ratings of
    /// others, our own scores alone.
    /// </summary>
    public static IEnumerable<PlannedSlide> Strengths(DeckContext c)
    {
        var v = c.V;
        if (c.Deal.OurRating is not { } us)
        {
            c.Gather("优势页已省略:请为我方在竞争六要素上打分(ourRating)",
                "strengths slide left out: rate us on the six competitive elements (ourRating)");
            yield break;
        }
        var rated = c.Deal.Competitors.Where(x => x.Rating is not null).Select(x => x.Rating!).ToList();
        var summary = CompetitiveThinking.Summarize(c.Deal);
        var lead = c.Deal.Strategy?.LeadElements ?? [];
        double Average(CompetitiveElement e) => rated.Count == 0 ? 0 : Math.Round(rated.Average(r => r[e]), 1);
        var elements = summary.Stress.Concat(lead).Concat(Enum.GetValues<CompetitiveElement>())
            .Distinct()
            .Where(e => rated.Count == 0 ? us[e] >= 3 : us[e] >= Average(e))
            .Take(6).ToList();
        if (elements.Count < 2)
        {
            c.Gather("优势页已省略:我方在竞争六要素上没有明显优势,请复核评分或调整策略",
                "strengths slide left out: we lead on no competitive element; review the ratings or the strategy");
            yield break;
        }
        var categories = elements.Select(e => v.Label(e)).ToList();
        var series = new List<ChartSeries> { new(c.Screen.Apply(c.Deal.OurCompany), elements.Select(e => (double)us[e]).ToList()) };
        if (rated.Count > 0)
            series.Add(new(v.Pick("行业平均", "Market average"), elements.Select(Average).ToList()));
        var alt = v.Pick(
            $"柱状图:{series[0].Name}在{v.List(categories)}上的评分(1–5){(rated.Count > 0 ? ",与行业平均对比" : "")}",
            $"Bar chart: {series[0].Name}'s scores (1–5) on {v.List(categories)}{(rated.Count > 0 ? ", beside the market average" : "")}");
        var strengths = ShownStrengths(c).Select(s => c.Screen.Apply(DeckText.Plain(s))).Where(s => s.Length > 0).Distinct().Take(4)
            .Select(s => new BodyItem(s)).ToList();
        yield return new PlannedSlide
        {
            Kind = strengths.Count > 0 ? SlideKind.TwoColumns : SlideKind.Content,
            Section = v.Pick("我方优势", "Our strengths"),
            Title = v.Pick($"为什么选择{series[0].Name}", $"Why {series[0].Name}"),
            Body = strengths,
            Chart = new SlideChart(categories, series, alt),
        };
    }

    /// <summary>
    /// The strengths to put in front of the customer: the strategy's order of showing strengths (优势展示步骤), else the
    /// current stage's strengths to highlight; the SWOT's own wording is internal (it speaks of relationships) and is
    /// used only when neither exists.
    /// </summary>
    private static IReadOnlyList<string> ShownStrengths(DeckContext c)
    {
        if (c.Deal.Strategy?.StrengthOrder is { Count: > 0 } order)
            return order;
        var date = c.Exchange?.Date;
        var stage = c.Deal.Stages.FirstOrDefault(s => date is { } d && s.Start <= d && (s.End is null || s.End >= d));
        if (stage?.StrengthsToHighlight is { Count: > 0 } highlight)
            return highlight;
        return c.Deal.Swot.Strengths;
    }

    /// <summary>The plan of stages as a timeline, while the deal is still being shaped.</summary>
    public static IEnumerable<PlannedSlide> Stages(DeckContext c)
    {
        var v = c.V;
        if (c.Stage is DealStage.Negotiation or DealStage.Contract)
            yield break;
        if (c.Deal.Stages.Count < 2)
        {
            c.Gather("阶段计划页已省略:请补充至少两个阶段的阶段表(stages)", "stage-plan slide left out: add a stage table of at least two stages (stages)");
            yield break;
        }
        var steps = c.Deal.Stages.OrderBy(s => s.Number).Take(6)
            .Select(s => new TimelineStep(c.Screen.Apply(s.Name ?? s.Purpose ?? s.Focus), Period(s.Start, s.End))).ToList();
        yield return new PlannedSlide
        {
            Section = v.Pick("推进计划", "The way forward"),
            Title = v.Pick("推进计划:分阶段达成目标", "The plan: reaching the goal stage by stage"),
            Timeline = new SlideTimeline(steps, v.Pick(
                $"时间线:{v.List(steps.Select(s => s.Label))}", $"Timeline: {v.List(steps.Select(s => s.Label))}")),
        };
    }

    private static string? Period(DateOnly? start, DateOnly? end)
    {
        static string D(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (start is null && end is null)
            return null;
        if (start is null)
            return "→ " + D(end!.Value);
        return end is null || D(start.Value) == D(end.Value) ? D(start.Value) : D(start.Value) + " – " + D(end.Value);
    }

    /// <summary>Recap, the ask (action, support or commitment), next steps with dates (METHOD §5 结束语).</summary>
    public static PlannedSlide Closing(DeckContext c)
    {
        var v = c.V;
        var items = new List<BodyItem>();
        var ask = Ask(c.Exchange?.Goal);
        if (string.IsNullOrWhiteSpace(ask))
        {
            c.Gather("结束页缺少请求:请写明本次交流的目标(exchanges[].goal),即希望客户采取的行动、支持或承诺",
                "the closing slide has no ask: state the exchange's goal (exchanges[].goal), the action, support or commitment we ask for");
            ask = v.Pick("请确认下一步的共同工作安排", "Agree on the next steps together");
        }
        var recap = c.Deal.Fab.Take(3).Select(f => c.Screen.Apply(f.Feature)).Where(f => f.Length > 0).ToList();
        if (recap.Count > 0)
            items.Add(new BodyItem(v.Pick("回顾:", "Recap: ") + v.List(recap)));
        items.Add(new BodyItem(v.Pick("我们的请求", "Our ask")));
        items.Add(new BodyItem(c.Screen.Apply(DeckText.Plain(ask)), 1));
        var steps = NextSteps(c);
        if (steps.Count == 0)
            c.Gather("结束页缺少带日期的下一步:请添加计划中的后续交流或带截止日期的行动项",
                "the closing slide has no dated next steps: add a later planned exchange or action items with due dates");
        else
        {
            items.Add(new BodyItem(v.Pick("下一步", "Next steps")));
            items.AddRange(steps.Take(recap.Count > 0 ? 2 : 3).Select(s => new BodyItem(s, 1)));
        }
        return new PlannedSlide
        {
            Kind = SlideKind.Closing,
            Section = v.Pick("总结与下一步", "Summary and next steps"),
            Title = v.Pick("总结与下一步", "Summary and next steps"),
            Body = items,
        };
    }

    private static readonly string[] RequestWords =
        ["请", "确认", "认可", "同意", "安排", "支持", "承诺", "ask", "agree", "approve", "confirm", "endorse", "schedule", "commit", "support"];

    /// <summary>
    /// The ask in an exchange's goal: a goal often mixes our internal aim ("convince X that…") with what we ask of the
    /// customer; the slide shows the clause that asks (请/确认/认可…, ask/agree/approve…), or the whole goal.
    /// </summary>
    internal static string? Ask(string? goal)
    {
        if (string.IsNullOrWhiteSpace(goal))
            return null;
        var clauses = DeckText.Plain(goal).Split([';', ';', '。'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ask = clauses.FirstOrDefault(c => RequestWords.Any(w => c.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
            ?? clauses.FirstOrDefault(c => RequestWords.Take(7).Any(w => c.Contains(w, StringComparison.Ordinal)));
        if (ask is null)
            return DeckText.Plain(goal);
        return char.ToUpperInvariant(ask[0]) + ask[1..];
    }

    private static List<string> NextSteps(DeckContext c)
    {
        var after = c.Exchange?.Date ?? DateOnly.MinValue;
        var steps = new List<(DateOnly Date, string Text)>();
        foreach (var item in c.Exchange?.ActionItems ?? [])
            if (item.Due is { } due && item.Status is ActionStatus.Open or ActionStatus.InProgress)
                steps.Add((due, c.Screen.Apply(item.Item)));
        foreach (var e in c.Deal.Exchanges.Where(e => e.Status == ExchangeStatus.Planned && e.Date > after))
            steps.Add((e.Date, c.Screen.Apply(e.Title)));
        foreach (var s in c.Deal.Stages)
        {
            if (s.Start is { } start && start > after)
                steps.Add((start, c.Screen.Apply(s.Name ?? s.Focus)));
            else if (s.End is { } end && end > after)
                steps.Add((end, c.V.Pick($"完成:{c.Screen.Apply(s.Name ?? s.Focus)}", $"Complete: {c.Screen.Apply(s.Name ?? s.Focus)}")));
        }
        return steps.OrderBy(s => s.Date)
            .Select(s => s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + s.Text)
            .Distinct().ToList();
    }
}
