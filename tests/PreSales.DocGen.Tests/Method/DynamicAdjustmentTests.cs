using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Method;

/// <summary>Strategy between exchanges (METHOD §2.5): what `check` says a held exchange changes, on the samples and on deals made to trigger each finding.</summary>
public class DynamicAdjustmentTests
{
    private static Deal Telecom => TestDeals.Sample("telecom-pilot.zh-CN.json");

    private static Deal Revenue => TestDeals.Sample("revenue-office.en-US.json");

    private static List<Adjustment> Of(Deal deal, AdjustmentKind kind, DateOnly? today = null) =>
        DynamicAdjustment.Review(deal, today).Where(a => a.Kind == kind).ToList();

    [Fact]
    public void Nothing_is_said_before_an_exchange_is_held()
    {
        var deal = Telecom with { Exchanges = Telecom.Exchanges.Where(e => e.Status == ExchangeStatus.Planned).ToList() };
        Assert.Empty(DynamicAdjustment.Review(deal));
        Assert.Empty(DealAnalysis.Of(deal).Adjustments);
    }

    [Fact]
    public void The_samples_say_what_their_held_exchanges_change()
    {
        var telecom = DynamicAdjustment.Review(Telecom);
        // F's move after the last strategy adjustment (2026-09-15) goes at a lead element; its lack of cases is not its move.
        Assert.Contains(telecom, a => a.Kind == AdjustmentKind.CompetitorMove && a.Text.StartsWith("F公司（2026-10-22获悉）") && a.Text.Contains("冲击我方主打的产品和解决方案") && !a.Text.Contains("主打的客户和案例"));
        Assert.Contains(telecom, a => a.Kind == AdjustmentKind.CompetitorMove && a.Text.StartsWith("B公司") && a.Text.Contains("针对我方需淡化的价格"));
        // Moves reported before the strategy was adjusted were already taken into account; D is a partner, not a rival.
        Assert.DoesNotContain(telecom, a => a.Text.Contains("E公司通过M采购部") || a.Text.StartsWith("D公司"));
        Assert.Contains(telecom, a => a.Kind == AdjustmentKind.PersonNotMet && a.Text.Contains("决策者李振华还没有在任何交流中见过") && a.Text.Contains("2026-12-10"));
        Assert.DoesNotContain(telecom, a => a.Kind is AdjustmentKind.Reposition or AdjustmentKind.StageBehind);

        var revenue = DynamicAdjustment.Review(Revenue);
        Assert.Contains(revenue, a => a.Kind == AdjustmentKind.Reposition && a.Text.Contains("likelihood low → medium") && a.Text.Contains("still \"Take part to learn"));
        Assert.Contains(revenue, a => a.Kind == AdjustmentKind.CompetitorMove && a.Text.StartsWith("Atlas Integration") && a.Text.Contains("product and solution") && a.Text.Contains("write its likelyStrategy"));
        Assert.Contains(revenue, a => a.Kind == AdjustmentKind.PersonNotMet && a.Text.Contains("Lena Berg") && a.Text.Contains("2027-02-17 invites them"));
        // Marco Diaz belongs to stage 2, which has not begun.
        Assert.DoesNotContain(revenue, a => a.Text.Contains("Marco Diaz"));
        Assert.Equal(revenue.Select(a => a.Text), DealAnalysis.Of(Revenue).Adjustments.Select(a => a.Text));
    }

    [Fact]
    public void A_moved_reading_that_changes_the_method_position_suggests_repositioning()
    {
        var held = Revenue.Exchanges[0] with { PositionAfter = new PositionReading { Importance = Grade.High, Likelihood = Grade.High } };
        var deal = Revenue with { Exchanges = [held, Revenue.Exchanges[1]] };
        var found = Assert.Single(Of(deal, AdjustmentKind.Reposition));
        Assert.Contains("importance medium → high, likelihood low → high", found.Text);
        Assert.Contains("re-position from \"Take part to learn and gather material\" to \"Go all-out to win\"", found.Text);
        // The same reading as the positioning: nothing moved, nothing said.
        var same = Revenue with { Exchanges = [Revenue.Exchanges[0] with { PositionAfter = new PositionReading { Importance = Grade.Medium, Likelihood = Grade.Low } }] };
        Assert.Empty(Of(same, AdjustmentKind.Reposition));
    }

