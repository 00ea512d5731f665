using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class GenericContentRuleTests
{
    private static TestDeck Generic()
    {
        var deck = new TestDeck().Slide(s => s.Title("智慧网络解决方案").Bullets("2026"));
        for (var i = 0; i < 5; i++)
            deck.Slide(s => s.Title($"产品功能 {i}").Bullets("高性能", "高可靠"));
        return deck;
    }

    [Fact]
    public void Without_a_deal_an_opening_that_names_no_audience_is_flagged() => Assert.Single(SampleDecks.Findings(Generic(), "generic-content"));

    [Fact]
    public void With_a_deal_missing_customer_and_hot_buttons_are_two_findings()
    {
        var findings = SampleDecks.Findings(Generic(), "generic-content", SampleDecks.Deal());
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Chinese.Contains(SampleDecks.CustomerShort));
        Assert.Contains(findings, f => f.Message.Chinese.Contains("兴奋点"));
    }

    [Fact]
    public void Clean_deck_names_the_customer_and_its_hot_button() =>
        Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "generic-content", SampleDecks.Deal()));
}
