using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class FontTooSmallRuleTests
{
    [Fact]
    public void Twelve_point_body_text_is_too_small()
    {
        var deck = new TestDeck().Slide(s => s.Title("小字").TextBox("小字正文", 1, 2, 6, 1, sizePt: 12));
        var finding = Assert.Single(SampleDecks.Findings(deck, "font-too-small"));
        Assert.Contains("12", finding.Message.English);
    }

    [Fact]
    public void Inherited_placeholder_sizes_are_used() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "font-too-small"));
}
