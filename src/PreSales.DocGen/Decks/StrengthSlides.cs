using System.Globalization;
using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Decks;

/// <summary>
/// The slides after the solution: why us (our strengths, each with its evidence), the customer's timetable, and the
/// close. Nothing of our own analysis shows: no ratings, no campaign stages, no weak element claimed as a strength.
/// </summary>
internal static partial class StrengthSlides
{
    /// <summary>
    /// Our strengths in the strategy's order of showing them (优势展示步骤), each backed by evidence the customer can check:
    /// a case's figure, a commitment, a FAB row. A strength that claims one of our weak elements is left to the words of
    /// the talk track (reframed), and so is one with nothing to show for it.
    /// </summary>
    public static IEnumerable<PlannedSlide> Strengths(DeckContext c)
    {
        var v = c.V;
        // Each strength gets its own evidence: the best pairs are matched first, so a strong match is not taken early by a weak one.
        var strengths = ShownStrengths(c).Select(s => c.Screen.Apply(DeckText.Plain(s))).Where(s => s.Length > 0).Distinct()
            .Where(s => !c.Strategy.ClaimsWeakness(s, v) && !c.IsInternal(s)).ToList();
        var candidates = Candidates(c);
        var pairs = strengths.SelectMany((s, i) => candidates.Select((e, j) => (i, j, score: TextTerms.Overlap(s, e.About))))
            .Where(x => x.score > 0).OrderByDescending(x => x.score).ThenBy(x => x.i).ToList();
        var evidence = new Dictionary<int, string>();
        var used = new HashSet<int>();
        foreach (var (i, j, _) in pairs)
            if (!evidence.ContainsKey(i) && !used.Contains(j) && !evidence.ContainsValue(candidates[j].Text) && evidence.Count < SlideRoom.MaxBullets / 2 && used.Add(j))
                evidence[i] = candidates[j].Text;
        var items = new List<BodyItem>();
        var shown = new List<string>();
        foreach (var i in evidence.Keys.Order())
        {
            items.Add(new BodyItem(strengths[i]));
            items.Add(new BodyItem(evidence[i], 1));
            shown.Add(strengths[i]);
        }
        if (shown.Count == 0)
        {
            c.Gather("优势页已省略：请在 strategy.strengthOrder 写明要展示的优势，并用案例数据、承诺或 FAB 作为依据",
                "strengths slide left out: list the strengths to show (strategy.strengthOrder), backed by case figures, commitments or FAB rows");
            yield break;
        }
        var us = c.Screen.Apply(c.Deal.OurCompany);
        yield return new PlannedSlide
        {
            Section = DeckParts.Label(DeckPart.Strengths, v),
            Title = v.Pick($"为什么是{us}：{DeckText.FirstClause(shown[0])}", $"Why {us}: {TqcssSlides.Lower(DeckText.FirstClause(shown[0]))}"),
            Body = items,
        };
    }

    /// <summary>What can back a strength, with the words it is matched on: case figures, commitments, FAB rows.</summary>
    private static List<(string Text, string About)> Candidates(DeckContext c)
    {
        var v = c.V;
        var candidates = new List<(string Text, string About)>();
        foreach (var k in c.Deal.Cases.Where(k => k.Metrics.Count > 0))
        {
            var about = string.Join(" ", new[] { k.ShortName, k.Customer, k.Solution, k.Benefit, k.Industry }.OfType<string>());
            var m = k.Metrics.OrderByDescending(x => CaseFigures.Improvement(x) ?? 0).First();
            candidates.Add((v.Pick($"{k.ShortName ?? k.Customer}：{m.Name} {CaseFigures.Unit(m.Before, m.Unit)} → {CaseFigures.Unit(m.After, m.Unit)}",
                $"{k.ShortName ?? k.Customer}: {TqcssSlides.Lower(m.Name)} {CaseFigures.Unit(m.Before, m.Unit)} → {CaseFigures.Unit(m.After, m.Unit)}"), about));
        }
        foreach (var commitment in c.Deal.Strategy?.Commitments ?? [])
            candidates.Add((v.Pick("承诺：", "Commitment: ") + DeckText.Plain(commitment), commitment));
        foreach (var f in c.Deal.Fab)
            candidates.Add((f.Feature + v.Colon + DeckText.FirstClause(f.Advantage), f.Feature + " " + f.Function + " " + f.Advantage));
        return candidates.Select(x => (c.Screen.Apply(x.Text), x.About)).ToList();
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
        var stage = c.Exchange is { } e ? SlideStrategy.StageAt(c.Deal, e.Date) : null;
        if (stage?.StrengthsToHighlight is { Count: > 0 } highlight)
            return highlight;
        return c.Deal.Swot.Strengths;
    }