    [Fact]
    public void A_competitor_pressing_on_our_weak_element_is_named_with_the_reframing()
    {
        var held = Revenue.Exchanges[0] with { Information = new InformationGained { Competitors = ["Quill Data offered a 30% discount on day rates"] } };
        var found = Assert.Single(Of(Revenue with { Exchanges = [held] }, AdjustmentKind.CompetitorMove));
        Assert.Contains("It presses on price, which we reframe", found.Text);
        // A line naming no known competitor is not attributed to one.
        var vague = Revenue.Exchanges[0] with { Information = new InformationGained { Competitors = ["someone is talking to the CFO"] } };
        Assert.Empty(Of(Revenue with { Exchanges = [vague] }, AdjustmentKind.CompetitorMove));
    }

    [Fact]
    public void A_key_person_of_a_begun_stage_not_met_and_not_invited_asks_for_a_contact()
    {
        // Lena Berg dropped from the planned workshop: nothing brings her in.
        var planned = Revenue.Exchanges[1] with { CustomerAttendees = Revenue.Exchanges[1].CustomerAttendees.Where(a => a.StakeholderId != "lena-berg").ToList() };
        var deal = Revenue with { Exchanges = [Revenue.Exchanges[0], planned] };
        var found = Assert.Single(Of(deal, AdjustmentKind.PersonNotMet));
        Assert.Contains("no planned exchange invites them: arrange a contact", found.Text);
        // Once stage 2 has begun, the CIO it needs is named too.
        Assert.Contains(Of(deal, AdjustmentKind.PersonNotMet, new DateOnly(2027, 4, 10)), a => a.Text.StartsWith("Stage 2 (Reach the CIO)") && a.Text.Contains("Marco Diaz"));
    }

    [Fact]
    public void The_decision_maker_met_once_by_the_solution_stage_is_flagged()
    {
        var held = Telecom.Exchanges[0] with { CustomerAttendees = [.. Telecom.Exchanges[0].CustomerAttendees, new CustomerAttendee { StakeholderId = "li-zhenhua" }] };
        var deal = Telecom with { Exchanges = [held, .. Telecom.Exchanges.Skip(1)] };
        Assert.Contains(Of(deal, AdjustmentKind.PersonNotMet), a => a.Text.Contains("决策者李振华只在1次交流中见过"));
        // Met twice: no longer flagged.
        var twice = deal with { Exchanges = [held, deal.Exchanges[1], Telecom.Exchanges[2] with { CustomerAttendees = [.. Telecom.Exchanges[2].CustomerAttendees, new CustomerAttendee { StakeholderId = "li-zhenhua" }] }, deal.Exchanges[3]] };
        Assert.DoesNotContain(Of(twice, AdjustmentKind.PersonNotMet), a => a.Text.Contains("李振华"));
    }

    [Fact]
    public void Stages_behind_the_tender_timetable_are_named()
    {
        // As of July, stage 2 is over with nothing held since it began; stage 1 had the January call.
        var july = Of(Revenue, AdjustmentKind.StageBehind, new DateOnly(2027, 7, 15));
        Assert.Contains(july, a => a.Text.StartsWith("Stage 2 (Reach the CIO) ended on 2027-06-30 with no exchange held in it"));
        Assert.DoesNotContain(july, a => a.Text.StartsWith("Stage 1"));
        // A stage planned to start after the tender's last milestone.
        var late = Revenue with { Stages = [.. Revenue.Stages, Revenue.Stages[1] with { Number = 3, Name = "Shape the bid", Start = new DateOnly(2027, 10, 1), End = new DateOnly(2027, 11, 30) }] };
        Assert.Contains(Of(late, AdjustmentKind.StageBehind), a => a.Text.Contains("Stage 3 (Shape the bid) starts on 2027-10-01, after \"Request for proposals issued\" (2027-09-01)"));
        // The request for information three weeks away while the deal is still at discovery.
        var near = Of(Revenue, AdjustmentKind.StageBehind, new DateOnly(2027, 3, 25));
        Assert.Contains(near, a => a.Text.Contains("\"Request for information issued\" (2027-04-15) is 21 days away and the deal is still at discovery"));
    }
}
