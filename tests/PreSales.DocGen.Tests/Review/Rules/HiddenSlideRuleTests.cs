using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class HiddenSlideRuleTests
{
    [Fact]
    public void Hidden_slide_is_a_tip()
    {
        var deck = new TestDeck().Slide(s => s.Title("显示")).Slide(s => s.Title("内部价格").Hidden());
        var finding = Assert.Single(SampleDecks.Findings(deck, "hidden-slide"));
        Assert.Equal(2, finding.Slide);
        Assert.Equal(PreSales.DocGen.Review.Severity.Tip, finding.Severity);
    }
}
