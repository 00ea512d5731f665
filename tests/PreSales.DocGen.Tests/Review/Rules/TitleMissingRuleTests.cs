using PreSales.DocGen.Review;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class TitleMissingRuleTests
{
    [Fact]
    public void A_slide_with_content_but_no_title_is_an_error()
    {
        var deck = new TestDeck().Slide(s => s.Title("有标题")).Slide(s => s.Bullets("只有正文"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "title-missing"));
        Assert.Equal(2, finding.Slide);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void On_a_blank_layout_the_top_largest_text_is_the_title()
    {
        var deck = new TestDeck().Slide(s => s.OnBlankLayout().TextBox("Code-made title", 0.5, 0.3, 12, 1, sizePt: 36).TextBox("Body text here", 0.5, 2, 12, 3, sizePt: 20));
        Assert.Empty(SampleDecks.Findings(deck, "title-missing"));
        Assert.Equal("Code-made title", SampleDecks.Read(deck).Slides[0].Title);
    }

    [Fact]
    public void Text_low_on_the_slide_is_not_a_title()
    {
        var deck = new TestDeck().Slide(s => s.OnBlankLayout().TextBox("Only a footnote-like text", 0.5, 6, 12, 1, sizePt: 20));
        Assert.Single(SampleDecks.Findings(deck, "title-missing"));
    }
}
