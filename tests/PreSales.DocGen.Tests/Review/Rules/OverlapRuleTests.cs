using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class OverlapRuleTests
{
    [Fact]
    public void Overlapping_text_boxes_are_flagged()
    {
        var deck = new TestDeck().Slide(s => s.Title("重叠").TextBox("第一段", 1, 2, 5, 2).TextBox("第二段", 2, 2.5, 5, 2));
        Assert.Single(SampleDecks.Findings(deck, "overlap"));
    }

    [Fact]
    public void Text_on_a_filled_box_is_a_design_not_an_overlap()
    {
        var deck = new TestDeck().Slide(s => s.Title("标签").TextBox("底框", 1, 2, 5, 2, fill: "DDEBF7").TextBox("框上文字", 1.5, 2.5, 4, 1));
        Assert.Empty(SampleDecks.Findings(deck, "overlap"));
    }
}
