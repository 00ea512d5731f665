using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class NoAskRuleTests
{
    [Fact]
    public void A_closing_that_asks_nothing_is_flagged()
    {
        var deck = new TestDeck()
            .Slide(s => s.Title("标题"))
            .Slide(s => s.Title("方案").Bullets("平台"))
            .Slide(s => s.Title("回顾").Bullets("我们介绍了平台"))
            .Slide(s => s.Title("谢谢"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "no-ask"));
        Assert.Equal(3, finding.Slide);
    }

    [Fact]
    public void Next_steps_are_an_ask() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "no-ask"));
}
