using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>What a held exchange's new information may change (动态调整, METHOD §2.5).</summary>
public enum AdjustmentKind
{
    /// <summary>Importance or likelihood moved: re-position, or keep the position knowingly.</summary>
    Reposition,

    /// <summary>A competitor moved against our strategy.</summary>
    CompetitorMove,

    /// <summary>A key person a stage needs has not been met (or the decision maker only once).</summary>
    PersonNotMet,

    /// <summary>A stage is falling behind the tender timetable.</summary>
    StageBehind,
}

/// <summary>One thing the new information changes, said in the deal's language.</summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Text">The finding and what to do about it.</param>
public sealed record Adjustment(AdjustmentKind Kind, string Text);

/// <summary>
/// Strategy between exchanges (METHOD §2.5): once an exchange is held, compares what it brought with the plan —
/// the team's reading of importance and likelihood against the positioning, the competitors' moves reported since the
/// strategy was last adjusted against our lead elements and our weak ones, the key people each stage needs against
/// the people met, and the stages against the tender timetable. Pure: the same deal and date give the same findings.
/// </summary>
public static class DynamicAdjustment
{
    /// <summary>How close a tender milestone must be for an early-stage deal to count as behind.</summary>
    public const int TenderNearDays = 30;

    /// <summary>
    /// The findings, as of <paramref name="today"/> or, when it is earlier or absent, the latest held exchange;
    /// none while no exchange is held.
    /// </summary>
    public static IReadOnlyList<Adjustment> Review(Deal deal, DateOnly? today = null)
    {
        var held = deal.Exchanges.Where(e => e.Status == ExchangeStatus.Held).OrderBy(e => e.Date).ToList();
        if (held.Count == 0)
            return [];
        var v = Vocabulary.For(deal.Language);
        var asOf = today is { } t && t > held[^1].Date ? t : held[^1].Date;
        var found = new List<Adjustment>();
        Reposition(deal, held, v, found);
        CompetitorMoves(deal, held, v, found);
        PeopleNotMet(deal, held, asOf, v, found);
        StagesBehind(deal, held, asOf, v, found);
        return found;
    }

    private static void Reposition(Deal deal, List<Exchange> held, Vocabulary v, List<Adjustment> found)
    {
        if (deal.Positioning is not { } p || held.LastOrDefault(e => e.PositionAfter is not null) is not { } last)
            return;
        var after = last.PositionAfter!;
        if (after.Importance == p.Importance && after.Likelihood == p.Likelihood)
            return;
        var chosen = p.Position ?? OpportunityPositioning.Recommend(p.Importance, p.Likelihood);
        var recommended = OpportunityPositioning.Recommend(after.Importance, after.Likelihood);
        found.Add(new Adjustment(AdjustmentKind.Reposition,
            v.PositionMoved(last.Date, p.Importance, after.Importance, p.Likelihood, after.Likelihood, chosen, recommended)));
    }

    private static void CompetitorMoves(Deal deal, List<Exchange> held, Vocabulary v, List<Adjustment> found)
    {
        var since = deal.Strategy?.Adjustments.Select(a => a.Date).DefaultIfEmpty(DateOnly.MinValue).Max() ?? DateOnly.MinValue;
        var lead = deal.Strategy?.LeadElements ?? [];
        var reframe = CompetitiveThinking.Summarize(deal).Reframe;
        foreach (var exchange in held.Where(e => e.Date > since))
        {
            foreach (var move in exchange.Information.Competitors)
            {
                var competitor = deal.Competitors.Where(c => !SlideStrategy.IsPartner(deal, c))
                    .FirstOrDefault(c => c.Name.Length > 0 && move.Contains(c.Name, StringComparison.OrdinalIgnoreCase));
                if (competitor is null)
                    continue;
                var elements = Elements(move);
                var attacks = elements.Where(lead.Contains).ToList();
                var presses = elements.Where(reframe.Contains).ToList();
                found.Add(new Adjustment(AdjustmentKind.CompetitorMove,
                    v.CompetitorMoved(exchange.Date, competitor.Name, move, attacks, presses, string.IsNullOrWhiteSpace(competitor.LikelyStrategy))));
            }
        }
    }

