using System.Text.Json;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;

namespace PreSales.DocGen.Tests.Decks;

public class DeckPlannerTests
{
    private static DeckPlanning Plan(Deal deal, DeckRequest? request = null) => DeckPlanner.Plan(deal, request ?? new DeckRequest());

    [Fact]
    public void Follows_the_tqcss_order_from_title_and_agenda_to_the_close()
    {
        var plan = Plan(DeckDeals.Telecom()).Plan;
        Assert.Equal(SlideKind.Title, plan.Slides[0].Kind);
        Assert.Equal(SlideKind.Agenda, plan.Slides[1].Kind);
        Assert.Equal(SlideKind.Closing, plan.Slides[^1].Kind);
        var sections = plan.Slides.Select(s => s.Section).Distinct().ToList();
        Assert.Equal(["开场", "趋势", "问题", "案例", "方案", "成功关键", "我方优势", "时间表", "总结与下一步"], sections);
        Assert.Contains("某省电信政企客户部", plan.Slides[0].Subtitle, StringComparison.Ordinal);
        Assert.Equal("四级组网技改方案交流", plan.Slides[0].Title);
    }

    [Fact]
    public void Records_the_goal_audience_theme_and_structure()
    {
        var brief = Plan(DeckDeals.Telecom()).Plan.Brief;
        Assert.Contains("样板点测试", brief.Goal, StringComparison.Ordinal);
        Assert.Equal(3, brief.Audience.Count);
        Assert.Contains(brief.Audience, a => a.HotButtons.Contains("在集团内率先取得成功"));
        Assert.False(string.IsNullOrEmpty(brief.Theme));
        Assert.Contains("案例", brief.Structure);
        Assert.Equal(DealStage.SolutionRefinement, brief.Stage);
    }

    [Fact]
    public void The_case_shows_its_metrics_as_a_table_and_the_fab_table_puts_hot_buttons_first_with_benefit_verbs()
    {
        var plan = Plan(DeckDeals.Telecom()).Plan;
        var caseSlide = plan.Slides.Single(s => s.Section == "案例");
        Assert.Equal(["故障定位时间", "变更失败率"], caseSlide.Chart!.Categories);
        Assert.Equal([75.0, 83.0], caseSlide.Chart.Series[0].Values);
        Assert.Contains(caseSlide.Body, b => b.Text == "故障定位时间：4 小时 → 1 小时");
        Assert.StartsWith("某市：", caseSlide.Title, StringComparison.Ordinal);
        var fab = plan.Slides.First(s => s.Table?.Header.Count == 4).Table!;
        Assert.Equal(["特色", "功能", "优点", "效益"], fab.Header);
        Assert.Equal("一键恢复", fab.Rows[0][0]); // answers 王总's concern "项目风险可控"
        Assert.Equal("运维工作量降低 40%", fab.Rows.Single(r => r[0] == "B/S 架构")[3]); // its own verb, not said twice
        Assert.All(fab.Rows, r => Assert.Matches("(提高|增加|降低|减少|达成|满足|保持|维持)", r[3]));
        var en = Plan(DeckDeals.Telecom(DealLanguage.EnUS)).Plan.Slides.First(s => s.Table?.Header.Count == 4).Table!;
        Assert.Equal("Cut operations workload by 40%", en.Rows.Single(r => r[0] == "Browser-based architecture")[3]);
    }

    [Fact]
    public void Competitor_names_appear_nowhere_in_the_deck_not_even_in_the_notes()
    {
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
        {
            var deal = DeckDeals.Telecom(language);
            var json = JsonSerializer.Serialize(Plan(deal).Plan.Slides, DeckPlanJson.Options);
            foreach (var competitor in deal.Competitors)
                Assert.DoesNotContain(competitor.Name, json, StringComparison.OrdinalIgnoreCase);
            // No chart of our own ratings: the only chart is the case's before/after figures.
            Assert.All(Plan(deal).Plan.Slides.Where(s => s.Chart is not null), s => Assert.Equal(s.Section, language == DealLanguage.ZhCN ? "案例" : "Case"));
        }
    }

