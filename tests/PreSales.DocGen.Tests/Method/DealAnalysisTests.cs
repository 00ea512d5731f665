using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Method;

public class DealAnalysisTests
{
    [Fact]
    public void Unknown_facts_no_decision_maker_and_no_positioning_block()
    {
        var analysis = DealAnalysis.Of(TestDeals.Minimal(DealLanguage.EnUS));
        Assert.True(analysis.HasBlockingGaps);
        Assert.Equal(8, analysis.Blocking.Count);
        Assert.Contains("no decision maker identified", analysis.Blocking);
    }

    [Fact]
    public void A_planned_deal_has_no_blocking_gap()
    {
        var deal = TestDeals.Minimal() with
        {
            KeyFacts = ExchangeChecklistTests.AllKnown(),
            Stakeholders = [TestDeals.Person("boss", DecisionRole.DecisionMaker)],
            Positioning = new Positioning { Importance = Grade.High, Likelihood = Grade.Medium },
        };
        var analysis = DealAnalysis.Of(deal);
        Assert.False(analysis.HasBlockingGaps, string.Join("; ", analysis.Blocking));
        Assert.Equal(Position.AllOut, analysis.Position!.Recommended);
    }

    [Fact]
    public void The_json_form_has_codes_and_labels_in_the_deal_language()
    {
        var json = DealAnalysisJson.ToNode(DealAnalysis.Of(TestDeals.Minimal()));
        Assert.Equal("discovery", json["stage"]!["code"]!.GetValue<string>());
        Assert.Equal("项目挖掘", json["stage"]!["label"]!.GetValue<string>());
        Assert.Equal(6, json["keyFactGaps"]!.AsArray().Count);
    }
}
