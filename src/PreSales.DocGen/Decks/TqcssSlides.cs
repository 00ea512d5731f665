using System.Globalization;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Decks;

/// <summary>
/// The slides of the TQCSS structure (METHOD §4), one builder each. The exchange's strategy decides which exist and how
/// deep they go (<see cref="SlideStrategy"/>): leaders get outcomes, cases and commitments, a technical room gets the full
/// FAB and a discussion. Titles state the slide's conclusion. A builder without the data it needs leaves its slide out
/// and records which facts to gather.
/// </summary>
internal static class TqcssSlides
{
    public static IReadOnlyList<PlannedSlide> Body(DeckContext c)
    {
        var slides = new List<PlannedSlide>();
        slides.AddRange(Trends(c));
        slides.AddRange(Situation(c));
        if (c.Strategy.Depth == AudienceDepth.Technical)
            slides.AddRange(Discussion(c));
        slides.AddRange(Cases(c));
        slides.AddRange(Solution(c));
        slides.AddRange(SuccessKeys(c));
        slides.AddRange(StrengthSlides.Strengths(c));
        slides.AddRange(StrengthSlides.Timetable(c));
        return slides;
    }

    public static IEnumerable<PlannedSlide> Opening(DeckContext c, IReadOnlyList<PlannedSlide> body)
    {
        var v = c.V;
        var date = c.Exchange?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = c.Screen.Apply(c.Exchange?.Title ?? c.Deal.Project.Name);
        var subtitle = DeckText.Clean(c.Deal.Customer.Name) + "\n" + c.Screen.Apply(c.Deal.OurCompany) + (date is null ? "" : " · " + date);
        yield return new PlannedSlide { Kind = SlideKind.Title, Section = DeckParts.Label(DeckPart.Opening, v), Title = title, Subtitle = subtitle };
        var sections = body.Select(s => s.Section).OfType<string>().Distinct().ToList();
        sections.Add(v.Pick("总结与下一步", "Summary and next steps"));
        // At most six agenda lines: pair neighbouring sections from the front until they fit.
        for (var i = 0; sections.Count > SlideRoom.MaxBullets && i + 1 < sections.Count; i++)
        {
            sections[i] = sections[i] + v.Pick("与", " and ") + sections[i + 1];
            sections.RemoveAt(i + 1);
        }
        yield return new PlannedSlide
        {
            Kind = SlideKind.Agenda,
            Section = DeckParts.Label(DeckPart.Opening, v),
            Title = v.Pick("议程", "Agenda"),
            Body = sections.Select(s => new BodyItem(s)).ToList(),
        };
    }

    private static IEnumerable<PlannedSlide> Trends(DeckContext c)
    {
        var v = c.V;
        var t = c.Deal.Customer.Trends;
        if (t.Industry.Count + t.Customer.Count + t.Rivals.Count == 0)
        {
            c.Gather("趋势页已省略：请收集客户所在行业、客户自身及其竞争者的趋势（customer.trends）",
                "trends slide left out: gather the trends of the customer's industry, the customer and its rivals (customer.trends)");
            yield break;
        }
        // Every trend the team gathered; leaders get one slide (two of each group at most), others the whole list.
        var per = c.Strategy.Depth == AudienceDepth.Leadership ? 1 : int.MaxValue;
        var perGroup = per;
        var items = new List<BodyItem>();
        Group(items, v.Pick("行业趋势", "Industry trends"), t.Industry.Take(perGroup), c);
        Group(items, v.Pick($"{c.CustomerShort}的发展", $"{c.CustomerShort}'s direction"), t.Customer.Take(perGroup), c);
        Group(items, v.Pick("同业动态", "What its peers are doing"), t.Rivals.Take(per), c);
        var lead = t.Industry.Concat(t.Customer).Concat(t.Rivals).Select(x => DeckText.FirstClause(c.Screen.Apply(DeckText.Plain(x)))).First(x => x.Length > 0);
        if (per == 1 && items.Count > SlideRoom.MaxBullets)
            items = items.Take(SlideRoom.MaxBullets).ToList();
        var title = Upper(DeckText.Clause(c.V.IsChinese ? lead : lead.Split([" so that ", " and ", "; "], 2, StringSplitOptions.None)[0]));
        if (items.Count > SlideRoom.MaxBullets)
        {
            // More trends than one slide of bullets holds: one table with a column per group, read across, rather
            // than a thin slide per group (the fitter splits bullets at the headings).
            var groups = new List<(string Heading, List<string> Points)>();
            foreach (var item in items)
            {
                if (item.Level == 0)
                    groups.Add((item.Text, []));
                else
                    groups[^1].Points.Add(item.Text);
            }
            var depth = groups.Max(g => g.Points.Count);
            yield return new PlannedSlide
            {
                Section = DeckParts.Label(DeckPart.Trends, v),
                Title = title,
                Table = new SlideTable(groups.Select(g => Upper(g.Heading)).ToList(),
                    Enumerable.Range(0, depth).Select(i => (IReadOnlyList<string>)groups.Select(g => i < g.Points.Count ? g.Points[i] : "").ToList()).ToList()),
            };
            yield break;
        }
        yield return new PlannedSlide
        {
            Section = DeckParts.Label(DeckPart.Trends, v),
            Title = title,
            Body = items,
        };
    }

