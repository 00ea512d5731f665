using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class FewVisualsRuleTests
{
    [Fact]
    public void All_text_deck_has_too_few_visuals()
    {
        var deck = new TestDeck();
        for (var i = 0; i < 6; i++)
            deck.Slide(s => s.Title($"页 {i}").Bullets("文字"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "few-visuals"));
        Assert.Null(finding.Slide);
    }

    [Fact]
    public void Deck_with_charts_and_pictures_has_enough() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "few-visuals"));
}
