using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Method;

public class AudienceAnalysisTests
{
    [Fact]
    public void Key_persons_supporters_opponents_and_concerns_by_influence()
    {
        var people = new[]
        {
            TestDeals.Person("boss", DecisionRole.DecisionMaker, Stance.Neutral, 3) with { Concerns = ["Risk of the pilot"] },
            TestDeals.Person("eng", DecisionRole.TechnicalEvaluator, Stance.Supporter, 4) with { Concerns = ["risk of the pilot", "Route Y"], HotButtons = ["Route Y"] },
            TestDeals.Person("ops", DecisionRole.User, Stance.Opponent, 2) with { Concerns = ["Workload"] },
            TestDeals.Person("coach", DecisionRole.Coach, Stance.Supporter, 2) with { KeyPerson = true },
        };
        var summary = AudienceAnalysis.Summarize(people);
        Assert.Equal(["eng", "boss", "coach"], summary.KeyPersons.Select(p => p.Id));
        Assert.Equal(["eng", "coach"], summary.Supporters.Select(p => p.Id));
        Assert.Equal(["ops"], summary.Opponents.Select(p => p.Id));
        var first = summary.Concerns[0];
        Assert.Equal(2, first.Holders.Count); // the same concern in two spellings is one point
        Assert.Equal("Workload", summary.Concerns[^1].Text);
        Assert.Equal("Route Y", Assert.Single(summary.HotButtons).Text);
    }

    [Fact]
    public void The_audience_of_an_exchange_is_its_attendees()
    {
        var deal = TestDeals.Minimal() with { Stakeholders = [TestDeals.Person("a"), TestDeals.Person("b")] };
        var exchange = new Exchange
        {
            Date = new DateOnly(2026, 12, 1), Kind = ExchangeKind.Formal, Stage = DealStage.Discovery, Title = "t",
            CustomerAttendees = [new CustomerAttendee { StakeholderId = "b" }, new CustomerAttendee { Name = "Guest" }],
        };
        Assert.Equal(["b"], AudienceAnalysis.AudienceOf(deal, exchange).Select(s => s.Id));
        Assert.Equal(2, AudienceAnalysis.AudienceOf(deal, null).Count);
    }
}