    /// <summary>
    /// Q of TQCSS: the customer's situation in its own numbers and words, and the concerns of the people in the room who
    /// work for the customer (a participant's internal concerns, and worries about our weak elements, stay in the notes).
    /// </summary>
    private static IEnumerable<PlannedSlide> Situation(DeckContext c)
    {
        var v = c.V;
        // Two columns of a heading and two lines each keep the slide within six bullets (the review's text-heavy rule).
        var figures = Figures(c).Take(2).ToList();
        var concerns = c.Audience
            .Where(s => !SlideStrategy.WorksForParticipant(c.Deal, s))
            .OrderByDescending(s => s.Influence)
            .SelectMany(s => s.Concerns)
            .Select(x => c.Screen.Apply(DeckText.Plain(x)))
            .Where(x => x.Length > 0 && !c.Strategy.ClaimsWeakness(x, v) && !c.IsInternal(x))
            .Distinct().Take(figures.Count > 0 ? 2 : 4).ToList();
        if (figures.Count + concerns.Count == 0)
        {
            c.Gather("问题页已省略：请记录客户的现状数据（customer.background、keyFacts.requirements）和听众的关注点（stakeholders[].concerns）",
                "questions slide left out: record the customer's figures (customer.background, keyFacts.requirements) and the audience's concerns (stakeholders[].concerns)");
            yield break;
        }
        var requirement = DeckText.FirstClause(c.Screen.Apply(DeckText.Plain(c.Deal.KeyFacts.Requirements.Content)));
        var title = requirement.Length > 0
            ? v.Pick($"{c.CustomerShort}：{DeckText.Clause(requirement)}", Upper($"{c.CustomerShort}: {Lower(DeckText.Clause(requirement))}"))
            : v.Pick($"{c.CustomerShort}要解决的问题", $"What {c.CustomerShort} needs to solve");
        yield return new PlannedSlide
        {
            Kind = figures.Count > 0 && concerns.Count > 0 ? SlideKind.TwoColumns : SlideKind.Content,
            Section = DeckParts.Label(DeckPart.Questions, v),
            Title = title,
            Body = figures.Count > 0 ? [new(v.Pick("现状", "Today")), .. figures.Select(f => new BodyItem(f, 1))] : [new(v.Pick("要解决的问题", "To solve")), .. concerns.Select(f => new BodyItem(f, 1))],
            SecondColumn = figures.Count > 0 && concerns.Count > 0 ? [new(v.Pick("要解决的问题", "To solve")), .. concerns.Select(f => new BodyItem(f, 1))] : [],
        };
    }

