using System.Text.Json;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>The sample deals' decks against the bars: the deck serves the strategy, the notes are a talk track.</summary>
public class SampleDeckTests
{
    public static TheoryData<string> Samples => ["telecom-pilot.zh-CN.json", "telecom-pilot.en-US.json"];

    private static (Deal Deal, DeckPlan Plan) Planned(string file)
    {
        var deal = TestDeals.Sample(file);
        return (deal, DeckPlanner.Plan(deal, new DeckRequest()).Plan);
    }

    private static string SlideText(PlannedSlide s) =>
        string.Join("\n", new[] { s.Title, s.Subtitle ?? "" }.Concat(s.Body.Select(b => b.Text)).Concat(s.SecondColumn.Select(b => b.Text))
            .Concat(s.Table?.Header ?? []).Concat(s.Table?.Rows.SelectMany(r => r) ?? [])
            .Concat(s.Chart?.Categories ?? []).Concat(s.Chart?.Series.Select(x => x.Name) ?? []).Append(s.Chart?.AltText ?? "")
            .Concat(s.Timeline?.Steps.Select(t => t.Label) ?? []));

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_deck_renders_valid_and_names_no_competitor_but_names_the_partner_as_partner(string file)
    {
        var (deal, plan) = Planned(file);
        Assert.True(plan.Slides.Count >= 10, $"{plan.Slides.Count} slides");
        Assert.Equal(deal.Exchanges.Single(e => e.Status == ExchangeStatus.Planned).DurationMinutes, plan.DurationMinutes);
        var text = JsonSerializer.Serialize(plan.Slides, DeckPlanJson.Options);
        var partner = deal.Competitors.Single(c => SlideStrategy.IsPartner(deal, c));
        foreach (var competitor in deal.Competitors.Where(c => c != partner))
            Assert.DoesNotContain(competitor.Name, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(partner.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("友商", text, StringComparison.Ordinal);
        Assert.DoesNotContain("other vendors", text, StringComparison.Ordinal);
        Assert.Empty(TestTemplates.Errors(DeckRenderer.Render(plan)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void No_weak_element_is_charted_or_claimed_and_no_internal_content_is_on_a_slide(string file)
    {
        var (deal, plan) = Planned(file);
        var v = Vocabulary.For(deal.Language);
        var strategy = SlideStrategy.For(deal, ExchangeChecklist.NextExchange(deal));
        Assert.Equal([CompetitiveElement.Company, CompetitiveElement.Price], strategy.Reframe.Order());
        foreach (var chart in plan.Slides.Select(s => s.Chart).OfType<SlideChart>())
            Assert.All(Enum.GetValues<CompetitiveElement>(), e => Assert.DoesNotContain(v.Label(e), chart.Categories));
        Assert.All(plan.Slides, s => Assert.False(strategy.ClaimsWeakness(SlideText(s), v), SlideText(s)));
        var stages = deal.Stages.Select(s => s.Name!).ToHashSet();
        foreach (var slide in plan.Slides)
            foreach (var stage in stages)
                Assert.DoesNotContain(stage, SlideText(slide), StringComparison.Ordinal);
        // The plan slide is the customer's timetable, not our campaign.
        var timeline = plan.Slides.Single(s => s.Timeline is not null).Timeline!;
        Assert.All(timeline.Steps, step => Assert.Contains(deal.Project.Milestones, m => m.Name == step.Label));
        var internalText = SlideStrategy.InternalText(deal);
        Assert.All(plan.Slides, s => Assert.All(internalText, t => Assert.Null(SlideStrategy.Leak(SlideText(s), t, stages))));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Both_named_cases_are_present_with_a_chart_and_leaders_get_no_dense_fab_table(string file)
    {
        var (deal, plan) = Planned(file);
        Assert.Equal(AudienceDepth.Leadership, SlideStrategy.DepthOf(deal, ExchangeChecklist.NextExchange(deal)));
        foreach (var k in deal.Cases)
        {
            var slide = plan.Slides.Single(s => s.Title.StartsWith(k.ShortName!, StringComparison.Ordinal));
            Assert.NotNull(slide.Chart);
            Assert.Equal(k.Metrics.Count, slide.Chart!.Categories.Count);
        }
        Assert.DoesNotContain(plan.Slides, s => s.Table is { Header.Count: >= 4 });
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_ask_is_backed_and_the_next_steps_stop_at_the_event_they_prepare(string file)
    {
        var (deal, plan) = Planned(file);
        var closing = plan.Slides[^1];
        var ask = closing.Body[closing.Body.ToList().FindIndex(b => b.Level == 0 && b.Text is "我们的请求" or "Our ask") + 1].Text;
        var before = string.Join("\n", plan.Slides.Take(plan.Slides.Count - 1).Select(SlideText));
        var terms = TextTerms.Of(ask).Distinct().ToList();
        Assert.True(terms.Count(t => before.Contains(t, StringComparison.OrdinalIgnoreCase)) * 2 >= terms.Count, ask);
        var tender = deal.Project.Milestones.First(m => m.Tender && m.Date > new DateOnly(2026, 12, 20)).Date;
        foreach (var step in closing.Body.Where(b => b.Level == 1 && char.IsDigit(b.Text[0])))
            Assert.True(DateOnly.Parse(step.Text[..10], System.Globalization.CultureInfo.InvariantCulture) <= tender, step.Text);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_notes_name_the_attendees_carry_prepared_answers_and_the_estimate_fills_the_slot(string file)
    {
        var (deal, plan) = Planned(file);
        var zh = deal.Language == DealLanguage.ZhCN;
        var notes = string.Join("\n", plan.Slides.Select(s => s.Notes!.TalkTrack));
        foreach (var person in AudienceAnalysis.AudienceOf(deal, ExchangeChecklist.NextExchange(deal)))
            Assert.Contains(person.Name, notes, StringComparison.Ordinal);
        Assert.Contains(SpeakingTime.Marks.Answers(zh), notes, StringComparison.Ordinal);
        Assert.Contains(SpeakingTime.Marks.Transition(zh), notes, StringComparison.Ordinal);
        Assert.DoesNotContain("每一点给出论据", notes, StringComparison.Ordinal); // a talk track, not a recipe
        // The one model: the rendered deck, read back by the review, estimates the slot within 10 %.
        var path = Path.Combine(Path.GetTempPath(), $"presales-i11-{Guid.NewGuid():N}.pptx");
        File.WriteAllBytes(path, DeckRenderer.Render(plan));
        try
        {
            var facts = DeckReader.Read(path);
            var estimate = SpeakingTime.Of(facts);
            Assert.InRange(estimate, plan.DurationMinutes * 0.9, plan.DurationMinutes * 1.1);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>The second sample (a government customer, discovery, a technical workshop) gets a different deck.</summary>
public class SecondSampleDeckTests
{
    [Fact]
    public void The_deck_changes_with_the_audience_and_the_strategy()
    {
        var gov = TestDeals.Sample("revenue-office.en-US.json");
        var telecom = TestDeals.Sample("telecom-pilot.en-US.json");
        Assert.True(PreSales.DocGen.Deals.DealReader.ReadFile(Path.Combine(Repo.Root, "samples", "revenue-office.en-US.json")).IsValid);
        Assert.Equal(AudienceDepth.Technical, SlideStrategy.DepthOf(gov, ExchangeChecklist.NextExchange(gov)));
        var technical = DeckPlanner.Plan(gov, new DeckRequest()).Plan;
        var leaders = DeckPlanner.Plan(telecom, new DeckRequest()).Plan;
        // Technical room: a discussion of our questions early, the full FAB; leaders get neither.
        Assert.Contains(technical.Slides, s => s.Section == "Discussion");
        Assert.Contains(technical.Slides, s => s.Table is { Header.Count: 4 });
        Assert.DoesNotContain(leaders.Slides, s => s.Section == "Discussion" || s.Table is { Header.Count: 4 });
        Assert.True(technical.Slides.ToList().FindIndex(s => s.Section == "Discussion") < technical.Slides.ToList().FindIndex(s => s.Section == "Case"));
        // The ask is what a take-part-to-learn position asks for: information and a next meeting.
        Assert.Contains(technical.Slides[^1].Body, b => b.Text.Contains("inventory", StringComparison.Ordinal));
        // The partner on our side keeps its name; the rivals are never named.
        var text = JsonSerializer.Serialize(technical.Slides, DeckPlanJson.Options);
        Assert.DoesNotContain("Atlas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quill", text, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"presales-i11-{Guid.NewGuid():N}.pptx");
        File.WriteAllBytes(path, DeckRenderer.Render(technical));
        try
        {
            Assert.InRange(SpeakingTime.Of(DeckReader.Read(path)), 90 * 0.9, 90 * 1.1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_second_samples_deck_reads_well_on_its_own_terms()
    {
        var gov = TestDeals.Sample("revenue-office.en-US.json");
        var plan = DeckPlanner.Plan(gov, new DeckRequest()).Plan;
        // Five trends in three groups: one slide, a table read across, not a thin slide per group.
        var trends = Assert.Single(plan.Slides, s => s.Section == "Trends");
        Assert.Equal(["Industry trends", "The Revenue Office's direction", "What its peers are doing"], trends.Table!.Header);
        Assert.Equal(2, trends.Table.Rows.Count);
        // "Today" is how things are (the background's figures, a number kept whole), not the requirement.
        var situation = Assert.Single(plan.Slides, s => s.Section == "Questions");
        Assert.Equal("Today", situation.Body[0].Text);
        Assert.Contains(situation.Body, b => b.Text.Contains("86,000 businesses", StringComparison.Ordinal));
        Assert.DoesNotContain(situation.Body, b => b.Text.StartsWith("Replace", StringComparison.OrdinalIgnoreCase) || b.Text.StartsWith("cut ", StringComparison.OrdinalIgnoreCase));
        // The case chart of improvements in per cent ends its axis at 100; the review finds nothing, not even few visuals.
        var path = Path.Combine(Path.GetTempPath(), $"presales-i11-{Guid.NewGuid():N}.pptx");
        File.WriteAllBytes(path, DeckRenderer.Render(plan));
        try
        {
            using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
            {
                var charts = zip.Entries.Where(e => e.FullName.StartsWith("ppt/charts/chart", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
                var percent = charts.Select(chart =>
                {
                    using var reader = new StreamReader(chart.Open());
                    return reader.ReadToEnd();
                }).Where(xml => xml.Contains("(%)", StringComparison.Ordinal)).ToList();
                Assert.NotEmpty(percent);
                Assert.All(percent, xml => Assert.Contains("<c:max val=\"100\"/>", xml));
            }
            var review = DeckReview.Run(DeckReader.Read(path), gov);
            Assert.True(review.Findings.Count == 0, string.Join("\n", review.Findings.Select(f => $"{f.Rule} {f.Slide}: {f.Message.English}")));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
