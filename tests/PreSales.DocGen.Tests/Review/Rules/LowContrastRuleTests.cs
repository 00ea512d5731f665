using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class LowContrastRuleTests
{
    [Fact]
    public void Light_grey_on_white_is_too_faint()
    {
        var deck = new TestDeck().Slide(s => s.Title("对比度").TextBox("浅灰色的字", 1, 2, 6, 1, sizePt: 20, color: "CCCCCC"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "low-contrast"));
        Assert.Contains("#CCCCCC", finding.Message.English);
    }

    [Fact]
    public void The_slide_background_counts()
    {
        // Black text (theme tx1) is fine on white, unreadable on a dark navy background.
        var dark = new TestDeck().Slide(s => s.Title("深色背景").Background("102040").TextBox("默认颜色的字", 1, 2, 6, 1));
        var light = new TestDeck().Slide(s => s.Title("浅色背景").TextBox("默认颜色的字", 1, 2, 6, 1));
        Assert.NotEmpty(SampleDecks.Findings(dark, "low-contrast"));
        Assert.Empty(SampleDecks.Findings(light, "low-contrast"));
    }

    [Fact]
    public void White_text_on_a_dark_box_passes_and_on_a_light_box_fails()
    {
        var good = new TestDeck().Slide(s => s.Title("框").TextBox("白字", 1, 2, 6, 1, color: "FFFFFF", fill: "1F3864"));
        var bad = new TestDeck().Slide(s => s.Title("框").TextBox("白字", 1, 2, 6, 1, color: "FFFFFF", fill: "FFE699"));
        Assert.Empty(SampleDecks.Findings(good, "low-contrast"));
        Assert.Single(SampleDecks.Findings(bad, "low-contrast"));
    }

    [Fact]
    public void Large_text_needs_only_three_to_one()
    {
        // #888888 on white is 3.5:1: fails for 20 pt, passes for 28 pt bold… and for 24 pt.
        var small = new TestDeck().Slide(s => s.Title("t").TextBox("灰字", 1, 2, 6, 1, sizePt: 16, color: "888888"));
        var large = new TestDeck().Slide(s => s.Title("t").TextBox("灰字", 1, 2, 6, 1, sizePt: 24, color: "888888"));
        Assert.Single(SampleDecks.Findings(small, "low-contrast"));
        Assert.Empty(SampleDecks.Findings(large, "low-contrast"));
    }

    [Fact]
    public void Text_on_a_picture_is_not_judged()
    {
        var deck = new TestDeck().Slide(s => s.Title("图上文字").Picture("背景图", 0, 0, 13.33, 7.5).TextBox("白字", 1, 2, 6, 1, color: "FFFFFF"));
        Assert.Empty(SampleDecks.Findings(deck, "low-contrast"));
    }
}
