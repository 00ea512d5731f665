using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class CommentsLeftRuleTests
{
    [Fact]
    public void Legacy_comments_are_found()
    {
        var deck = new TestDeck().Slide(s => s.Title("页")).Slide(s => s.Title("有批注").Comment("数字再核对一下").Comment("换个图"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "comments-left"));
        Assert.Equal(2, finding.Slide);
        Assert.Contains("2", finding.Message.English);
    }

    [Fact]
    public void No_comments_no_finding() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "comments-left"));
}
