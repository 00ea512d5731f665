using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Review.Support;
using SkiaSharp;

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

    // A blue ground with a darker ribbon painted into it (x 32–96, y 4–16 of 128×72: 3.3–10 in across, 0.42–1.67 in
    // down a 13.33×7.5 in slide), as Metropolis paints its title ribbon into its background picture.
    private static readonly byte[] Ribbon = LowContrastRuleTests.Photo((x, y) => x is >= 32 and < 96 && y is >= 4 and < 16 ? new SKColor(41, 75, 120) : new SKColor(62, 113, 181), SKEncodedImageFormat.Png, 128, 72);

    // White paper with a yellow pencil drawn across its top right (from x 100 at the top down to x 80 at y 20).
    private static readonly byte[] Pencil = LowContrastRuleTests.Photo((x, y) => y < 24 && x >= 100 - y && x < 110 - y ? new SKColor(240, 208, 80) : new SKColor(255, 255, 255), SKEncodedImageFormat.Png, 128, 72);

    private static List<Finding> PictureFindings(string path) => DeckReview.Run(DeckReader.Read(path)).Findings.Where(f => f.Rule == "decoration-overlap").ToList();

    [Fact]
    public void Text_on_a_ribbon_painted_into_the_background_picture_passes_and_text_running_past_it_is_flagged()
    {
        var inside = LowContrastRuleTests.WithBackgroundPicture(new TestDeck().Slide(s => s.Title("色带").TextBox("短标题", 3.5, 0.5, 6, 1, sizePt: 24, color: "FFFFFF")), Ribbon);
        var past = LowContrastRuleTests.WithBackgroundPicture(new TestDeck().Slide(s => s.Title("色带").TextBox("一个很长的标题,两行放不下就伸到色带外面的蓝底上去了", 3.5, 0.2, 6, 2.6, sizePt: 32, color: "FFFFFF")), Ribbon);
        Assert.Empty(PictureFindings(inside));
        var finding = Assert.Single(PictureFindings(past));
        Assert.Contains("differs from its ground", finding.Message.English, StringComparison.Ordinal);
        Assert.Contains("底色不同", finding.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_over_a_pencil_drawn_into_the_background_picture_is_flagged_and_text_on_the_paper_beside_it_is_not()
    {
        // The pencil lies right of 8.3 in at the top of the slide; a short left-aligned title ends well before it.
        var beside = LowContrastRuleTests.WithBackgroundPicture(new TestDeck().Slide(s => s.Title("铅笔").TextBox("Agenda", 0.5, 0.3, 12, 1, sizePt: 28, color: "000000")), Pencil);
        var over = LowContrastRuleTests.WithBackgroundPicture(new TestDeck().Slide(s => s.Title("铅笔").TextBox("What success takes: a pilot-site test and its criteria", 0.5, 0.3, 12, 1, sizePt: 28, color: "000000")), Pencil);
        Assert.Empty(PictureFindings(beside));
        Assert.Single(PictureFindings(over));
    }
}