    /// <summary>
    /// The customer's own numbers under "Today": clauses with figures from its background first (how things are), then
    /// the project's, then the requirements (what is wanted, which read as today's state only when nothing else has figures).
    /// </summary>
    private static IEnumerable<string> Figures(DeckContext c)
    {
        var sources = new[] { c.Deal.Customer.Background, c.Deal.Project.Background, c.Deal.KeyFacts.Requirements.Content };
        var seen = new HashSet<string>();
        foreach (var clause in sources.OfType<string>()
                     // Clauses, but never inside a number ("86,000" is one figure) or parentheses ("(1 city, 8 counties)").
                     .SelectMany(s => DeckText.Clauses(DeckText.Plain(s)))
                     .Where(s => s.Any(char.IsDigit) && !c.IsInternal(s) && !c.Screen.Names(s))
                     .Select(s => DeckText.Clause(c.Screen.Apply(s))))
        {
            // One line per set of figures: "约520个站点" said twice is said once.
            var numbers = string.Join(",", System.Text.RegularExpressions.Regex.Matches(clause, @"[0-9]+(\.[0-9]+)?").Select(m => m.Value));
            if (clause.Length > 0 && seen.Add(numbers) && !seen.Contains(clause))
                yield return clause;
        }
    }

    /// <summary>
    /// A discussion for a technical room (discovery, requirement analysis): the questions we ask, from the key facts still
    /// unknown and the concerns of the people present (METHOD §5 SPIN: situation, problem, implication, need-payoff).
    /// </summary>
    private static IEnumerable<PlannedSlide> Discussion(DeckContext c)
    {
        var questions = DiscussionQuestions(c).Take(5).ToList();
        if (questions.Count == 0)
            yield break;
        yield return new PlannedSlide
        {
            Section = DeckParts.Label(DeckPart.Discussion, c.V),
            Title = c.V.Pick("想和各位一起确认的问题", "What we would like to settle with you today"),
            Body = questions.Select(q => new BodyItem(q)).ToList(),
        };
    }

    internal static IEnumerable<string> DiscussionQuestions(DeckContext c)
    {
        var v = c.V;
        foreach (var gap in KeyFactGaps.Find(c.Deal.KeyFacts).Where(g => g.Fact is not KeyFactKind.Competition and not KeyFactKind.Budget))
            yield return gap.Fact switch
            {
                KeyFactKind.Requirements => v.Pick("今天的系统在哪些环节最影响业务？", "Where does today's system hurt the work most?"),
                KeyFactKind.Schedule => v.Pick("项目的时间表和关键节点怎样安排？", "What is the timetable, and which dates cannot move?"),
                KeyFactKind.DecisionProcess => v.Pick("方案将如何评估，哪些部门参与？", "How will the options be evaluated, and who takes part?"),
                KeyFactKind.EvaluationCriteria => v.Pick("对各位来说，什么样的结果算是成功？", "What result would count as a success for you?"),
                _ => v.Pick("还有哪些我们需要了解的情况？", "What else should we understand?"),
            };
        foreach (var concern in c.Audience.Where(s => !SlideStrategy.WorksForParticipant(c.Deal, s)).SelectMany(s => s.Concerns)
                     .Select(x => DeckText.Clause(c.Screen.Apply(DeckText.Plain(x)))).Where(x => x.Length > 0 && !c.IsInternal(x)).Distinct().Take(2))
            yield return v.Pick($"“{concern}”今天影响有多大？", $"How much does this weigh today: {Lower(concern)}?");
    }

