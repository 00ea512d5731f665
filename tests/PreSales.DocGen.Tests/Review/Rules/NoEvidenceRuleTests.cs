using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class NoEvidenceRuleTests
{
    [Fact]
    public void Claims_without_figures_cases_or_sources_are_flagged()
    {
        var deck = new TestDeck();
        for (var i = 0; i < 5; i++)
            deck.Slide(s => s.Title($"我们很强 {i}").Bullets("领先的产品", "优秀的团队"));
        Assert.Single(SampleDecks.Findings(deck, "no-evidence"));
    }

    [Fact]
    public void One_figure_is_evidence()
    {
        var deck = new TestDeck();
        for (var i = 0; i < 5; i++)
            deck.Slide(s => s.Title($"我们很强 {i}").Bullets("效率提高 35%"));
        Assert.Empty(SampleDecks.Findings(deck, "no-evidence"));
    }
}
