using PreSales.DocGen.Deals;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Review.Rules;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Review.Support;

/// <summary>The deal the clean decks respect, and reviewing a deck.</summary>
public static partial class SampleDecks
{
    /// <summary>A deal whose customer, hot buttons and competitors the clean decks respect.</summary>
    public static Deal Deal(DealLanguage language = DealLanguage.ZhCN) => TestDeals.Minimal(language) with
    {
        Customer = new Customer
        {
            Name = language == DealLanguage.ZhCN ? Customer : "Metro Telecom Branch",
            ShortName = language == DealLanguage.ZhCN ? CustomerShort : "Metro Telecom",
            Industry = "Telecom",
        },
        Stakeholders =
        [
            TestDeals.Person("cto", DecisionRole.DecisionMaker) with { HotButtons = [language == DealLanguage.ZhCN ? "集团内快速见效" : "fast first success in the group"] },
        ],
        Competitors = [new Competitor { Id = "e", Name = language == DealLanguage.ZhCN ? "华信集成" : "Huaxin Integration" }],
    };

    public static DeckFacts Read(TestDeck deck) => DeckReader.Read(deck.SaveTemp());

    public static ReviewResult Review(TestDeck deck, Deal? deal = null, double? minutes = null, RuleSettings? settings = null) =>
        DeckReview.Run(Read(deck), deal, minutes, settings);

    /// <summary>Findings of one rule.</summary>
    public static List<Finding> Findings(ReviewResult result, string rule) => result.Findings.Where(f => f.Rule == rule).ToList();

    /// <summary>Findings of one rule on a deck.</summary>
    public static List<Finding> Findings(TestDeck deck, string rule, Deal? deal = null, double? minutes = null) => Findings(Review(deck, deal, minutes), rule);
}
