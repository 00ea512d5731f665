using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Method;

public class ExchangeChecklistTests
{
    private static readonly Exchange Planned = new()
    {
        Date = new DateOnly(2026, 12, 10), Kind = ExchangeKind.Formal, Status = ExchangeStatus.Planned,
        Stage = DealStage.SolutionRefinement, Title = "Solution exchange", Place = "HQ", DurationMinutes = 45,
        CustomerAttendees = [new CustomerAttendee { StakeholderId = "cio" }, new CustomerAttendee { Name = "New face" }],
    };

    [Fact]
    public void Six_steps_in_the_method_order()
    {
        var checklist = ExchangeChecklist.For(TestDeals.Minimal(DealLanguage.EnUS));
        Assert.Equal(Enum.GetValues<PreparationStep>(), checklist.Steps.Select(s => s.Step));
        Assert.Null(checklist.Exchange);
        Assert.Contains(checklist.Steps[0].Missing, m => m.Contains("no exchange is planned"));
    }

    [Fact]
    public void A_prepared_exchange_has_its_steps_done()
    {
        var deal = TestDeals.Minimal(DealLanguage.EnUS) with
        {
            Customer = TestDeals.Minimal().Customer with { Background = "b", Trends = new Trends { Industry = ["5G"] } },
            KeyFacts = AllKnown(),
            Stakeholders = [TestDeals.Person("cio") with { Needs = ["speed"] }],
            Competitors = [new Competitor { Id = "e", Name = "E" }],
            Fab = [new FabItem { Feature = "f", Function = "f", Advantage = "a", Benefit = "raise speed", BenefitKind = BenefitKind.Raise }],
            Cases = [new ReferenceCase { Id = "c", Customer = "X", Problem = "p", Solution = "s", Metrics = [new CaseMetric { Name = "MTTR", Before = "4h", After = "1h" }] }],
            Exchanges = [Planned with
            {
                CustomerAttendees = [new CustomerAttendee { StakeholderId = "cio" }],
                Preparation = new Preparation { Theme = "t", MaterialReady = true, Rehearsed = true, Finalised = true },
            }],
        };
        var checklist = ExchangeChecklist.For(deal);
        Assert.All(checklist.Steps, s => Assert.True(s.Done, $"{s.Step}: {string.Join("; ", s.Missing)}"));
    }

    [Fact]
    public void Gaps_name_people_not_analysed_and_missing_material()
    {
        var deal = TestDeals.Minimal(DealLanguage.EnUS) with
        {
            Stakeholders = [TestDeals.Person("cio")],
            Exchanges = [Planned],
        };
        var steps = ExchangeChecklist.For(deal).Steps.ToDictionary(s => s.Step);
        Assert.Contains(steps[PreparationStep.AnalyseAudience].Missing, m => m.Contains("cio: needs and concerns"));
        Assert.Contains(steps[PreparationStep.AnalyseAudience].Missing, m => m.Contains("New face"));
        Assert.Contains(steps[PreparationStep.PrepareMaterial].Missing, m => m.Contains("FAB"));
        Assert.False(steps[PreparationStep.Rehearse].Done);
    }

    [Fact]
    public void The_next_exchange_is_the_earliest_planned_one()
    {
        var later = Planned with { Date = new DateOnly(2027, 1, 5), Title = "Later" };
        var deal = TestDeals.Minimal() with { Exchanges = [later, Planned, Planned with { Status = ExchangeStatus.Held, Date = new DateOnly(2026, 1, 1) }] };
        Assert.Equal("Solution exchange", ExchangeChecklist.NextExchange(deal)!.Title);
    }

    internal static KeyFacts AllKnown()
    {
        var known = new KeyFact { Content = "x", Status = FactStatus.Confirmed };
        return new KeyFacts { Requirements = known, Schedule = known, Budget = known, DecisionProcess = known, Competition = known, EvaluationCriteria = known };
    }
}
