using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Method;

/// <summary>How one competitor should be handled: play down its strengths, expose its weaknesses.</summary>
/// <param name="Competitor">The competitor.</param>
/// <param name="PlayDown">Elements where it is rated above us, largest gap first.</param>
/// <param name="Expose">Elements where it is rated below us, largest gap first.</param>
public sealed record CompetitorPlay(Competitor Competitor, IReadOnlyList<CompetitiveElement> PlayDown, IReadOnlyList<CompetitiveElement> Expose);

/// <summary>The competitive-thinking summary (竞争思维, METHOD §2.1).</summary>
/// <param name="Stress">Our strengths to stress: elements where no competitor is rated above us, the lead elements first.</param>
/// <param name="Reframe">Our weaknesses to play down or reframe: elements where a competitor is rated above us.</param>
/// <param name="Competitors">Per competitor, what to play down and what to expose.</param>
/// <param name="Main">The main competitor: the highest total rating, the strength class breaking ties.</param>
/// <param name="HasRatings">Whether ratings were available; without them only the text strengths and weaknesses apply.</param>
public sealed record CompetitiveSummary(
    IReadOnlyList<CompetitiveElement> Stress,
    IReadOnlyList<CompetitiveElement> Reframe,
    IReadOnlyList<CompetitorPlay> Competitors,
    Competitor? Main,
    bool HasRatings);

/// <summary>Competitive thinking from the six-element ratings (METHOD §2.1, §2.4).</summary>
public static class CompetitiveThinking
{
    /// <summary>Summarises a deal's competition.</summary>
    public static CompetitiveSummary Summarize(Deal deal)
    {
        var rated = deal.Competitors.Where(c => c.Rating is not null).ToList();
        var main = deal.Competitors
            .OrderByDescending(c => c.Rating?.Total ?? 0)
            .ThenBy(c => c.StrengthClass)
            .FirstOrDefault();
        if (deal.OurRating is not { } us || rated.Count == 0)
            return new CompetitiveSummary([], [], deal.Competitors.Select(c => new CompetitorPlay(c, [], [])).ToList(), main, false);

        var lead = deal.Strategy?.LeadElements ?? [];
        var elements = Enum.GetValues<CompetitiveElement>();
        int BestRival(CompetitiveElement e) => rated.Max(c => c.Rating![e]);
        var stress = elements
            .Where(e => us[e] >= BestRival(e))
            .OrderBy(e => lead.Contains(e) ? lead.ToList().IndexOf(e) : int.MaxValue)
            .ThenByDescending(e => us[e] - BestRival(e))
            .ThenByDescending(e => us[e])
            .ToList();
        var reframe = elements
            .Where(e => us[e] < BestRival(e))
            .OrderByDescending(e => BestRival(e) - us[e])
            .ToList();
        var plays = deal.Competitors.Select(c => Play(c, us, elements)).ToList();
        return new CompetitiveSummary(stress, reframe, plays, main, true);
    }

    private static CompetitorPlay Play(Competitor competitor, ElementRatings us, CompetitiveElement[] elements)
    {
        if (competitor.Rating is not { } them)
            return new CompetitorPlay(competitor, [], []);
        var playDown = elements.Where(e => them[e] > us[e]).OrderByDescending(e => them[e] - us[e]).ToList();
        var expose = elements.Where(e => them[e] < us[e]).OrderByDescending(e => us[e] - them[e]).ToList();
        return new CompetitorPlay(competitor, playDown, expose);
    }
}
