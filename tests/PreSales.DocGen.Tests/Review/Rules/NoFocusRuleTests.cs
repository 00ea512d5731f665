using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class NoFocusRuleTests
{
    [Fact]
    public void A_slide_far_heavier_than_the_median_is_flagged()
    {
        var deck = new TestDeck().Slide(s => s.Title("标题"));
        for (var i = 0; i < 5; i++)
            deck.Slide(s => s.Title($"页 {i}").Bullets("简短的一句话内容"));
        deck.Slide(s => s.Title("重页").Bullets(new string('长', 140)));
        var finding = Assert.Single(SampleDecks.Findings(deck, "no-focus"));
        Assert.Equal(7, finding.Slide);
    }

    [Fact]
    public void More_slides_than_minutes_is_flagged()
    {
        var deck = new TestDeck();
        for (var i = 0; i < 12; i++)
            deck.Slide(s => s.Title($"页 {i}").Bullets("内容"));
        Assert.Contains(SampleDecks.Findings(deck, "no-focus", minutes: 5), f => f.Slide is null);
        Assert.DoesNotContain(SampleDecks.Findings(deck, "no-focus", minutes: 20), f => f.Slide is null);
    }
}
