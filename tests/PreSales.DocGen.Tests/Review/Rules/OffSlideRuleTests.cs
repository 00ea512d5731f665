using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class OffSlideRuleTests
{
    [Fact]
    public void Shapes_beyond_the_edge_or_outside_are_flagged()
    {
        var deck = new TestDeck().Slide(s => s.Title("越界").TextBox("伸出右边", 10, 2, 5, 1).Picture("外面的图", 14, 1, 2, 2));
        var findings = SampleDecks.Findings(deck, "off-slide");
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.English.Contains("entirely"));
    }

    [Fact]
    public void A_turned_text_box_is_judged_on_its_turned_corners()
    {
        // 4×0.8 in at the top, inside the slide upright; turned a quarter, it stands 0.8×4 in about its centre
        // (y −1.4–2.6 in) and leaves the top.
        var top = new TestDeck().Slide(s => s.Title("旋转").TextBox("竖排的字", 5, 0.2, 4, 0.8, rotation: 90));
        var upright = new TestDeck().Slide(s => s.Title("旋转").TextBox("竖排的字", 5, 0.2, 4, 0.8));
        Assert.Single(SampleDecks.Findings(top, "off-slide"));
        Assert.Empty(SampleDecks.Findings(upright, "off-slide"));
        // Upright it would stick out on the right (x 11–14 in); turned, it stands at x 12.1–12.9 in, inside.
        var right = new TestDeck().Slide(s => s.Title("旋转").TextBox("竖排的字", 11, 3, 3, 0.8, rotation: 270));
        Assert.Empty(SampleDecks.Findings(right, "off-slide"));
        Assert.Single(SampleDecks.Findings(new TestDeck().Slide(s => s.Title("旋转").TextBox("竖排的字", 11, 3, 3, 0.8)), "off-slide"));
    }

    [Fact]
    public void A_text_box_in_a_turned_group_is_judged_where_the_group_turns_it()
    {
        // The group's box is the text box's; turned 45°, the 6×1 in box's corners reach 2.5 in above its centre at y 0.9 in.
        var turned = new TestDeck().Slide(s => s.Title("旋转的组").Group(4, 0.4, 6, 1, 45, g => g.TextBox("组里的字", 4, 0.4, 6, 1)));
        var upright = new TestDeck().Slide(s => s.Title("旋转的组").Group(4, 0.4, 6, 1, 0, g => g.TextBox("组里的字", 4, 0.4, 6, 1)));
        Assert.Single(SampleDecks.Findings(turned, "off-slide"));
        Assert.Empty(SampleDecks.Findings(upright, "off-slide"));
    }

    [Fact]
    public void Shapes_inside_pass() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "off-slide"));
}
