using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Method;

/// <summary>A concern or hot button and the people who hold it.</summary>
/// <param name="Text">The concern or hot button, in the stakeholders' words.</param>
/// <param name="Holders">Who holds it, most influential first.</param>
public sealed record HeldPoint(string Text, IReadOnlyList<Stakeholder> Holders);

/// <summary>The audience summary (听众分析, METHOD §4).</summary>
/// <param name="KeyPersons">Key persons: marked key, decision makers, or influence 4 and above; most influential first.</param>
/// <param name="Supporters">Supporters.</param>
/// <param name="Neutrals">Neutrals.</param>
/// <param name="Opponents">Opponents.</param>
/// <param name="Concerns">The concerns to answer, those held by the most influential people first.</param>
/// <param name="HotButtons">The hot buttons to hit, likewise.</param>
public sealed record AudienceSummary(
    IReadOnlyList<Stakeholder> KeyPersons,
    IReadOnlyList<Stakeholder> Supporters,
    IReadOnlyList<Stakeholder> Neutrals,
    IReadOnlyList<Stakeholder> Opponents,
    IReadOnlyList<HeldPoint> Concerns,
    IReadOnlyList<HeldPoint> HotButtons);

/// <summary>Audience analysis over a set of stakeholders (METHOD §4).</summary>
public static class AudienceAnalysis
{
    /// <summary>The influence from which a stakeholder counts as a key person.</summary>
    public const int KeyInfluence = 4;

    /// <summary>Summarises an audience.</summary>
    public static AudienceSummary Summarize(IEnumerable<Stakeholder> audience)
    {
        var people = audience.OrderByDescending(s => s.Influence).ThenBy(s => s.Role).ToList();
        return new AudienceSummary(
            people.Where(IsKey).ToList(),
            people.Where(s => s.Stance == Stance.Supporter).ToList(),
            people.Where(s => s.Stance == Stance.Neutral).ToList(),
            people.Where(s => s.Stance == Stance.Opponent).ToList(),
            Gather(people, s => s.Concerns),
            Gather(people, s => s.HotButtons));
    }

    /// <summary>The audience of an exchange: its customer attendees that are stakeholders, or every stakeholder when it names none.</summary>
    public static IReadOnlyList<Stakeholder> AudienceOf(Deal deal, Exchange? exchange)
    {
        if (exchange is null || exchange.CustomerAttendees.All(a => a.StakeholderId is null))
            return deal.Stakeholders;
        var ids = exchange.CustomerAttendees.Select(a => a.StakeholderId).OfType<string>().ToHashSet();
        return deal.Stakeholders.Where(s => ids.Contains(s.Id)).ToList();
    }

    /// <summary>Whether a stakeholder is a key person.</summary>
    public static bool IsKey(Stakeholder s) => s.KeyPerson || s.Role == DecisionRole.DecisionMaker || s.Influence >= KeyInfluence;

    private static List<HeldPoint> Gather(List<Stakeholder> people, Func<Stakeholder, IReadOnlyList<string>> points) =>
        people
            .SelectMany(s => points(s).Select(p => (Text: p.Trim(), Holder: s)))
            .Where(p => p.Text.Length > 0)
            .GroupBy(p => p.Text, StringComparer.OrdinalIgnoreCase)
            .Select(g => new HeldPoint(g.First().Text, g.Select(p => p.Holder).Distinct().ToList()))
            .OrderByDescending(h => h.Holders.Sum(s => s.Influence))
            .ToList();
}
