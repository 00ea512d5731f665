using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class EmptySlideRuleTests
{
    [Fact]
    public void A_slide_with_nothing_is_flagged()
    {
        var deck = new TestDeck().Slide(s => s.Title("有内容")).Slide(s => s.OnBlankLayout());
        var finding = Assert.Single(SampleDecks.Findings(deck, "empty-slide"));
        Assert.Equal(2, finding.Slide);
    }

    [Fact]
    public void A_picture_only_slide_is_not_empty()
    {
        var deck = new TestDeck().Slide(s => s.OnBlankLayout().Picture());
        Assert.Empty(SampleDecks.Findings(deck, "empty-slide"));
    }
}
