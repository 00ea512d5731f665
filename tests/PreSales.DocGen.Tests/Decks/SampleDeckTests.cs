using System.Text.Json;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

public class SampleDeckTests
{
    [Theory]
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("telecom-pilot.en-US.json")]
    public void The_sample_deals_give_a_full_valid_deck_without_competitor_names(string file)
    {
        var deal = TestDeals.Sample(file);
        var planning = DeckPlanner.Plan(deal, new DeckRequest());
        var plan = planning.Plan;
        Assert.True(plan.Slides.Count >= 12, $"{plan.Slides.Count} slides");
        Assert.Contains(plan.Slides, s => s.Chart is not null);
        Assert.Contains(plan.Slides, s => s.Timeline is not null);
        Assert.True(plan.Slides.Count(s => s.Table is not null) >= 2);
        Assert.Equal(deal.Exchanges.Single(e => e.Status == PreSales.DocGen.Deals.ExchangeStatus.Planned).DurationMinutes, plan.DurationMinutes);
        Assert.InRange(plan.Slides.Sum(s => s.Notes!.Minutes), plan.DurationMinutes - 0.5, plan.DurationMinutes + 0.5);
        var text = JsonSerializer.Serialize(plan.Slides, DeckPlanJson.Options);
        foreach (var competitor in deal.Competitors)
            Assert.DoesNotContain(competitor.Name, text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(TestTemplates.Errors(DeckRenderer.Render(plan)));
    }
}