    /// <summary>
    /// The customer's own timetable (project.milestones) from the exchange on, the event it prepares marked: the plan the
    /// customer sees. Our campaign stages are internal and never shown.
    /// </summary>
    public static IEnumerable<PlannedSlide> Timetable(DeckContext c)
    {
        var v = c.V;
        if (c.Stage is DealStage.Contract)
            yield break;
        var from = c.Exchange?.Date ?? DateOnly.MinValue;
        var milestones = c.Deal.Project.Milestones.Where(m => m.Date >= from).OrderBy(m => m.Date).Take(6).ToList();
        if (milestones.Count < 2)
        {
            c.Gather("时间表页已省略：请在 project.milestones 记录客户的项目时间表（招标、讲标、建设、验收等节点）",
                "timetable slide left out: record the customer's project timetable in project.milestones (tender, presentation, build, acceptance)");
            yield break;
        }
        var steps = milestones.Select(m => new TimelineStep(c.Screen.Apply(m.Name), m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
        var last = DeckText.Clause(DeckText.FirstClause(c.Screen.Apply(milestones[^1].Name)).Split([':', '：'], 2)[0]);
        var when = milestones[^1].Date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        yield return new PlannedSlide
        {
            Section = DeckParts.Label(DeckPart.Timetable, v),
            Title = v.Pick($"时间表：{when} {last}前的{milestones.Count}个节点", $"The timetable: {milestones.Count} dates up to {TqcssSlides.Lower(last)} ({when})"),
            Timeline = new SlideTimeline(steps, v.Pick(
                $"时间线：{v.List(steps.Select(s => s.When + " " + s.Label))}", $"Timeline: {v.List(steps.Select(s => s.When + " " + s.Label))}")),
        };
    }

    /// <summary>Recap, the ask (action, support or commitment), next steps with dates (METHOD §5 结束语).</summary>
    public static PlannedSlide Closing(DeckContext c)
    {
        var v = c.V;
        var items = new List<BodyItem>();
        var ask = Ask(c.Exchange?.Goal);
        if (string.IsNullOrWhiteSpace(ask))
        {
            c.Gather("结束页缺少请求：请写明本次交流的目标（exchanges[].goal），即希望客户采取的行动、支持或承诺",
                "the closing slide has no ask: state the exchange's goal (exchanges[].goal), the action, support or commitment we ask for");
            ask = v.Pick("请确认下一步的共同工作安排", "Agree on the next steps together");
        }
        var recap = TqcssSlides.OrderedFab(c).Take(3).Select(f => DeckText.Clause(DeckText.FirstClause(TqcssSlides.Benefit(f, v, c.Screen)))).Where(f => f.Length > 0).ToList();
        if (recap.Count > 0)
            items.Add(new BodyItem(v.Pick("回顾：", "Recap: ") + v.List(recap)));
        items.Add(new BodyItem(v.Pick("我们的请求", "Our ask")));
        items.Add(new BodyItem(c.Screen.Apply(DeckText.Plain(ask)), 1));
        var steps = NextSteps(c);
        if (steps.Count == 0)
            c.Gather("结束页缺少带日期的下一步：请添加计划中的后续交流、带截止日期的行动项或客户的时间表（project.milestones）",
                "the closing slide has no dated next steps: add a later planned exchange, action items with due dates or the customer's timetable (project.milestones)");
        else
        {
            items.Add(new BodyItem(v.Pick("下一步", "Next steps")));
            items.AddRange(steps.Take(recap.Count > 0 ? 2 : 3).Select(s => new BodyItem(s, 1)));
        }
        return new PlannedSlide
        {
            Kind = SlideKind.Closing,
            Section = DeckParts.Label(DeckPart.Closing, v),
            Title = v.Pick("总结与下一步", "Summary and next steps"),
            Body = items,
        };
    }

    private static readonly string[] RequestWords =
        ["请", "确认", "认可", "同意", "安排", "支持", "承诺", "ask", "agree", "approve", "confirm", "endorse", "schedule", "commit", "support", "share", "give", "grant", "arrange", "nominate"];

    /// <summary>
    /// The ask in an exchange's goal: a goal often mixes our internal aim ("convince X that…") with what we ask of the
    /// customer; the slide shows the clause that asks (请/确认/认可…, ask/agree/approve…), or the whole goal.
    /// </summary>
    internal static string? Ask(string? goal)
    {
        if (string.IsNullOrWhiteSpace(goal))
            return null;
        var clauses = DeckText.Plain(goal).Split([';', '；', '。'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ask = clauses.FirstOrDefault(c => RequestWords.Any(w => c.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
            ?? clauses.FirstOrDefault(c => RequestWords.Take(7).Any(w => c.Contains(w, StringComparison.Ordinal)));
        if (ask is null)
            return DeckText.Plain(goal);
        // "请领导认可…,为12月28日讲标打下基础": the purpose after the comma is ours, the ask is before it.
        var purpose = Purpose().Match(ask);
        if (purpose.Success && purpose.Index > 0)
            ask = ask[..purpose.Index].TrimEnd(',', '，', ' ');
        return char.ToUpperInvariant(ask[0]) + ask[1..];
    }

    [GeneratedRegex(@"[,，]\s*(为|以便|以|to lay|laying|so that|as the basis|in order to)")]
    private static partial Regex Purpose();

    /// <summary>What the ask asks for, without its request verb: "请领导认可90天割接计划" → "90天割接计划".</summary>
    internal static string? AskObject(DeckContext c)
    {
        if (Ask(c.Exchange?.Goal) is not { Length: > 0 } ask)
            return null;
        var m = AskVerb().Match(ask);
        var rest = m.Success ? ask[(m.Index + m.Length)..].Trim() : ask;
        return rest.Length > 0 ? DeckText.Clause(c.Screen.Apply(rest)) : null;
    }

    [GeneratedRegex(@"^(请.{0,6}?(认可|同意|确认|批准|支持|安排|提供|指定)|(ask\s+(\S+\s+){1,3}?to\s+)?(approve|agree( to| on)?|confirm|endorse|schedule|commit to|support|share|give us|grant|arrange|nominate))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AskVerb();

    /// <summary>
    /// Dated next steps up to the event the exchange prepares (and that event): open action items, later planned
    /// exchanges, the customer's milestones. A step dated after the event it prepares is refused with a warning.
    /// </summary>
    private static List<string> NextSteps(DeckContext c)
    {
        var after = c.Exchange?.Date ?? DateOnly.MinValue;
        var until = c.Strategy.PreparedEvent?.Date ?? DateOnly.MaxValue;
        var steps = new List<(DateOnly Date, string Text)>();
        var prepares = new List<(DateOnly Date, string Text)>();
        foreach (var item in c.Exchange?.ActionItems ?? [])
            if (item.Due is { } due && item.Status is ActionStatus.Open or ActionStatus.InProgress)
                prepares.Add((due, c.Screen.Apply(item.Item)));
        foreach (var e in c.Deal.Exchanges.Where(e => e.Status == ExchangeStatus.Planned && e.Date > after))
            prepares.Add((e.Date, c.Screen.Apply(e.Title)));
        foreach (var (date, text) in prepares)
        {
            if (date > until)
                c.Gather($"下一步“{text}”（{date:yyyy-MM-dd}）晚于它所准备的“{c.Strategy.PreparedEvent!.Name}”（{until:yyyy-MM-dd}），未放入结束页：请提前",
                    $"the next step \"{text}\" ({date:yyyy-MM-dd}) is after \"{c.Strategy.PreparedEvent!.Name}\" ({until:yyyy-MM-dd}) that it prepares; left off the closing slide: bring it forward");
            else
                steps.Add((date, text));
        }
        foreach (var m in c.Deal.Project.Milestones.Where(m => m.Date > after && m.Date <= until))
            steps.Add((m.Date, c.Screen.Apply(m.Name)));
        return steps.OrderBy(s => s.Date)
            .Select(s => s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + s.Text)
            .Distinct().ToList();
    }
}
