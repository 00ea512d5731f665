using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class GenericContentRuleTests
{
    private static TestDeck Generic()
    {
        var deck = new TestDeck().Slide(s => s.Title("智慧网络解决方案").Bullets("2026"));
        for (var i = 0; i < 5; i++)
            deck.Slide(s => s.Title($"产品功能 {i}").Bullets("高性能", "高可靠"));
        return deck;
    }

    [Fact]
    public void Without_a_deal_an_opening_that_names_no_audience_is_flagged() => Assert.Single(SampleDecks.Findings(Generic(), "generic-content"));

    [Fact]
    public void With_a_deal_missing_customer_and_hot_buttons_are_two_findings()
    {
        var findings = SampleDecks.Findings(Generic(), "generic-content", SampleDecks.Deal());
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Chinese.Contains(SampleDecks.CustomerShort));
        Assert.Contains(findings, f => f.Message.Chinese.Contains("兴奋点"));
    }

    [Fact]
    public void Clean_deck_names_the_customer_and_its_hot_button() =>
        Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "generic-content", SampleDecks.Deal()));
}

public class GenericContentAudienceWordsTests
{
    private static TestDeck Opening(string title, string line)
    {
        var deck = new TestDeck().Slide(s => s.Title(title).Bullets(line));
        for (var i = 0; i < 5; i++)
            deck.Slide(s => s.Title($"产品功能 {i}").Bullets("高性能", "高可靠"));
        return deck;
    }

    [Theory]
    [InlineData("我公司解决方案介绍", "我公司致力于网络建设")] // the vendor itself is not the audience
    [InlineData("网络新格局", "全局布局,局域网升级")] // 局 inside ordinary words
    [InlineData("庭院式园区网络", "住院系统与出院流程")] // 院 inside ordinary words
    [InlineData("本公司产品", "致力于高性能、致远")] // 致 inside words
    public void The_vendor_and_single_characters_inside_words_do_not_name_an_audience(string title, string line) =>
        Assert.Single(SampleDecks.Findings(Opening(title, line), "generic-content"));

    [Theory]
    [InlineData("江州市税务局数据平台交流", "方案概述")]
    [InlineData("市第一人民医院信息化交流", "方案概述")]
    [InlineData("交流材料", "致:江州分公司领导")]
    public void A_real_organisation_or_an_address_names_the_audience(string title, string line) =>
        Assert.Empty(SampleDecks.Findings(Opening(title, line), "generic-content"));
}
