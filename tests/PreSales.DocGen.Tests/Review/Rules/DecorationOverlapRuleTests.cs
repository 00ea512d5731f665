using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class DecorationOverlapRuleTests
{
    [Fact]
    public void A_picture_over_the_middle_of_text_is_flagged()
    {
        var deck = new TestDeck().Slide(s => s.Title("遮挡").TextBox("一段说明文字,写满这个文本框的宽度", 1, 2, 6, 1).Picture("机房照片", 3, 1.8, 2, 1.5));
        Assert.Single(SampleDecks.Findings(deck, "decoration-overlap"));
    }

    [Fact]
    public void A_picture_beside_short_points_in_a_wide_box_is_not()
    {
        var deck = new TestDeck().Slide(s => s.Title("案例").Bullets("三个月完成试点", "成本降低 30%").Picture("机房照片", 7, 2, 4, 3));
        Assert.Empty(SampleDecks.Findings(deck, "decoration-overlap"));
    }

    [Fact]
    public void A_picture_under_text_is_a_design_not_a_cover()
    {
        var deck = new TestDeck().Slide(s => s.Title("背景图").Picture("机房照片", 3, 1.8, 2, 1.5).TextBox("一段说明文字,写满这个文本框的宽度", 1, 2, 6, 1));
        Assert.Empty(SampleDecks.Findings(deck, "decoration-overlap"));
    }
}
