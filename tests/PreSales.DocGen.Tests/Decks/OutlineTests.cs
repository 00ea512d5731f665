using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

public class OutlineTests
{
    private static readonly string Fixtures = Path.Combine(Repo.Root, "tests", "fixtures", "decks");

    private static OutlineReading ReadFixture() =>
        OutlineReader.Read(File.ReadAllText(Path.Combine(Fixtures, "pandoc-outline.md")), Fixtures);

    [Fact]
    public void A_pandoc_outline_becomes_a_plan_with_its_sections_slides_lists_tables_notes_columns_and_images()
    {
        var reading = ReadFixture();
        var slides = reading.Plan.Slides;
        Assert.Empty(reading.Warnings);
        Assert.Equal(DealLanguage.ZhCN, reading.Plan.Language);
        Assert.Equal(SlideKind.Title, slides[0].Kind);
        Assert.Equal("云网融合方案交流", slides[0].Title);
        Assert.Contains("A科技 售前团队", slides[0].Subtitle, StringComparison.Ordinal);
        Assert.Equal(SlideKind.Section, slides[1].Kind);
        Assert.Equal("背景", slides[1].Title);
        var trends = slides[2];
        Assert.Equal("行业趋势", trends.Title);
        Assert.Equal([0, 1, 1, 0], trends.Body.Select(b => b.Level));
        Assert.Equal("先讲行业大势,再落到客户自身。", trends.Notes!.TalkTrack);
        Assert.Equal(["指标", "之前", "之后"], slides[3].Table!.Header);
        Assert.Equal(2, slides[3].Table!.Rows.Count);
        var columns = slides.Single(s => s.Title == "方案与优势");
        Assert.Equal(SlideKind.TwoColumns, columns.Kind);
        Assert.Equal(3, columns.Body.Count);
        Assert.Equal(2, columns.SecondColumn.Count);
        var picture = slides.Single(s => s.Title == "架构图").Image!;
        Assert.Equal("系统架构示意图", picture.AltText);
        Assert.Contains(slides, s => s.Title.Length == 0 && s.Body.Count == 1);
        Assert.Equal(SlideKind.Closing, slides[^1].Kind);
        Assert.Equal(2, slides[^1].Body.Count);
    }

