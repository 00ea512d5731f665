using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class TitleShrunkRuleTests
{
    [Fact]
    public void A_title_too_long_for_its_shrinking_box_is_flagged()
    {
        // The test master's title box (828 × 104 pt, 44 pt, normAutofit) holds two lines: 90 characters need five.
        var deck = new TestDeck().Slide(s => s.Title(new string('长', 90)).Bullets("要点"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "title-shrunk"));
        Assert.Contains("shrunk to about", finding.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_fits_or_shrinks_a_little_passes()
    {
        var deck = new TestDeck()
            .Slide(s => s.Title("一行标题").Bullets("要点"))
            .Slide(s => s.Title("The title of a slide that wraps to two lines in the box, and a few words more than fit").Bullets("point"));
        Assert.Empty(SampleDecks.Findings(deck, "title-shrunk"));
    }
}
