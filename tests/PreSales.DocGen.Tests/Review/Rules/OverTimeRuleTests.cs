using PreSales.DocGen.Review;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class OverTimeRuleTests
{
    [Fact]
    public void Notes_longer_than_the_time_are_flagged()
    {
        // 4 slides × 400 characters of notes = 8 minutes at 200 characters a minute.
        var deck = new TestDeck();
        for (var i = 0; i < 4; i++)
            deck.Slide(s => s.Title($"页 {i}").Notes(new string('讲', 400)));
        var result = SampleDecks.Review(deck, minutes: 5);
        Assert.Equal(8, result.EstimatedMinutes);
        Assert.Single(SampleDecks.Findings(result, "over-time"));
        Assert.Empty(SampleDecks.Findings(deck, "over-time", minutes: 10));
    }

    [Fact]
    public void English_notes_are_timed_at_140_words_a_minute()
    {
        var deck = new TestDeck().Slide(s => s.Title("One").Notes(string.Join(' ', Enumerable.Repeat("word", 280))));
        Assert.Equal(2, SampleDecks.Review(deck).EstimatedMinutes);
    }

    [Fact]
    public void Without_a_time_there_is_no_judgement() =>
        Assert.Empty(SampleDecks.Findings(new TestDeck().Slide(s => s.Title("x").Notes(new string('讲', 4000))), "over-time"));
}
