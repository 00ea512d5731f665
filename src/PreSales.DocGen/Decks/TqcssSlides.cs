using System.Globalization;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks;

/// <summary>
/// The slides of the TQCSS structure (METHOD §4), one builder each. A builder without the data it needs
/// leaves its slide out and records which facts to gather.
/// </summary>
internal static class TqcssSlides
{
    public static IReadOnlyList<PlannedSlide> Body(DeckContext c)
    {
        var slides = new List<PlannedSlide>();
        slides.AddRange(Trends(c));
        slides.AddRange(Questions(c));
        slides.AddRange(Case(c));
        slides.AddRange(Solution(c));
        slides.AddRange(SuccessKeys(c));
        slides.AddRange(StrengthSlides.Strengths(c));
        slides.AddRange(StrengthSlides.Stages(c));
        return slides;
    }

    public static IEnumerable<PlannedSlide> Opening(DeckContext c, IReadOnlyList<PlannedSlide> body)
    {
        var v = c.V;
        var date = c.Exchange?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = c.Screen.Apply(c.Exchange?.Title ?? c.Deal.Project.Name);
        var subtitle = DeckText.Clean(c.Deal.Customer.Name) + "\n" + c.Screen.Apply(c.Deal.OurCompany) + (date is null ? "" : " · " + date);
        yield return new PlannedSlide { Kind = SlideKind.Title, Section = v.Pick("开场", "Opening"), Title = title, Subtitle = subtitle };
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
            Section = v.Pick("开场", "Opening"),
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
            c.Gather("趋势页已省略:请收集客户所在行业、客户自身及其竞争者的趋势(customer.trends)",
                "trends slide left out: gather the trends of the customer's industry, the customer and its rivals (customer.trends)");
            yield break;
        }
        // One slide of at most six lines: each group keeps its first trend, then the rest are taken in turn.
        var groups = new[] { t.Industry, t.Customer, t.Rivals };
        var take = new int[3];
        var lines = groups.Count(g => g.Count > 0);
        for (var round = 0; lines < SlideRoom.MaxBullets && round < 6; round++)
            for (var g = 0; g < 3 && lines < SlideRoom.MaxBullets; g++)
                if (take[g] < groups[g].Count)
                {
                    take[g]++;
                    lines++;
                }
        var items = new List<BodyItem>();
        Group(items, v.Pick("行业趋势", "Industry trends"), t.Industry.Take(Math.Max(1, take[0])), c);
        Group(items, v.Pick($"{c.CustomerShort}的发展", $"{c.CustomerShort}'s direction"), t.Customer.Take(Math.Max(1, take[1])), c);
        Group(items, v.Pick("同业动态", "What its peers are doing"), t.Rivals.Take(Math.Max(1, take[2])), c);
        yield return new PlannedSlide
        {
            Section = v.Pick("趋势", "Trends"),
            Title = v.Pick($"趋势:{DeckText.Clean(c.Deal.Customer.Industry)}正在发生的变化", $"Trends: what is changing in {DeckText.Clean(c.Deal.Customer.Industry)}"),
            Body = items,
        };
    }

    private static IEnumerable<PlannedSlide> Questions(DeckContext c)
    {
        var v = c.V;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var level in Enum.GetValues<OrgLevel>().Cast<OrgLevel?>().Append(null))
        {
            var people = c.Audience.Where(s => s.Level == level).OrderByDescending(s => s.Influence).ToList();
            var cares = Points(people.SelectMany(s => s.HotButtons.Concat(s.Needs)), c);
            var pains = Points(people.SelectMany(s => s.Concerns), c);
            if (cares.Length + pains.Length > 0)
                rows.Add([level is { } l ? v.Label(l) : v.Pick("其他", "Others"), cares, pains]);
        }
        if (rows.Count == 0)
        {
            c.Gather("问题页已省略:请为本次交流的听众记录关注点和兴奋点(stakeholders[].concerns / hotButtons)",
                "questions slide left out: record the audience's concerns and hot buttons (stakeholders[].concerns / hotButtons)");
            yield break;
        }
        yield return new PlannedSlide
        {
            Section = v.Pick("问题", "Questions"),
            Title = v.Pick("各层关注的问题与痛点", "What each level cares about, and the pain points"),
            Table = new SlideTable([v.Pick("层级", "Level"), v.Pick("关注", "Cares about"), v.Pick("痛点", "Pain points")], rows),
        };
    }

    private static string Points(IEnumerable<string> points, DeckContext c) =>
        c.V.List(points.Select(p => c.Screen.Apply(DeckText.Plain(p))).Where(p => p.Length > 0).Distinct().Take(3));

    private static IEnumerable<PlannedSlide> Case(DeckContext c)
    {
        var v = c.V;
        var chosen = c.Deal.Cases
            .Where(k => k.Metrics.Count > 0)
            .OrderByDescending(k => string.Equals(k.Industry, c.Deal.Customer.Industry, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(k => k.Year ?? 0)
            .FirstOrDefault();
        if (chosen is null)
        {
            c.Gather("案例页已省略:请补充一个带前后对比数据的参考案例(cases[].metrics)",
                "case slides left out: add a reference case with before/after figures (cases[].metrics)");
            yield break;
        }
        var section = v.Pick("案例", "Case");
        var who = c.Screen.Apply(chosen.Customer);
        var body = new List<BodyItem>
        {
            new(v.Pick("问题", "Problem") + v.Colon + c.Screen.Apply(DeckText.Plain(chosen.Problem))),
            new(v.Pick("方案", "Solution") + v.Colon + c.Screen.Apply(DeckText.Plain(chosen.Solution))),
        };
        if (!string.IsNullOrWhiteSpace(chosen.Benefit))
            body.Add(new(v.Pick("效益", "Benefit") + v.Colon + c.Screen.Apply(DeckText.Plain(chosen.Benefit))));
        yield return new PlannedSlide { Section = section, Title = v.Pick($"案例:{who}的相似问题与解决", $"Case: how {who} solved a similar problem"), Body = body };
        var rows = chosen.Metrics.Select(m => (IReadOnlyList<string>)
            [c.Screen.Apply(m.Name), c.Screen.Apply(WithUnit(m.Before, m.Unit)), c.Screen.Apply(WithUnit(m.After, m.Unit))]).ToList();
        yield return new PlannedSlide
        {
            Section = section,
            Title = v.Pick($"案例:{who}上线前后对比", $"Case: {who} before and after"),
            Table = new SlideTable([v.Pick("指标", "Measure"), v.Pick("之前", "Before"), v.Pick("之后", "After")], rows),
        };
    }

    private static string WithUnit(string value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) || value.EndsWith(unit, StringComparison.Ordinal) ? value : value + " " + unit;

    private static IEnumerable<PlannedSlide> Solution(DeckContext c)
    {
        var v = c.V;
        if (c.Deal.Fab.Count == 0)
        {
            c.Gather("方案页已省略:请补充 FAB(特色-功能-优点-效益)条目(fab)",
                "solution slides left out: add FAB (feature-function-advantage-benefit) items (fab)");
            yield break;
        }
        // What the audience cares about most: its hot buttons, then its concerns, the most influential holders first.
        var hot = c.Summary.HotButtons.Concat(c.Summary.Concerns).Select(h => h.Text).ToList();
        var ordered = c.Deal.Fab
            .Select((item, i) => (item, i, rank: HotRank(item, hot)))
            .OrderBy(x => x.rank).ThenBy(x => x.i).Select(x => x.item).ToList();
        var section = v.Pick("方案", "Solution");
        yield return new PlannedSlide
        {
            Section = section,
            Title = v.Pick($"整体方案:{c.Screen.Apply(c.Deal.Project.Name)}", $"Our solution: {c.Screen.Apply(c.Deal.Project.Name)}"),
            // The overview names each feature and the gist of its benefit; the FAB table that follows has the detail.
            Body = ordered.Select(f => new BodyItem(c.Screen.Apply(f.Feature) + v.Colon + DeckText.FirstClause(Benefit(f, v, c.Screen)))).ToList(),
        };
        var rows = ordered.Select(f => (IReadOnlyList<string>)
            [c.Screen.Apply(f.Feature), c.Screen.Apply(f.Function), c.Screen.Apply(f.Advantage), Benefit(f, v, c.Screen)]).ToList();
        yield return new PlannedSlide
        {
            Section = section,
            Title = v.Pick("方案优势:特色、功能、优点、效益", "Why it matters: feature, function, advantage, benefit"),
            Table = new SlideTable([v.Pick("特色", "Feature"), v.Pick("功能", "Function"), v.Pick("优点", "Advantage"), v.Pick("效益", "Benefit")], rows),
        };
    }

    private static int HotRank(FabItem item, List<string> hot)
    {
        var ranks = item.HotButtons
            .Select(h => hot.FindIndex(x => string.Equals(x, h.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Where(i => i >= 0).ToList();
        return ranks.Count == 0 ? int.MaxValue : ranks.Min();
    }

    /// <summary>The benefit, starting with one of its kind's verbs (METHOD §5) when the team's wording does not.</summary>
    internal static string Benefit(FabItem item, Vocabulary v, CompetitorScreen screen)
    {
        var text = screen.Apply(item.Benefit).Trim();
        var verbs = v.BenefitVerbs(item.BenefitKind).Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (verbs.Any(verb => text.StartsWith(verb, StringComparison.OrdinalIgnoreCase)))
            return text;
        if (v.IsChinese)
            return verbs[0] + text;
        var verb = char.ToUpperInvariant(verbs[0][0]) + verbs[0][1..];
        return text.Length == 0 ? verb : verb + " " + char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static IEnumerable<PlannedSlide> SuccessKeys(DeckContext c)
    {
        var v = c.V;
        // The customer's own words first: what the key persons in the room need; then the evaluation criteria,
        // which are the team's notes and may read less like the customer.
        var keys = new List<string>();
        keys.AddRange(c.Summary.KeyPersons.SelectMany(s => s.Needs));
        var criteria = DeckText.Plain(c.Deal.KeyFacts.EvaluationCriteria.Content);
        keys.AddRange(criteria.Split(['\n', ';', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        keys = keys.Select(c.Screen.Apply).Where(k => k.Length > 0).Distinct().Take(6).ToList();
        if (keys.Count == 0)
        {
            c.Gather("成功关键页已省略:请收集关键评估项(keyFacts.evaluationCriteria)或关键人的需求(stakeholders[].needs)",
                "success-keys slide left out: gather the key evaluation criteria (keyFacts.evaluationCriteria) or key persons' needs (stakeholders[].needs)");
            yield break;
        }
        yield return new PlannedSlide
        {
            Section = v.Pick("成功关键", "Keys to success"),
            Title = v.Pick($"项目成功的关键:从{c.CustomerShort}的角度", $"Keys to success, from {c.CustomerShort}'s point of view"),
            Body = keys.Select(k => new BodyItem(k)).ToList(),
        };
    }

    public static PlannedSlide Closing(DeckContext c) => StrengthSlides.Closing(c);

    internal static void Group(List<BodyItem> items, string heading, IEnumerable<string> points, DeckContext c)
    {
        var list = points.Select(p => c.Screen.Apply(DeckText.Plain(p))).Where(p => p.Length > 0).ToList();
        if (list.Count == 0)
            return;
        items.Add(new BodyItem(heading));
        items.AddRange(list.Select(p => new BodyItem(p, 1)));
    }
}
