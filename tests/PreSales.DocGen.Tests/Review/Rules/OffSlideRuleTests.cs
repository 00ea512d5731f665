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
    public void Shapes_inside_pass() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "off-slide"));
}
