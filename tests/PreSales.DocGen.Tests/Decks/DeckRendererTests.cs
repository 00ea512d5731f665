using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;

namespace PreSales.DocGen.Tests.Decks;

public class DeckRendererTests
{
    private static readonly DeckPlan ZhPlan = DeckPlanner.Plan(DeckDeals.Telecom(), new DeckRequest()).Plan;

    public static IEnumerable<object[]> Templates() => TestTemplates.All();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_gives_a_deck_the_validator_accepts(string name, byte[] template)
    {
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
        {
            var plan = DeckPlanner.Plan(DeckDeals.Telecom(language), new DeckRequest()).Plan;
            var errors = TestTemplates.Errors(DeckRenderer.Render(plan, template));
            Assert.True(errors.Count == 0, $"{name}/{language}:\n" + string.Join("\n", errors.Take(10)));
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_slide_has_a_title_notes_and_no_empty_placeholder(string name, byte[] template)
    {
        using var doc = Open(DeckRenderer.Render(ZhPlan, template));
        var slides = Slides(doc);
        Assert.Equal(ZhPlan.Slides.Count, slides.Count);
        foreach (var slide in slides)
        {
            var placeholders = slide.Slide!.Descendants<P.Shape>()
                .Where(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape is not null).ToList();
            Assert.Contains(placeholders, p => p.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape!.Type?.Value
                is { } t && (t == P.PlaceholderValues.Title || t == P.PlaceholderValues.CenteredTitle));
            Assert.All(placeholders, p => Assert.False(string.IsNullOrWhiteSpace(p.TextBody?.InnerText), $"{name}: empty placeholder"));
            Assert.False(string.IsNullOrWhiteSpace(slide.NotesSlidePart?.NotesSlide?.InnerText), $"{name}: slide without notes");
            Assert.DoesNotContain("Click to edit", slide.Slide.InnerText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Keeps_the_templates_masters_and_theme_and_drops_its_example_slides(string name, byte[] template)
    {
        using var source = Open(template);
        using var deck = Open(DeckRenderer.Render(ZhPlan, template));
        var pres = deck.PresentationPart!;
        Assert.Equal(source.PresentationPart!.SlideMasterParts.Count(), pres.SlideMasterParts.Count());
        Assert.Equal(source.PresentationPart.SlideMasterParts.First().ThemePart!.Theme!.Name?.Value, pres.SlideMasterParts.First().ThemePart!.Theme!.Name?.Value);
        Assert.Equal(PresentationDocumentType.Presentation, deck.DocumentType);
        Assert.DoesNotContain(Slides(deck), s => s.Slide!.InnerText.Contains("example", StringComparison.OrdinalIgnoreCase));
        var ids = pres.Presentation!.SlideIdList!.Elements<P.SlideId>().Select(s => s.Id!.Value).ToList();
        Assert.All(ids, id => Assert.InRange(id, 256u, 2147483647u));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotNull(pres.NotesMasterPart);
        Assert.Equal(pres.GetIdOfPart(pres.NotesMasterPart!), pres.Presentation.NotesMasterIdList!.GetFirstChild<P.NotesMasterId>()!.Id!.Value);
        _ = name;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Decks_rendered_at_once_on_a_template_new_to_the_process_are_the_same_bytes(string name, byte[] template)
    {
        // The host renders many requests at once on one prepared template, whose layouts are looked up as they are
        // first asked for; a copy of the bytes is a template this process has not prepared yet.
        var fresh = template.ToArray();
        var decks = new byte[16][];
        Parallel.For(0, decks.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => decks[i] = DeckRenderer.Render(ZhPlan, fresh));
        var alone = DeckRenderer.Render(ZhPlan, template.ToArray());
        Assert.All(decks, d => Assert.True(d.AsSpan().SequenceEqual(alone), $"{name}: a deck rendered beside others differs from one rendered alone"));
    }

    [Fact]
    public void Template_slides_are_kept_when_asked()
    {
        using var deck = Open(DeckRenderer.Render(ZhPlan, TestTemplates.LibreOffice(), keepTemplateSlides: true));
        Assert.Equal(ZhPlan.Slides.Count + 1, Slides(deck).Count);
        Assert.Empty(TestTemplates.Errors(DeckRenderer.Render(ZhPlan, TestTemplates.LibreOffice(), keepTemplateSlides: true)));
    }

    [Fact]
    public void Layouts_are_found_by_name_in_english_chinese_and_libreoffice_and_by_placeholders_otherwise()
    {
        string LayoutOf(byte[] template, string title)
        {
            using var deck = Open(DeckRenderer.Render(ZhPlan, template));
            var slide = Slides(deck).First(s => s.Slide!.InnerText.Contains(title, StringComparison.Ordinal));
            return slide.SlideLayoutPart!.SlideLayout!.CommonSlideData!.Name!.Value!;
        }
        var agenda = ZhPlan.Slides.First(s => s.Kind == SlideKind.Agenda).Title;
        Assert.Equal("Title and Content", LayoutOf(TestTemplates.Default(), agenda));
        Assert.Equal("标题和内容", LayoutOf(TestTemplates.Chinese(), agenda));
        Assert.Equal("Title, Content", LayoutOf(TestTemplates.LibreOffice(), agenda));
        Assert.Equal("Corporate A", LayoutOf(TestTemplates.Unnamed(), agenda));
        var strengths = ZhPlan.Slides.First(s => s.Kind == SlideKind.TwoColumns).Title;
        Assert.Equal("两栏内容", LayoutOf(TestTemplates.Chinese(), strengths));
        Assert.Equal("Corporate C", LayoutOf(TestTemplates.Unnamed(), strengths));
        Assert.Equal("Title, 2 Content", LayoutOf(TestTemplates.LibreOffice(), strengths));
    }

    [Fact]
    public void Tables_have_a_header_row_and_charts_carry_their_workbook_and_alt_text()
    {
        using var deck = Open(DeckRenderer.Render(ZhPlan));
        var slides = Slides(deck);
        var tables = slides.SelectMany(s => s.Slide!.Descendants<A.Table>()).ToList();
        Assert.True(tables.Count >= 1);
        Assert.All(tables, t => Assert.True(t.TableProperties!.FirstRow!.Value));
        var chartSlide = Assert.Single(slides, s => s.ChartParts.Any());
        var chart = chartSlide.ChartParts.Single();
        Assert.NotNull(chart.ChartSpace!.GetFirstChild<C.BarChart>() ?? chart.ChartSpace.Descendants<C.BarChart>().FirstOrDefault());
        var external = chart.ChartSpace.GetFirstChild<C.ExternalData>()!;
        var workbook = Assert.IsType<EmbeddedPackagePart>(chart.GetPartById(external.Id!.Value!));
        using (var xlsx = SpreadsheetDocument.Open(workbook.GetStream(), false))
        {
            Assert.Contains("故障定位时间", xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet!.InnerText, StringComparison.Ordinal);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(xlsx));
        }
        var frames = slides.SelectMany(s => s.Slide!.Descendants<P.GraphicFrame>()).ToList();
        Assert.All(frames, f => Assert.False(string.IsNullOrWhiteSpace(f.NonVisualGraphicFrameProperties!.NonVisualDrawingProperties!.Description?.Value)));
        var timeline = slides.SelectMany(s => s.Slide!.Descendants<P.GroupShape>()).Single();
        Assert.False(string.IsNullOrWhiteSpace(timeline.NonVisualGroupShapeProperties!.NonVisualDrawingProperties!.Description?.Value));
        Assert.NotEmpty(timeline.Descendants<P.ConnectionShape>());
    }

    [Theory]
    // Short names stand under their columns; names that would break or leave a character alone there go beside bars.
    [InlineData(300, "故障定位时间|变更失败率", false)]
    [InlineData(240, "故障平均定位时间|站点网络可用率|配置回退时间|每月现场运维出勤", true)]
    [InlineData(240, "Mean time to locate a fault|Site network availability|Configuration rollback time|Field maintenance visits per month", true)]
    [InlineData(500, "Fault location|Change failure rate|Rollback", false)]
    public void A_chart_whose_names_do_not_fit_under_columns_draws_bars_with_every_name_whole(double widthPt, string names, bool bars)
    {
        var categories = names.Split('|');
        var chart = new SlideChart(categories, [new ChartSeries("%", categories.Select(_ => 90.0).ToList())], "alt");
        var area = new Rect(0, 0, (long)(widthPt * 12700), 270 * 12700);
        var shape = ChartGraphic.Shape.Of(chart, area);
        Assert.Equal(bars, shape.Horizontal);
        Assert.InRange(shape.SizePt, 14, 18);
        if (!bars)
            return;
        // Each name on at most three lines of the names' column, none broken inside a word or left with a character or two.
        var column = widthPt * shape.Names - 10;
        Assert.All(categories, c => Assert.True(DeckText.Wrap(c, column, shape.SizePt).Count <= 3 && !DeckText.Cramped(c, column, shape.SizePt), c));
    }

    [Fact]
    public void Bars_read_top_down_with_their_values_and_no_value_axis()
    {
        var plan = ZhPlan with
        {
            Slides = ZhPlan.Slides.Select(s => s.Chart is { } c
                ? s with { Chart = c with { Categories = ["故障平均定位时间", "站点网络可用率", "配置回退时间", "每月现场运维出勤"], Series = [c.Series[0] with { Values = [90, 94, 96, 72] }] } }
                : s).ToList(),
        };
        using var deck = Open(DeckRenderer.Render(plan, TestTemplates.LibreOffice()));
        var chart = Slides(deck).SelectMany(s => s.ChartParts).First().ChartSpace!;
        Assert.Equal(C.BarDirectionValues.Bar, chart.Descendants<C.BarDirection>().Single().Val!.Value);
        var categoryAxis = chart.Descendants<C.CategoryAxis>().Single();
        Assert.Equal(C.OrientationValues.MaxMin, categoryAxis.Scaling!.Orientation!.Val!.Value);
        Assert.Equal(0, categoryAxis.TextProperties!.GetFirstChild<A.BodyProperties>()!.Rotation!.Value); // level, never turned
        Assert.True(chart.Descendants<C.ValueAxis>().Single().Delete!.Val!.Value);
        Assert.True(chart.Descendants<C.DataLabels>().First().GetFirstChild<C.ShowValue>()!.Val!.Value);
        Assert.NotNull(chart.Descendants<C.PlotArea>().Single().Layout!.ManualLayout);
    }

    [Fact]
    public void A_timeline_label_too_long_for_its_box_shows_its_name_and_the_warning_and_alt_text_keep_it_whole()
    {
        const string details = "约 415 个村级服务站，全网集中运维，县区营业部和乡镇网点全部接入统一的监控平台，割接期间每晚只动一批，出问题一键回退，"
            + "每批割接前一周完成演练，割接当晚双方值守，第二天上午向分公司领导班子汇报结果，全部完成后三个月内进行验收并移交运维团队";
        var plan = ZhPlan with
        {
            Slides = ZhPlan.Slides.Select(s => s.Timeline is { } t
                ? s with { Timeline = t with { Steps = [.. t.Steps.SkipLast(1), t.Steps[^1] with { Label = "第三批割接完成：" + details }], AltText = "时间线：第三批割接完成：" + details } }
                : s).ToList(),
        };
        var rendered = DeckRenderer.RenderWithWarnings(plan);
        using var deck = Open(rendered.Deck);
        var group = Slides(deck).SelectMany(s => s.Slide!.Descendants<P.GroupShape>()).Single();
        var texts = group.Descendants<P.Shape>().Select(sh => sh.InnerText).ToList();
        Assert.Contains("第三批割接完成", texts);
        Assert.DoesNotContain(texts, t => t.Contains("村级服务站", StringComparison.Ordinal));
        Assert.Contains("村级服务站", group.NonVisualGroupShapeProperties!.NonVisualDrawingProperties!.Description!.Value);
        Assert.Contains(rendered.Warnings, w => w.Chinese.Contains("时间线第 ", StringComparison.Ordinal) && w.Chinese.Contains("村级服务站", StringComparison.Ordinal));
        // The other labels fit and are shown whole.
        Assert.All(plan.Slides.Single(s => s.Timeline is not null).Timeline!.Steps.SkipLast(1), step => Assert.Contains(texts, t => t == step.Label));
    }

    [Fact]
    public void Runs_placed_outside_placeholders_name_an_east_asian_typeface_and_body_text_is_at_least_18_pt()
    {
        foreach (var template in new[] { TestTemplates.Default(), TestTemplates.Unnamed() })
        {
            using var deck = Open(DeckRenderer.Render(ZhPlan, template));
            var runs = Slides(deck).SelectMany(s => s.Slide!.Descendants<A.RunProperties>()).Where(r => r.FontSize is not null).ToList();
            Assert.NotEmpty(runs);
            Assert.All(runs, r => Assert.False(string.IsNullOrEmpty(r.GetFirstChild<A.EastAsianFont>()?.Typeface?.Value)));
            Assert.All(runs, r => Assert.True(r.FontSize!.Value >= 1800));
        }
        using var theme = Open(TestTemplates.Default());
        Assert.False(string.IsNullOrEmpty(theme.PresentationPart!.SlideMasterParts.First().ThemePart!.Theme!.ThemeElements!.FontScheme!.MinorFont!.EastAsianFont!.Typeface!.Value));
    }

    [Fact]
    public void Body_placeholders_autofit()
    {
        using var deck = Open(DeckRenderer.Render(ZhPlan));
        var bodies = Slides(deck).SelectMany(s => s.Slide!.Descendants<P.Shape>())
            .Where(s => s.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape is { } ph && ph.Index is not null).ToList();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, b => Assert.NotNull(b.TextBody!.BodyProperties!.GetFirstChild<A.NormalAutoFit>()));
    }

    [Fact]
    public void Text_that_xml_cannot_hold_is_removed_not_written()
    {
        var deal = DeckDeals.Telecom() with { Customer = DeckDeals.Telecom().Customer with { Name = "坏\u0001字符\uFFFF客户\uD800" } };
        var bytes = DeckRenderer.Render(DeckPlanner.Plan(deal, new DeckRequest()).Plan);
        Assert.Empty(TestTemplates.Errors(bytes));
        using var deck = Open(bytes);
        Assert.Contains(Slides(deck), s => s.Slide!.InnerText.Contains("坏字符客户", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_presentation_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<DeckInputException>(() => DeckRenderer.Render(ZhPlan, "not a zip"u8.ToArray()));
        Assert.Contains("not a PowerPoint presentation", e.Message, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        using (var xlsx = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
            xlsx.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        Assert.Throws<DeckInputException>(() => DeckRenderer.Render(ZhPlan, stream.ToArray()));
        // A presentation whose layout is not well-formed XML.
        using var broken = new MemoryStream();
        broken.Write(TestTemplates.Default());
        using (var zip = new System.IO.Compression.ZipArchive(broken, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("ppt/slideLayouts/slideLayout2.xml")!;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("ppt/slideLayouts/slideLayout2.xml").Open());
            writer.Write("<p:sldLayout");
        }
        Assert.Throws<DeckInputException>(() => DeckRenderer.Render(ZhPlan, broken.ToArray()));
    }

    [Fact]
    public void A_template_without_a_usable_layout_is_refused()
    {
        var e = Assert.Throws<DeckInputException>(() => DeckRenderer.Render(ZhPlan, TestTemplates.NoUsableLayout()));
        Assert.Contains("no usable layout", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_deck_is_atomic()
    {
        var dir = Directory.CreateTempSubdirectory("deck-atomic").FullName;
        var path = Path.Combine(dir, "deck.pptx");
        File.WriteAllText(path, "old");
        Assert.Throws<DeckInputException>(() => DeckRenderer.RenderToFile(ZhPlan, path, "bad"u8.ToArray()));
        Assert.Equal("old", File.ReadAllText(path));
        DeckRenderer.RenderToFile(ZhPlan, path);
        Assert.Single(Directory.GetFiles(dir));
        Assert.Empty(TestTemplates.Errors(File.ReadAllBytes(path)));
    }

    internal static PresentationDocument Open(byte[] bytes) => PresentationDocument.Open(new MemoryStream(bytes), false);

    internal static List<SlidePart> Slides(PresentationDocument doc)
    {
        var pres = doc.PresentationPart!;
        return pres.Presentation!.SlideIdList!.Elements<P.SlideId>().Select(id => (SlidePart)pres.GetPartById(id.RelationshipId!.Value!)).ToList();
    }
}