    private static void PeopleNotMet(Deal deal, List<Exchange> held, DateOnly asOf, Vocabulary v, List<Adjustment> found)
    {
        int Met(string id) => held.Count(e => e.CustomerAttendees.Any(a => a.StakeholderId == id));
        DateOnly? Invited(string id) => deal.Exchanges.Where(e => e.Status == ExchangeStatus.Planned && e.Date >= asOf && e.CustomerAttendees.Any(a => a.StakeholderId == id))
            .Select(e => (DateOnly?)e.Date).Min();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in deal.Stages.Where(s => s.Start is null || s.Start <= asOf).OrderBy(s => s.Number))
        {
            foreach (var person in stage.Audience.Select(id => deal.Stakeholders.FirstOrDefault(s => s.Id == id)).OfType<Stakeholder>())
            {
                if (!AudienceAnalysis.IsKey(person) || Met(person.Id) > 0 || !reported.Add(person.Id))
                    continue;
                found.Add(new Adjustment(AdjustmentKind.PersonNotMet,
                    v.PersonNotMet(stage.Number, stage.Name, person.Name, v.Label(person.Role), stage.End is { } end && end < asOf, Invited(person.Id))));
            }
        }
        // The decision maker met once (or never) when the deal is already refining its solution: one contact does not carry a decision.
        if (deal.Stage >= DealStage.SolutionRefinement)
        {
            foreach (var maker in deal.Stakeholders.Where(s => s.Role == DecisionRole.DecisionMaker && Met(s.Id) <= 1 && !reported.Contains(s.Id)))
                found.Add(new Adjustment(AdjustmentKind.PersonNotMet, v.DecisionMakerMetOnce(maker.Name, Met(maker.Id), Invited(maker.Id))));
        }
    }

    private static void StagesBehind(Deal deal, List<Exchange> held, DateOnly asOf, Vocabulary v, List<Adjustment> found)
    {
        var tender = deal.Project.Milestones.Where(m => m.Tender).OrderBy(m => m.Date).ToList();
        foreach (var stage in deal.Stages.OrderBy(s => s.Number))
        {
            // Behind: the stage is over and nothing was held since it began (a later stage's exchange means the deal moved on).
            if (stage is { Start: { } start, End: { } end } && end < asOf && !held.Any(e => e.Date >= start))
                found.Add(new Adjustment(AdjustmentKind.StageBehind, v.StagePassedWithoutExchange(stage.Number, stage.Name, end)));
            if (tender.Count > 0 && stage.Start is { } s && s > tender[^1].Date)
                found.Add(new Adjustment(AdjustmentKind.StageBehind, v.StageAfterTender(stage.Number, stage.Name, s, tender[^1].Name, tender[^1].Date)));
        }
        var next = tender.FirstOrDefault(m => m.Date >= asOf);
        if (next is not null && next.Date.DayNumber - asOf.DayNumber <= TenderNearDays && deal.Stage < DealStage.SolutionRefinement)
            found.Add(new Adjustment(AdjustmentKind.StageBehind, v.TenderNear(next.Name, next.Date, next.Date.DayNumber - asOf.DayNumber, v.Label(deal.Stage))));
    }

    // Which of the six elements a reported move touches, by the words it uses; a clause saying what the competitor
    // lacks ("但缺少本行业案例", "but has no references") is its weakness, not its move.
    private static List<CompetitiveElement> Elements(string move)
    {
        var clauses = System.Text.RegularExpressions.Regex.Split(move.ToLowerInvariant(), @"[,，;；]|\bbut\b|但|却");
        var text = string.Join(" ", clauses.Where(c => !System.Text.RegularExpressions.Regex.IsMatch(c, @"缺少|没有|缺乏|\bno\b|\blacks?\b|\bwithout\b|\bnot\b")));
        bool Any(params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
        var elements = new List<CompetitiveElement>();
        if (Any("价", "报价", "免费", "成本", "price", "cost", "free", "discount", "rate", "cheap"))
            elements.Add(CompetitiveElement.Price);
        if (Any("运维", "驻场", "服务", "维保", "service", "support", "maintenance", "on-site"))
            elements.Add(CompetitiveElement.Service);
        if (Any("案例", "样板", "reference", "case"))
            elements.Add(CompetitiveElement.CustomersAndReferences);
        if (Any("方案", "产品", "演示", "国产", "平台", "proposal", "product", "platform", "warehouse", "demo", "solution"))
            elements.Add(CompetitiveElement.ProductAndSolution);
        if (Any("交付", "实施", "割接", "deliver", "implement", "migration"))
            elements.Add(CompetitiveElement.Implementation);
        if (Any("领导", "高层", "关系", "品牌", "规模", "brand", "relationship", "executive", "cio", "leadership"))
            elements.Add(CompetitiveElement.Company);
        return elements;
    }
}
