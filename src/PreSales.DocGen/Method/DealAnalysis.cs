using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>The method's reading of a deal: what `presales check` prints.</summary>
/// <param name="Deal">The deal analysed.</param>
/// <param name="Position">The positioning assessment, when the deal has a positioning.</param>
/// <param name="Gaps">Key facts still to gather.</param>
/// <param name="Competition">Competitive thinking.</param>
/// <param name="Audience">The audience of the next exchange (all stakeholders when none is planned).</param>
/// <param name="Checklist">The next exchange's checklist.</param>
/// <param name="Blocking">Gaps that block planning, in the deal's language.</param>
/// <param name="Adjustments">What the held exchanges' new information changes (METHOD §2.5); empty while none is held.</param>
public sealed record DealAnalysis(
    Deal Deal,
    PositionAssessment? Position,
    IReadOnlyList<KeyFactGap> Gaps,
    CompetitiveSummary Competition,
    AudienceSummary Audience,
    NextExchangeChecklist Checklist,
    IReadOnlyList<string> Blocking,
    IReadOnlyList<Adjustment> Adjustments)
{
    /// <summary>Whether anything blocks planning.</summary>
    public bool HasBlockingGaps => Blocking.Count > 0;

    /// <summary>Analyses a deal, as of <paramref name="today"/> or by default its latest held exchange.</summary>
    public static DealAnalysis Of(Deal deal, DateOnly? today = null)
    {
        var v = Vocabulary.For(deal.Language);
        var gaps = KeyFactGaps.Find(deal.KeyFacts);
        var checklist = ExchangeChecklist.For(deal);
        var blocking = gaps.Where(g => g.Blocking)
            .Select(g => v.Pick($"关键信息未知：{v.Label(g.Fact)}", $"key fact unknown: {v.Label(g.Fact)}"))
            .ToList();
        if (!deal.Stakeholders.Any(s => s.Role == DecisionRole.DecisionMaker))
            blocking.Add(v.Pick("尚未识别决策者", "no decision maker identified"));
        if (deal.Positioning is null)
            blocking.Add(v.Pick("尚未做商机定位", "the opportunity is not positioned"));
        return new DealAnalysis(
            deal,
            deal.Positioning is { } p ? OpportunityPositioning.Assess(p) : null,
            gaps,
            CompetitiveThinking.Summarize(deal),
            AudienceAnalysis.Summarize(AudienceAnalysis.AudienceOf(deal, checklist.Exchange)),
            checklist,
            blocking,
            DynamicAdjustment.Review(deal, today));
    }
}
