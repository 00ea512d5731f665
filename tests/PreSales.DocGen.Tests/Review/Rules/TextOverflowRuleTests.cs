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
    public void Boxes_that_shrink_text_are_left_alone()
    {
        var deck = new TestDeck().Slide(s => s.Title("自动缩小").TextBox(new string('字', 120), 1, 2, 3, 1, sizePt: 20, fit: "<a:normAutofit/>"));
        Assert.Empty(SampleDecks.Findings(deck, "text-overflow"));
    }
}
