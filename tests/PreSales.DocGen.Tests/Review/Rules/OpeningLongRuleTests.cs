using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class OpeningLongRuleTests
{
    [Fact]
    public void Long_title_and_agenda_notes_are_flagged()
    {
        var deck = new TestDeck()
            .Slide(s => s.Title("标题").Notes(new string('讲', 300)))
            .Slide(s => s.Title("议程").Bullets("一", "二").Notes(new string('讲', 200)))
            .Slide(s => s.Title("内容").Bullets("正文"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "opening-long"));
        Assert.Equal(2, finding.Slide);
    }

    [Fact]
    public void A_short_opening_passes() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "opening-long"));
}
