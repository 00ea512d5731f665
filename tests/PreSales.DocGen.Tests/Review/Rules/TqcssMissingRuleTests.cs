using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class TqcssMissingRuleTests
{
    [Fact]
    public void Names_the_missing_parts()
    {
        var deck = new TestDeck();
        for (var i = 0; i < 6; i++)
            deck.Slide(s => s.Title($"产品功能 {i}").Bullets("我们的平台"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "tqcss-missing"));
        Assert.Contains("趋势", finding.Message.Chinese);
        Assert.Contains("案例", finding.Message.Chinese);
        Assert.DoesNotContain("方案 S", finding.Message.Chinese);
    }

    [Fact]
    public void Clean_decks_cover_tqcss()
    {
        Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "tqcss-missing"));
        Assert.Empty(SampleDecks.Findings(SampleDecks.CleanEnglish(), "tqcss-missing"));
    }
}