    /// <summary>
    /// C of TQCSS: every case the exchange's strategy names (else the most similar one), each on one slide: the problem,
    /// what we did and the customer's figures before and after, with the improvement charted.
    /// </summary>
    private static IEnumerable<PlannedSlide> Cases(DeckContext c)
    {
        var v = c.V;
        var chosen = c.Strategy.NamedCases.Where(k => k.Metrics.Count > 0).ToList();
        foreach (var named in c.Strategy.NamedCases.Where(k => k.Metrics.Count == 0))
            c.Gather($"案例“{named.ShortName ?? named.Customer}”缺少前后对比数据，无法作图：请补充 cases[].metrics",
                $"the case \"{named.ShortName ?? named.Customer}\" has no before/after figures to chart: add cases[].metrics");
        if (chosen.Count == 0 && c.Deal.Cases
                .Where(k => k.Metrics.Count > 0)
                .OrderByDescending(k => string.Equals(k.Industry, c.Deal.Customer.Industry, StringComparison.OrdinalIgnoreCase))
                .ThenByDescending(k => k.Year ?? 0)
                .FirstOrDefault() is { } best)
            chosen.Add(best);
        if (chosen.Count == 0)
        {
            c.Gather("案例页已省略：请补充一个带前后对比数据的参考案例（cases[].metrics）",
                "case slides left out: add a reference case with before/after figures (cases[].metrics)");
            yield break;
        }
        foreach (var k in chosen)
            yield return CaseSlide(c, k);
    }

    private static PlannedSlide CaseSlide(DeckContext c, ReferenceCase k)
    {
        var v = c.V;
        var who = c.Screen.Apply(k.ShortName ?? k.Customer);
        var body = new List<BodyItem>
        {
            new(v.Pick("问题", "Problem") + v.Colon + DeckText.FirstClause(c.Screen.Apply(DeckText.Plain(k.Problem)))),
            new(v.Pick("做法", "What we did") + v.Colon + DeckText.FirstClause(c.Screen.Apply(DeckText.Plain(k.Solution)))),
        };
        body.AddRange(k.Metrics.Take(v.IsChinese ? 4 : 3).Select(m => new BodyItem(c.Screen.Apply(m.Name) + v.Colon + CaseFigures.Unit(m.Before, m.Unit) + " → " + CaseFigures.Unit(m.After, m.Unit), 1)));
        var gains = k.Metrics.Select(m => (m, gain: CaseFigures.Improvement(m))).Where(x => x.gain is not null).ToList();
        var headline = gains.OrderByDescending(x => x.gain).Select(x => x.m).FirstOrDefault() ?? k.Metrics[0];
        var title = v.Pick(
            $"{who}：{headline.Name}从{CaseFigures.Unit(headline.Before, headline.Unit)}到{CaseFigures.Unit(headline.After, headline.Unit)}",
            $"{who}: {Lower(headline.Name)} from {CaseFigures.Unit(headline.Before, headline.Unit)} to {CaseFigures.Unit(headline.After, headline.Unit)}");
        SlideChart? chart = null;
        if (gains.Count >= 2)
        {
            var categories = gains.Select(x => c.Screen.Apply(x.m.Name)).ToList();
            var name = v.Pick("改善幅度（%）", "Improvement (%)");
            chart = new SlideChart(categories, [new ChartSeries(name, gains.Select(x => x.gain!.Value).ToList())], v.Pick(
                $"柱状图：{who}上线前后的改善幅度（%）：{v.List(gains.Select(x => $"{x.m.Name} {CaseFigures.Unit(x.m.Before, x.m.Unit)}→{CaseFigures.Unit(x.m.After, x.m.Unit)}"))}",
                $"Bar chart: {who}'s improvement (%) before and after: {v.List(gains.Select(x => $"{x.m.Name} {CaseFigures.Unit(x.m.Before, x.m.Unit)}→{CaseFigures.Unit(x.m.After, x.m.Unit)}"))}"));
        }
        else
            c.Gather($"案例“{who}”的数据不足两项可比较，未作图：请补充数值型的前后对比（cases[].metrics）",
                $"the case \"{who}\" has fewer than two comparable figures, so no chart: add numeric before/after figures (cases[].metrics)");
        return new PlannedSlide
        {
            Kind = chart is null ? SlideKind.Content : SlideKind.TwoColumns,
            Section = DeckParts.Label(DeckPart.Cases, v),
            Title = title,
            Body = body,
            Chart = chart,
        };
    }