    [Fact]
    public void Strengths_are_shown_by_evidence_and_a_weak_element_is_never_claimed()
    {
        var strengths = Plan(DeckDeals.Telecom()).Plan.Slides.Single(s => s.Section == "我方优势");
        Assert.Null(strengths.Chart);
        Assert.Equal("行业案例多，故障定位时间大幅缩短", strengths.Body[0].Text);
        Assert.Contains("某市", strengths.Body[1].Text, StringComparison.Ordinal); // the case's figure is its evidence
        Assert.DoesNotContain(strengths.Body, b => b.Text.Contains("价格", StringComparison.Ordinal)); // price is ours to reframe
    }

    [Fact]
    public void Every_slide_has_notes_and_the_time_fits_the_exchange_with_a_short_opening()
    {
        foreach (var (request, minutes) in new[] { (new DeckRequest(), 60), (new DeckRequest(Minutes: 20), 20) })
        {
            var plan = Plan(DeckDeals.Telecom(), request).Plan;
            Assert.Equal(minutes, plan.DurationMinutes);
            Assert.All(plan.Slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Notes?.TalkTrack)));
            Assert.InRange(plan.Slides.Sum(s => s.Notes!.Minutes), minutes - 0.5, minutes + 0.5);
            Assert.True(plan.Slides.Where(s => s.Kind is SlideKind.Title or SlideKind.Agenda).Sum(s => s.Notes!.Minutes) <= 2.0);
            // One model: what the notes say plus the discussion they plan is the slide's budget.
            Assert.All(plan.Slides, s => Assert.InRange(PreSales.DocGen.Review.SpeakingTime.OfNotes(s.Notes!.TalkTrack), s.Notes.Minutes - 0.8, s.Notes.Minutes + 0.8));
            Assert.InRange(plan.Slides.Sum(s => PreSales.DocGen.Review.SpeakingTime.OfNotes(s.Notes!.TalkTrack)), minutes * 0.9, minutes * 1.1);
        }
    }

    [Fact]
    public void Slides_keep_to_six_bullets_and_long_text_is_shortened_or_continued()
    {
        var deal = DeckDeals.Telecom();
        var longTrend = string.Concat(Enumerable.Repeat("运营商全面推进云网融合与数字化转型，", 12));
        deal = deal with
        {
            Customer = deal.Customer with { Trends = deal.Customer.Trends with { Industry = [longTrend, .. deal.Customer.Trends.Industry, "第四条", "第五条"] } },
            KeyFacts = deal.KeyFacts with { EvaluationCriteria = new KeyFact { Content = string.Join(";", Enumerable.Range(1, 9).Select(i => $"评估项{i}")), Status = FactStatus.Known } },
            Fab = [.. Enumerable.Range(1, 8).Select(i => deal.Fab[0] with { Feature = $"特色{i}", Function = string.Concat(Enumerable.Repeat("功能说明很长", 8)) })],
        };
        var plan = Plan(deal).Plan;
        Assert.All(plan.Slides, s => Assert.True(s.Body.Count <= 6, $"{s.Title}: {s.Body.Count} bullets"));
        Assert.All(plan.Slides.SelectMany(s => s.Body), b => Assert.True(DeckText.Ems(b.Text) <= SlideRoom.Default.Width / 20 * SlideRoom.MaxBulletLines, b.Text));
        Assert.Contains(plan.Slides, s => s.Title.EndsWith("（续）", StringComparison.Ordinal) && s.Table is not null);
        Assert.Contains(plan.Slides, s => s.Title.StartsWith("方案：", StringComparison.Ordinal) && s.Title.EndsWith("（续）", StringComparison.Ordinal));
        // Five industry trends are more than a slide of bullets: they come as one table with a column per group, its long cell shortened.
        var trends = plan.Slides.First(s => s.Section == "趋势");
        Assert.Equal(["行业趋势", "省电信的发展", "同业动态"], trends.Table!.Header.Take(3));
        Assert.Contains(plan.Slides.SelectMany(s => s.Body.Select(b => b.Text).Concat(s.Table?.Rows.SelectMany(r => r) ?? [])), t => t.EndsWith('…'));
    }

    [Fact]
    public void Slides_without_their_data_are_left_out_and_the_facts_to_gather_are_named()
    {
        var deal = DeckDeals.Telecom() with { Cases = [], Customer = DeckDeals.Telecom().Customer with { Trends = new Trends() }, OurRating = null };
        var planning = Plan(deal);
        Assert.DoesNotContain(planning.Plan.Slides, s => s.Section is "趋势" or "案例");
        Assert.Contains(planning.FactsToGather, f => f.Contains("customer.trends", StringComparison.Ordinal));
        Assert.Contains(planning.FactsToGather, f => f.Contains("cases[].metrics", StringComparison.Ordinal));
        Assert.DoesNotContain("趋势", planning.Plan.Slides[1].Body.Select(b => b.Text));
    }

    [Fact]
    public void A_minimal_deal_still_gives_title_agenda_and_close_and_says_what_to_gather()
    {
        var planning = Plan(Support.TestDeals.Minimal());
        Assert.Equal([SlideKind.Title, SlideKind.Agenda, SlideKind.Closing], planning.Plan.Slides.Select(s => s.Kind));
        Assert.True(planning.FactsToGather.Count >= 6);
        Assert.Equal(DeckPlanner.DefaultMinutes, planning.Plan.DurationMinutes);
    }

    [Fact]
    public void An_exchange_number_out_of_range_is_refused()
    {
        var e = Assert.Throws<DeckInputException>(() => Plan(DeckDeals.Telecom(), new DeckRequest(ExchangeNumber: 5)));
        Assert.Contains("--exchange 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_slide_carries_the_ask_and_dated_next_steps()
    {
        var closing = Plan(DeckDeals.Telecom()).Plan.Slides[^1];
        Assert.Contains(closing.Body, b => b.Text.Contains("样板点测试", StringComparison.Ordinal) && b.Level == 1);
        Assert.Contains(closing.Body, b => b.Text.StartsWith("2027-01-05", StringComparison.Ordinal));
        Assert.True(closing.Body.Count <= 6);
    }

    [Fact]
    public void The_plan_survives_a_json_round_trip()
    {
        var plan = Plan(DeckDeals.Telecom()).Plan;
        var json = DeckPlanJson.Serialize(plan);
        Assert.Contains("\"kind\": \"twoColumns\"", json, StringComparison.Ordinal);
        Assert.Contains("\"language\": \"zh-CN\"", json, StringComparison.Ordinal);
        var back = DeckPlanJson.Deserialize(json, "plan.json");
        Assert.Equal(json, DeckPlanJson.Serialize(back));
    }

    [Fact]
    public void A_broken_plan_file_names_the_place()
    {
        var e = Assert.Throws<DeckInputException>(() => DeckPlanJson.Deserialize("{\"slides\": [ {\"kind\": \"nonsense\"} ]}", "plan.json"));
        Assert.Contains("plan.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_measures_count_chinese_characters_as_one_em_and_strip_xml_invalid_characters()
    {
        Assert.Equal(4.25, DeckText.Ems("中文abcd"), 2); // a quarter em between the Chinese and the Latin, as LibreOffice sets them
        Assert.Equal(4.15, DeckText.Ems("是A公司"), 2); // 3 + 0.65 + two gaps
        Assert.Equal(2.15, DeckText.Ems("是 A"), 2); // a space typed: no gap besides
        // Forestbird's 29 pt title in its 694 pt box: LibreOffice set "例" alone on a second line, which the measure
        // without the gaps (23.3 em, 676 pt) did not foresee.
        Assert.Equal(2, DeckText.WrappedLines("为什么是A公司\uff1a与M的联合交付经验和成功合作案例", 694, 29));
        Assert.Equal(1, DeckText.SpeakingMinutes(new string('字', 200)), 3);
        Assert.Equal(1, DeckText.SpeakingMinutes(string.Join(' ', Enumerable.Repeat("word", 140))), 3);
        Assert.Equal("ab😀c", DeckText.Clean("a\u0001b😀\uD800c\uFFFE"));
        Assert.Equal("第一句…", DeckText.Shorten("第一句。第二句很长很长很长很长很长很长", 8));
    }

    [Fact]
    public void The_ask_is_the_clause_of_the_goal_that_asks_the_customer()
    {
        var deal = DeckDeals.Telecom();
        deal = deal with { Exchanges = [deal.Exchanges[0] with { Goal = "让王总相信我们能率先成功；请网络部安排样板点测试。" }] };
        var plan = DeckPlanner.Plan(deal, new DeckRequest()).Plan;
        Assert.Contains(plan.Slides[^1].Body, b => b.Text == "请网络部安排样板点测试");
        Assert.DoesNotContain("相信", JsonSerializer.Serialize(plan.Slides, DeckPlanJson.Options), StringComparison.Ordinal);
    }
}
