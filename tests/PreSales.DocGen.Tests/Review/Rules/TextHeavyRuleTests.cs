using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class TextHeavyRuleTests
{
    [Fact]
    public void Seven_bullets_are_too_many()
    {
        var deck = new TestDeck().Slide(s => s.Title("要点").Bullets("一", "二", "三", "四", "五", "六", "七"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "text-heavy"));
        Assert.Equal(1, finding.Slide);
        Assert.Contains("7", finding.Message.Chinese);
    }

    [Fact]
    public void Chinese_is_counted_in_characters()
    {
        var deck = new TestDeck()
            .Slide(s => s.Title("长段落").Bullets(new string('字', 160)))
            .Slide(s => s.Title("短段落").Bullets(new string('字', 100)));
        Assert.Equal([1], SampleDecks.Findings(deck, "text-heavy").Select(f => f.Slide!.Value));
    }

    [Fact]
    public void English_is_counted_in_words()
    {
        var deck = new TestDeck()
            .Slide(s => s.Title("Long").Bullets(string.Join(' ', Enumerable.Repeat("word", 90))))
            .Slide(s => s.Title("Short").Bullets(string.Join(' ', Enumerable.Repeat("word", 60))));
        Assert.Equal([1], SampleDecks.Findings(deck, "text-heavy").Select(f => f.Slide!.Value));
    }

    [Fact]
    public void Mixed_text_adds_both_shares()
    {
        var deck = new TestDeck().Slide(s => s.Title("Mixed").Bullets(new string('字', 100) + " " + string.Join(' ', Enumerable.Repeat("word", 40))));
        Assert.Single(SampleDecks.Findings(deck, "text-heavy"));
    }

    [Fact]
    public void Labels_of_a_diagram_are_not_bullets()
    {
        // A timeline made of twelve one-line text boxes (dates and steps), as generated decks draw it.
        var deck = new TestDeck().Slide(s =>
        {
            s.Title("推进计划");
            for (var i = 0; i < 4; i++)
                s.TextBox($"2026-0{i + 6}", 0.5 + i * 3, 2, 2.5, 0.4).TextBox($"{i + 1}", 1.5 + i * 3, 2.5, 0.5, 0.5, fill: "1F5597", color: "FFFFFF").TextBox($"阶段 {i + 1}", 0.5 + i * 3, 3.1, 2.5, 0.4);
        });
        Assert.Empty(SampleDecks.Findings(deck, "text-heavy"));
    }

    [Fact]
    public void Clean_deck_is_not_text_heavy() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "text-heavy"));
}