    [Fact]
    public void An_outline_renders_on_the_same_template_and_validates()
    {
        var plan = DeckPlanner.Fit(ReadFixture().Plan);
        Assert.All(plan.Slides, s => Assert.NotNull(s.Notes));
        Assert.All(plan.Slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
        Assert.Contains(plan.Slides, s => s.Title == "架构图（续）");
        var bytes = DeckRenderer.Render(plan);
        Assert.Empty(TestTemplates.Errors(bytes));
        using var deck = DeckRendererTests.Open(bytes);
        Assert.Single(DeckRendererTests.Slides(deck), s => s.ImageParts.Any());
    }

    [Fact]
    public void An_empty_front_matter_is_no_metadata_not_a_crash()
    {
        // Found by the fuzz harness (a plan file's "---" line repeated): Markdig gives an empty front matter no lines.
        var plan = OutlineReader.Read("---\n---\n---\n# Thank you\n", Fixtures).Plan;
        Assert.Contains(plan.Slides, s => s.Title == "Thank you");
    }

    [Fact]
    public void A_missing_image_is_left_out_with_a_warning()
    {
        var reading = OutlineReader.Read("# T\n\n## S\n\n![alt](nowhere.png)\n", Fixtures);
        Assert.Contains(reading.Warnings, w => w.Contains("nowhere.png", StringComparison.Ordinal));
    }

    [Fact]
    public void A_percent_title_block_and_slide_level_one_work_like_pandoc()
    {
        var plan = OutlineReader.Read("% Pitch\n% Sales team\n% 2026-12-01\n\n# First\n\n- a\n- b\n\n# Second\n\nText\n", Fixtures).Plan;
        Assert.Equal(DealLanguage.EnUS, plan.Language);
        Assert.Equal(["Pitch", "First", "Second"], plan.Slides.Select(s => s.Title));
        Assert.Equal(SlideKind.Content, plan.Slides[1].Kind);
    }

    [Theory]
    [InlineData(DealLanguage.ZhCN)]
    [InlineData(DealLanguage.EnUS)]
    public void A_planned_deck_written_as_an_outline_reads_back_to_the_same_slides(DealLanguage language)
    {
        var plan = DeckPlanner.Plan(DeckDeals.Telecom(language), new DeckRequest()).Plan;
        var back = OutlineReader.Read(DeckOutline.Write(plan), Fixtures).Plan;
        Assert.Equal(plan.Slides.Select(s => s.Title), back.Slides.Select(s => s.Title));
        Assert.Equal(plan.Slides.Select(s => s.Kind), back.Slides.Select(s => s.Kind));
        Assert.Equal(plan.Slides.Select(s => s.Body), back.Slides.Select(s => s.Body), new BodyComparer());
        Assert.Equal(plan.Slides.Select(s => s.Notes?.Minutes), back.Slides.Select(s => s.Notes?.Minutes));
        var chart = back.Slides.Single(s => s.Chart is not null).Chart!;
        Assert.Equal(plan.Slides.Single(s => s.Chart is not null).Chart!.Series[0].Values, chart.Series[0].Values);
        Assert.Equal(4, back.Slides.Single(s => s.Timeline is not null).Timeline!.Steps.Count);
        Assert.Equal(plan.DurationMinutes, back.DurationMinutes);
        Assert.Empty(TestTemplates.Errors(DeckRenderer.Render(DeckPlanner.Fit(back))));
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Pandoc_reads_the_outline_we_write()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var dir = Directory.CreateTempSubdirectory("deck-pandoc").FullName;
        var md = Path.Combine(dir, "outline.md");
        File.WriteAllText(md, DeckOutline.Write(DeckPlanner.Plan(DeckDeals.Telecom(), new DeckRequest()).Plan));
        var (exit, _, err) = ExternalTool.Run(pandoc, [md, "-o", Path.Combine(dir, "outline.pptx")]);
        Assert.True(exit == 0, err);
        // pandoc reads every slide of the plan: each title is on a slide of the deck pandoc makes, in the plan's order.
        var plan = DeckPlanner.Plan(DeckDeals.Telecom(), new DeckRequest()).Plan;
        using var deck = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(Path.Combine(dir, "outline.pptx"), false);
        var part = deck.PresentationPart!;
        var texts = part.Presentation!.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
            .Select(id => string.Concat(((DocumentFormat.OpenXml.Packaging.SlidePart)part.GetPartById(id.RelationshipId!.Value!)).Slide!
                .Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text)))
            .ToList();
        var at = -1;
        foreach (var title in plan.Slides.Select(s => s.Title))
        {
            at = texts.FindIndex(at + 1, t => t.Contains(title, StringComparison.Ordinal));
            Assert.True(at >= 0, $"no slide for {title} in order: " + string.Join(" | ", texts));
        }
    }

    private sealed class BodyComparer : IEqualityComparer<IReadOnlyList<BodyItem>>
    {
        public bool Equals(IReadOnlyList<BodyItem>? x, IReadOnlyList<BodyItem>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(IReadOnlyList<BodyItem> obj) => obj.Count;
    }

    [Fact]
    public void Notes_left_open_end_at_the_next_slide_heading_with_a_warning()
    {
        var reading = OutlineReader.Read("## 幻灯片一\n\n- 要点\n\n::: notes\n这是备注\n\n## 幻灯片二\n\n- 要点二\n", ".");
        // Before: the second slide vanished into the first one's notes, silently.
        Assert.Equal(["幻灯片一", "幻灯片二"], reading.Plan.Slides.Select(s => s.Title));
        Assert.Equal("这是备注", reading.Plan.Slides[0].Notes!.TalkTrack);
        Assert.Equal("要点二", reading.Plan.Slides[1].Body[0].Text);
        Assert.Contains(reading.Warnings, w => w.Contains("第 5 行", StringComparison.Ordinal) && w.Contains("第 8 行", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("99999")]
    public void A_notes_time_that_is_no_number_or_too_long_is_estimated_with_a_warning(string time)
    {
        var reading = OutlineReader.Read($"## A\n\n- x\n\n::: notes\n【时间】约 {time} 分钟\n\n说几句话\n:::\n", ".");
        Assert.InRange(reading.Plan.Slides[0].Notes!.Minutes, 0, 1);
        Assert.Contains(reading.Warnings, w => w.Contains(time, StringComparison.Ordinal));
    }
}
