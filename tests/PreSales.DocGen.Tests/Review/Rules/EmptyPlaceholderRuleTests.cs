using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class EmptyPlaceholderRuleTests
{
    [Fact]
    public void Empty_body_placeholder_is_flagged()
    {
        var deck = new TestDeck().Slide(s => s.Title("标题").EmptyBody());
        var finding = Assert.Single(SampleDecks.Findings(deck, "empty-placeholder"));
        Assert.StartsWith("Content", finding.Shape);
    }

    [Fact]
    public void Filled_placeholders_pass() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "empty-placeholder"));
}
