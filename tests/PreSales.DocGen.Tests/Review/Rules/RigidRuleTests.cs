using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class RigidRuleTests
{
    [Fact]
    public void Six_text_slides_in_a_row_on_one_layout_are_rigid()
    {
        var deck = new TestDeck().Slide(s => s.Title("开场").Picture());
        for (var i = 0; i < 6; i++)
            deck.Slide(s => s.Title($"页 {i}").Bullets("文字"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "rigid"));
        Assert.Equal(2, finding.Slide);
    }

    [Fact]
    public void A_picture_breaks_the_run()
    {
        var deck = new TestDeck();
        for (var i = 0; i < 8; i++)
            deck.Slide(s => { s.Title($"页 {i}").Bullets("文字"); if (i == 4) s.Picture(); });
        Assert.Empty(SampleDecks.Findings(deck, "rigid"));
    }
}
