using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class NoStructureRuleTests
{
    [Fact]
    public void No_agenda_and_no_closing_are_two_findings()
    {
        var deck = new TestDeck();
        for (var i = 0; i < 6; i++)
            deck.Slide(s => s.Title($"内容 {i}").Bullets("文字"));
        var findings = SampleDecks.Findings(deck, "no-structure");
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.English.Contains("agenda"));
        Assert.Contains(findings, f => f.Message.English.Contains("summary"));
    }

    [Fact]
    public void Short_decks_are_not_judged()
    {
        var deck = new TestDeck().Slide(s => s.Title("一页").Bullets("文字"));
        Assert.Empty(SampleDecks.Findings(deck, "no-structure"));
    }

    [Fact]
    public void Clean_deck_has_agenda_and_closing() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanEnglish(), "no-structure"));
}
