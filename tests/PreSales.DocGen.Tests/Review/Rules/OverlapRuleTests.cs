using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class OverlapRuleTests
{
    [Fact]
    public void Overlapping_text_boxes_are_flagged()
    {
        var deck = new TestDeck().Slide(s => s.Title("重叠").TextBox("第一段文字", 1, 2, 5, 2).TextBox("第二段文字", 1.5, 2.1, 5, 2));
        Assert.Single(SampleDecks.Findings(deck, "overlap"));
    }

    [Fact]
    public void A_note_over_the_empty_bottom_of_the_body_is_not_an_overlap()
    {
        // The body placeholder spans 2.0–6.75 in, its two bullets fill only the top; the source line sits at 6.6 in.
        var deck = new TestDeck().Slide(s => s.Title("来源").Bullets("一条", "两条").TextBox("数据来源:年报", 0.5, 6.6, 8, 0.5));
        Assert.Empty(SampleDecks.Findings(deck, "overlap"));
    }

    [Fact]
    public void A_note_over_a_full_body_is_an_overlap()
    {
        var deck = new TestDeck().Slide(s => s.Title("来源").Bullets(Enumerable.Repeat("很长的一条要点文字", 9).ToArray()).TextBox("数据来源:年报", 0.5, 6.0, 8, 0.5));
        Assert.NotEmpty(SampleDecks.Findings(deck, "overlap"));
    }

    [Fact]
    public void Text_on_a_filled_box_is_a_design_not_an_overlap()
    {
        var deck = new TestDeck().Slide(s => s.Title("标签").TextBox("底框", 1, 2, 5, 2, fill: "DDEBF7").TextBox("框上文字", 1.5, 2.5, 4, 1));
        Assert.Empty(SampleDecks.Findings(deck, "overlap"));
    }
}
