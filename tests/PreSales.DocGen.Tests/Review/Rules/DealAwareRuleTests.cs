using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

/// <summary>
/// The deal-aware rules of issue 11 on the sample deals: silent on the decks the planner makes, and each firing on a
/// deck made to break it (the planned deck with one slide changed the way the issue saw it).
/// </summary>
public class DealAwareRuleTests
{
    private static readonly string[] NewRules = ["internal-content", "weakness-shown", "case-missing", "ask-unbacked", "deal-dates", "depth-mismatch"];

    private static (Deal Deal, DeckPlan Plan) Sample(string file = "telecom-pilot.zh-CN.json")
    {
        var deal = TestDeals.Sample(file);
        return (deal, DeckPlanner.Plan(deal, new DeckRequest()).Plan);
    }

    private static List<Finding> Review(Deal deal, DeckPlan plan, string rule)
    {
        var path = Path.Combine(Path.GetTempPath(), $"presales-i11-rule-{Guid.NewGuid():N}.pptx");
        File.WriteAllBytes(path, DeckRenderer.Render(plan));
        try
        {
            return DeckReview.Run(DeckReader.Read(path), deal).Findings.Where(f => f.Rule == rule).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<string> DebugTexts(Deal deal, DeckPlan plan)
    {
        var path = Path.Combine(Path.GetTempPath(), $"presales-i11-rule-{Guid.NewGuid():N}.pptx");
        File.WriteAllBytes(path, DeckRenderer.Render(plan));
        var facts = DeckReader.Read(path);
        File.Delete(path);
        return facts.Slides.TakeLast(2).Select(s => s.Text.Replace("\n", " / ")).Concat(DeckReview.Run(facts, deal).Findings.Select(f => f.Rule));
    }

    private static DeckPlan Insert(DeckPlan plan, PlannedSlide slide) =>
        plan with { Slides = [.. plan.Slides.Take(plan.Slides.Count - 1), slide, plan.Slides[^1]] };

    [Theory]
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("telecom-pilot.en-US.json")]
    [InlineData("revenue-office.en-US.json")]
    public void The_new_rules_are_silent_on_the_sample_decks(string file)
    {
        var (deal, plan) = Sample(file);
        var path = Path.Combine(Path.GetTempPath(), $"presales-i11-rule-{Guid.NewGuid():N}.pptx");
        File.WriteAllBytes(path, DeckRenderer.Render(plan));
        try
        {
            var result = DeckReview.Run(DeckReader.Read(path), deal);
            var found = result.Findings.Where(f => NewRules.Contains(f.Rule) || f.Rule is "customer-facts" or "over-time").Select(f => $"{f.Rule} @{f.Slide}: {f.Message.English}").ToList();
            Assert.True(found.Count == 0, string.Join("\n", found));
            Assert.InRange(result.EstimatedMinutes, plan.DurationMinutes * 0.9, plan.DurationMinutes * 1.1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_rating_chart_with_the_weak_elements_is_weakness_shown()
    {
        var (deal, plan) = Sample();
        var chart = new SlideChart(["产品和解决方案", "公司", "价格"], [new ChartSeries("A公司", [5, 3, 4]), new ChartSeries("行业平均", [2.8, 2.8, 3.4])], "柱状图:评分");
        var findings = Review(deal, Insert(plan, new PlannedSlide { Title = "为什么选择A公司", Chart = chart, Body = [new BodyItem("价格优势明显")] , Kind = SlideKind.TwoColumns }), "weakness-shown");
        Assert.NotEmpty(findings);
        Assert.Contains(findings, f => f.Message.Chinese.Contains("价格", StringComparison.Ordinal));
    }

    [Fact]
    public void Our_stage_names_and_team_notes_on_a_slide_are_internal_content()
    {
        var (deal, plan) = Sample();
        var stages = new PlannedSlide { Title = "推进计划", Body = [new BodyItem("关系建立与需求引导"), new BodyItem("技术路线确立")] };
        var staged = Review(deal, Insert(plan, stages), "internal-content");
        Assert.True(staged.Count > 0, "stage names not found");
        var notes = new PlannedSlide { Title = "客户高层接触", Body = [new BodyItem("我方目前只在11月初由刘志远礼节性拜访过一次"), new BodyItem("领导班子")] };
        var noted = Review(deal, Insert(plan, notes), "internal-content");
        Assert.True(noted.Count > 0, "team notes not found: " + string.Join(" | ", DebugTexts(deal, Insert(plan, notes))));
    }

    [Fact]
    public void A_deck_without_a_named_case_is_case_missing()
    {
        var (deal, plan) = Sample();
        var broken = plan with { Slides = plan.Slides.Where(s => !s.Title.StartsWith("青溪", StringComparison.Ordinal)).ToList() };
        var finding = Assert.Single(Review(deal, broken, "case-missing"));
        Assert.Contains("青溪", finding.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ask_with_no_slide_behind_it_is_ask_unbacked()
    {
        var (deal, plan) = Sample();
        var broken = plan with { Slides = plan.Slides.Where(s => s.Section != "成功关键").ToList() };
        Assert.Single(Review(deal, broken, "ask-unbacked"));
    }

    [Fact]
    public void A_next_step_after_the_bid_it_prepares_and_a_wrong_milestone_date_are_deal_dates()
    {
        var (deal, plan) = Sample();
        var closing = plan.Slides[^1];
        var late = closing with { Body = [.. closing.Body, new BodyItem("2026-12-31 完成高层认可", 1)] };
        var wrong = new PlannedSlide { Title = "时间表", Body = [new BodyItem("2026-12-30 开标与讲标")] };
        var findings = Review(deal, Insert(plan with { Slides = [.. plan.Slides.Take(plan.Slides.Count - 1), late] }, wrong), "deal-dates");
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void A_dense_fab_table_for_leaders_is_depth_mismatch()
    {
        var (deal, plan) = Sample();
        var rows = deal.Fab.Take(4).Select(f => (IReadOnlyList<string>)[f.Feature, f.Function, f.Advantage, f.Benefit]).ToList();
        var fab = new PlannedSlide { Title = "方案优势:特色、功能、优点、效益", Table = new SlideTable(["特色", "功能", "优点", "效益"], rows) };
        Assert.NotEmpty(Review(deal, Insert(plan, fab), "depth-mismatch"));
    }
}
