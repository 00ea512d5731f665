using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Deals;

public class SampleDealTests
{
    [Theory]
    [InlineData("telecom-pilot.zh-CN.json", DealLanguage.ZhCN)]
    [InlineData("telecom-pilot.en-US.json", DealLanguage.EnUS)]
    public void The_samples_load_and_carry_the_seed_case(string file, DealLanguage language)
    {
        var deal = TestDeals.Sample(file);
        Assert.Equal(language, deal.Language);
        Assert.Equal(5, deal.Competitors.Count); // B–F compete with us, A
        Assert.Contains(deal.Competitors, c => c.StrengthClass == StrengthClass.Strong);
        Assert.Contains(deal.Competitors, c => c.LikelyStrategy is null); // E's and F's strategies are unknown in the case
        Assert.True(deal.Exchanges.Count(e => e.Kind == ExchangeKind.Formal && e.Status == ExchangeStatus.Held) >= 2);
        Assert.Contains(deal.Exchanges, e =>
            Enum.GetValues<QuestionKind>().All(k => e.Questions.Any(q => q.Kind == k)) && e.ActionItems.Count > 0);
        // Invented details are marked as sample data in the file itself.
        Assert.Contains(language == DealLanguage.ZhCN ? "示例" : "sample", deal.Description ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_two_samples_are_the_same_deal()
    {
        var zh = TestDeals.Sample("telecom-pilot.zh-CN.json");
        var en = TestDeals.Sample("telecom-pilot.en-US.json");
        Assert.Equal(zh.Stakeholders.Select(s => (s.Id, s.Role, s.Stance, s.Influence)), en.Stakeholders.Select(s => (s.Id, s.Role, s.Stance, s.Influence)));
        Assert.Equal(zh.Competitors.Select(c => (c.Id, c.Rating)), en.Competitors.Select(c => (c.Id, c.Rating)));
        Assert.Equal(zh.Exchanges.Select(e => (e.Date, e.Kind, e.Status)), en.Exchanges.Select(e => (e.Date, e.Kind, e.Status)));
        Assert.Equal(DealAnalysis.Of(zh).Blocking.Count, DealAnalysis.Of(en).Blocking.Count);
    }
}
