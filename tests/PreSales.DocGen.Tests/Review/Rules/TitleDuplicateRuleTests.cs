using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class TitleDuplicateRuleTests
{
    [Fact]
    public void Repeated_title_is_a_tip_on_the_later_slide()
    {
        var deck = new TestDeck().Slide(s => s.Title("方案")).Slide(s => s.Title("方案")).Slide(s => s.Title("案例"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "title-duplicate"));
        Assert.Equal(2, finding.Slide);
        Assert.Equal(PreSales.DocGen.Review.Severity.Tip, finding.Severity);
    }

    [Fact]
    public void Distinct_titles_are_fine() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "title-duplicate"));
}
