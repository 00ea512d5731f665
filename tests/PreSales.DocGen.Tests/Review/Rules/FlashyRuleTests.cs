using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class FlashyRuleTests
{
    [Fact]
    public void Four_typefaces_are_too_many()
    {
        var deck = new TestDeck().Slide(s => s.Title("Fonts")
            .TextBox("one", 1, 2, 3, 1, font: "Arial").TextBox("two", 1, 3, 3, 1, font: "Georgia").TextBox("three", 1, 4, 3, 1, font: "Verdana"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "flashy"));
        Assert.Contains("Georgia", finding.Message.English);
    }

    [Fact]
    public void Many_colours_and_animations_and_wordart_are_flashy()
    {
        string[] colors = ["FF0000", "00AA00", "0000FF", "AA00AA", "FF8800", "00AAAA"];
        var deck = new TestDeck().Slide(s =>
        {
            s.Title("Colours").Animations(3);
            for (var i = 0; i < colors.Length; i++)
                s.TextBox($"text {i}", 1, 1 + i * 0.8, 3, 0.7, color: colors[i]);
            s.TextBox("WOW", 6, 2, 4, 1, wordArt: true);
        });
        var findings = SampleDecks.Findings(deck, "flashy");
        Assert.Contains(findings, f => f.Message.English.Contains("colours"));
        Assert.Contains(findings, f => f.Message.English.Contains("3 animation"));
        Assert.Contains(findings, f => f.Message.English.Contains("WordArt"));
    }

    [Fact]
    public void Chinese_and_latin_faces_are_counted_apart() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "flashy"));
}
