using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Review.Rules;

namespace PreSales.DocGen.Review;

/// <summary>What a review produced.</summary>
/// <param name="Deck">The deck's facts.</param>
/// <param name="Findings">Findings in rule order, then slide order.</param>
/// <param name="Score">The scores.</param>
/// <param name="EstimatedMinutes">Estimated speaking time, minutes.</param>
/// <param name="AllottedMinutes">The time the review checked against, when known.</param>
public sealed record ReviewResult(DeckFacts Deck, IReadOnlyList<Finding> Findings, ReviewScore Score, double EstimatedMinutes, double? AllottedMinutes)
{
    /// <summary>Whether any finding is at or above a severity.</summary>
    public bool Has(Severity atLeast) => Findings.Any(f => f.Severity <= atLeast);
}

/// <summary>Runs the rules over a deck: pure, no files.</summary>
public static class DeckReview
{
    /// <summary>Reviews a deck's facts, with a deal when one is given. Deal-aware rules are skipped without one.</summary>
    public static ReviewResult Run(DeckFacts deck, Deal? deal = null, double? minutes = null, RuleSettings? settings = null)
    {
        settings ??= RuleSettings.Default;
        var allotted = minutes ?? (deal is null ? null : ExchangeChecklist.NextExchange(deal)?.DurationMinutes);
        var context = new RuleContext(deck, deal, allotted, settings);
        var findings = RuleRegistry.All
            .Where(rule => settings.IsEnabled(rule) && (!rule.NeedsDeal || deal is not null))
            .SelectMany(rule => rule.Check(context).OrderBy(f => f.Slide ?? 0))
            .ToList();
        return new ReviewResult(deck, findings, ReviewScore.Of(findings), Math.Round(SpeakingTime.Of(deck), 1), allotted);
    }
}
