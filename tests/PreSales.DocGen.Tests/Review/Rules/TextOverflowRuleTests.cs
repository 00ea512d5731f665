using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class TextOverflowRuleTests
{
    [Fact]
    public void Long_text_in_a_small_box_overflows()
    {
        var deck = new TestDeck().Slide(s => s.Title("溢出").TextBox(new string('字', 120), 1, 2, 3, 1, sizePt: 20));
        Assert.Single(SampleDecks.Findings(deck, "text-overflow"));
    }

    [Fact]
    public void Text_that_fits_does_not()
    {
        var deck = new TestDeck().Slide(s => s.Title("合适").TextBox("一行字", 1, 2, 6, 1, sizePt: 20));
        Assert.Empty(SampleDecks.Findings(deck, "text-overflow"));
    }

    [Fact]
    public void Boxes_that_shrink_text_overflow_only_when_shrinking_to_the_readable_floor_is_not_enough()
    {
        var fits = new TestDeck().Slide(s => s.Title("自动缩小").TextBox(new string('字', 30), 1, 2, 3, 1, sizePt: 24, fit: "<a:normAutofit/>"));
        Assert.Empty(SampleDecks.Findings(fits, "text-overflow"));
        var tooMuch = new TestDeck().Slide(s => s.Title("自动缩小").TextBox(new string('字', 120), 1, 2, 3, 1, sizePt: 20, fit: "<a:normAutofit/>"));
        Assert.Single(SampleDecks.Findings(tooMuch, "text-overflow"));
    }
}