    /// <summary>S of TQCSS: the solution, deep as the audience takes it (leaders: the benefits; others: the full FAB).</summary>
    private static IEnumerable<PlannedSlide> Solution(DeckContext c)
    {
        var v = c.V;
        if (c.Deal.Fab.Count == 0)
        {
            c.Gather("方案页已省略：请补充 FAB（特色-功能-优点-效益）条目（fab）",
                "solution slides left out: add FAB (feature-function-advantage-benefit) items (fab)");
            yield break;
        }
        var ordered = OrderedFab(c);
        var section = DeckParts.Label(DeckPart.Solution, v);
        var leaders = c.Strategy.Depth == AudienceDepth.Leadership;
        var shown = leaders ? ordered.Take(4).ToList() : ordered;
        var top = shown.Take(2).Select(f => DeckText.Clause(DeckText.FirstClause(Benefit(f, v, c.Screen)))).Select(x => v.IsChinese ? x : x.Split(" and ")[0]).ToList();
        yield return new PlannedSlide
        {
            Section = section,
            Title = v.Pick($"方案：{string.Join("、", top)}", $"The solution: {string.Join(" and ", top.Select(Lower))}"),
            // Leaders see what each feature does for them; the FAB table that follows for others has the detail.
            Body = shown.Select(f => new BodyItem(c.Screen.Apply(f.Feature) + v.Colon + Gist(Benefit(f, v, c.Screen), v))).ToList(),
        };
        if (leaders)
            yield break;
        var rows = ordered.Select(f => (IReadOnlyList<string>)
            [c.Screen.Apply(f.Feature), c.Screen.Apply(f.Function), c.Screen.Apply(f.Advantage), Benefit(f, v, c.Screen)]).ToList();
        yield return new PlannedSlide
        {
            Section = section,
            Title = v.Pick($"每项特色都落到{c.CustomerShort}的效益上", $"Every feature lands as a benefit for {c.CustomerShort}"),
            Table = new SlideTable([v.Pick("特色", "Feature"), v.Pick("功能", "Function"), v.Pick("优点", "Advantage"), v.Pick("效益", "Benefit")], rows),
        };
    }

    /// <summary>The gist of a benefit: its first clause (in English, up to its first "and").</summary>
    private static string Gist(string benefit, Vocabulary v)
    {
        var first = DeckText.Clause(DeckText.FirstClause(benefit));
        return v.IsChinese ? first : first.Split(" and ")[0];
    }

    /// <summary>The FAB rows, those answering the audience's hot buttons (then concerns) first, the most influential holders first.</summary>
    internal static List<FabItem> OrderedFab(DeckContext c)
    {
        var hot = c.Summary.HotButtons.Concat(c.Summary.Concerns).Select(h => h.Text).ToList();
        return c.Deal.Fab
            .Select((item, i) => (item, i, rank: HotRank(item, hot)))
            .OrderBy(x => x.rank).ThenBy(x => x.i).Select(x => x.item).ToList();
    }

