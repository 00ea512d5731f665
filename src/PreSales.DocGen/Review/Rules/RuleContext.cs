using PreSales.DocGen.Deals;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>What a rule sees: the deck, the deal when given, the allotted time and the settings.</summary>
/// <param name="Deck">The deck's facts.</param>
/// <param name="Deal">The deal the deck is for, when known.</param>
/// <param name="AllottedMinutes">The time the presenter has, when known (--minutes or the deal's next exchange).</param>
/// <param name="Settings">Rule settings from the rules file.</param>
public sealed record RuleContext(DeckFacts Deck, Deal? Deal, double? AllottedMinutes, RuleSettings Settings);