    private static int HotRank(FabItem item, List<string> hot)
    {
        var ranks = item.HotButtons
            .Select(h => hot.FindIndex(x => string.Equals(x, h.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Where(i => i >= 0).ToList();
        return ranks.Count == 0 ? int.MaxValue : ranks.Min();
    }

    /// <summary>The benefit, starting with one of its kind's verbs (METHOD §5) when the team's wording has none.</summary>
    internal static string Benefit(FabItem item, Vocabulary v, CompetitorScreen screen)
    {
        var text = screen.Apply(item.Benefit).Trim();
        var verbs = v.BenefitVerbs(item.BenefitKind).Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (verbs.Any(verb => text.StartsWith(verb, StringComparison.OrdinalIgnoreCase)))
            return text;
        if (v.IsChinese)
            // "运维工作量降低 40%" names its verb after the topic, as Chinese often does: a verb put before it would say it twice.
            return Enum.GetValues<BenefitKind>().SelectMany(k => v.BenefitVerbs(k).Split('/')).Any(verb => text.Contains(verb, StringComparison.Ordinal)) ? text : verbs[0] + text;
        var verb = char.ToUpperInvariant(verbs[0][0]) + verbs[0][1..];
        return text.Length == 0 ? verb : verb + " " + char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>
    /// The last S of TQCSS: the keys to success from the customer's point of view beside what we commit to for each — the
    /// slide the ask stands on, titled with what the ask asks for.
    /// </summary>
    private static IEnumerable<PlannedSlide> SuccessKeys(DeckContext c)
    {
        var v = c.V;
        // The customer's own words first: what the key persons in the room need; then the evaluation criteria,
        // which are the team's notes and may read less like the customer.
        var keys = new List<string>();
        keys.AddRange(c.Summary.KeyPersons.Where(s => !SlideStrategy.WorksForParticipant(c.Deal, s)).SelectMany(s => s.Needs));
        var criteria = DeckText.Plain(c.Deal.KeyFacts.EvaluationCriteria.Content);
        keys.AddRange(criteria.Split(['\n', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        // Beside the commitments, each side in its first clause; the talk track says them whole.
        var commitments = (c.Deal.Strategy?.Commitments ?? []).Select(x => DeckText.Clause(DeckText.FirstClause(c.Screen.Apply(DeckText.Plain(x))))).Where(x => x.Length > 0).Take(2).ToList();
        keys = keys.Select(x => c.Screen.Apply(DeckText.Plain(x))).Where(k => k.Length > 0 && !c.IsInternal(k) && !c.Screen.Names(k))
            .Select(k => commitments.Count > 0 ? DeckText.Clause(DeckText.FirstClause(k)) : k).Distinct()
            .Take(commitments.Count > 0 ? 2 : 6).ToList();
        if (keys.Count == 0 && commitments.Count == 0)
        {
            c.Gather("成功关键页已省略：请收集关键评估项（keyFacts.evaluationCriteria）或关键人的需求（stakeholders[].needs）",
                "success-keys slide left out: gather the key evaluation criteria (keyFacts.evaluationCriteria) or key persons' needs (stakeholders[].needs)");
            yield break;
        }
        if (commitments.Count == 0)
            c.Gather("成功关键页没有我方承诺：请在 strategy.commitments 写明交付与保障承诺，让请求有依据",
                "the success-keys slide has no commitments: state our delivery and assurance commitments (strategy.commitments) so the ask has something behind it");
        var ask = StrengthSlides.AskObject(c);
        var title = ask is { Length: > 0 }
            ? v.Pick($"成功关键：{ask}", $"What success takes: {Lower(ask)}")
            : v.Pick($"项目成功的关键：从{c.CustomerShort}的角度", $"Keys to success, from {c.CustomerShort}'s point of view");
        var heading = v.Pick("成功关键", "What success takes");
        // Each key beside what we commit to for it: a two-column table, read across.
        var rows = Enumerable.Range(0, Math.Max(keys.Count, commitments.Count))
            .Select(i => (IReadOnlyList<string>)[i < keys.Count ? keys[i] : "", i < commitments.Count ? commitments[i] : ""]).ToList();
        yield return commitments.Count > 0
            ? new PlannedSlide
            {
                Section = DeckParts.Label(DeckPart.Keys, v),
                Title = title,
                Table = new SlideTable([heading, v.Pick("我们的承诺", "What we commit to")], rows),
            }
            : new PlannedSlide
            {
                Section = DeckParts.Label(DeckPart.Keys, v),
                Title = title,
                Body = keys.Select(k => new BodyItem(k)).ToList(),
            };
    }

    public static PlannedSlide Closing(DeckContext c) => StrengthSlides.Closing(c);

    internal static void Group(List<BodyItem> items, string heading, IEnumerable<string> points, DeckContext c)
    {
        var list = points.Select(p => c.Screen.Apply(DeckText.Plain(p))).Where(p => p.Length > 0 && !c.IsInternal(p)).ToList();
        if (list.Count == 0)
            return;
        items.Add(new BodyItem(heading));
        items.AddRange(list.Select(p => new BodyItem(p, 1)));
    }

    internal static string Upper(string text) => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    internal static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
