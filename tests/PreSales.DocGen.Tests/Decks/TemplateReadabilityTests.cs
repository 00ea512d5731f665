using System.IO.Compression;
using System.Xml.Linq;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Formatting;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>What the renderer does with a template's colours, size and layouts, checked on the parts it writes.</summary>
public class TemplateReadabilityTests
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private static DeckPlan Plan(DealLanguage language) => DeckPlanner.Plan(DeckDeals.Telecom(language), new DeckRequest()).Plan;

    [Fact]
    public void Chart_series_stand_out_from_a_dark_background_and_from_each_other()
    {
        // The deck's charts show one series (a case's improvement); a plan may carry several, as an edited plan does.
        var plan = Plan(DealLanguage.ZhCN);
        var slide = plan.Slides.First(s => s.Chart is not null);
        var chart0 = slide.Chart!;
        var three = chart0 with
        {
            Series = [chart0.Series[0], new ChartSeries("B", [.. chart0.Series[0].Values.Select(v => v / 2)]), new ChartSeries("C", [.. chart0.Series[0].Values.Select(v => v / 3)])],
        };
        plan = plan with { Slides = [.. plan.Slides.Select(s => ReferenceEquals(s, slide) ? s with { Chart = three } : s)] };
        var bytes = DeckRenderer.Render(plan, StyledTemplates.PowerPointDark());
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var chart = zip.Entries.First(e => e.FullName.StartsWith("ppt/charts/chart_deck", StringComparison.Ordinal));
        using var stream = chart.Open();
        var colors = XDocument.Load(stream).Descendants(C + "ser")
            .Select(s => Rgb.Parse((string?)s.Element(C + "spPr")!.Descendants(A + "srgbClr").First().Attribute("val"))!.Value).ToList();
        var background = new Rgb(0x1E, 0x1E, 0x2E);
        Assert.True(colors.Count >= 2);
        Assert.All(colors, c => Assert.True(c.Contrast(background) >= Contrast.Large, $"{c} on {background}: {c.Contrast(background):0.0}"));
        for (var i = 0; i < colors.Count; i++)
            for (var j = i + 1; j < colors.Count; j++)
                Assert.True(colors[i].TellsApart(colors[j]), $"{colors[i]} and {colors[j]}");
    }

    [Fact]
    public void A_table_too_tall_for_a_4_3_template_continues_on_numbered_slides_with_every_cell_whole()
    {
        // The FAB table of a deal whose audience gets one (a manager, not leadership): long Chinese cells, its rows
        // repeated five times so that it overfills a 4:3 slide even at the floor size, as a full FAB table of a
        // technical exchange does.
        var planned = Plan(DealLanguage.ZhCN);
        var table = planned.Slides.First(s => s.Table is { } t && t.Header.Count >= 4);
        var tall = table with { Table = table.Table! with { Rows = [.. Enumerable.Repeat(table.Table!.Rows, 5).SelectMany(r => r)] } };
        var plan = planned with { Slides = [.. planned.Slides.Select(s => ReferenceEquals(s, table) ? tall : s)] };
        var rendered = DeckRenderer.RenderWithWarnings(plan, StyledTemplates.PowerPointDark());
        var slides = SlideFit.Refit(plan.Slides, plan.Language, TemplateMapping.Room(PreparedTemplate.For(StyledTemplates.PowerPointDark(), false).Catalog));
        var fab = plan.Slides.First(s => s.Table is { } t && t.Header.Count >= 4);
        var pages = slides.Where(s => s.Title.StartsWith(fab.Title, StringComparison.Ordinal) && s.Table is not null).ToList();
        Assert.True(pages.Count >= 2, "the FAB table should continue on a 4:3 slide: " + string.Join(" | ", slides.Select(s => $"{s.Title} [{s.Table?.Rows.Count}]")) + $" room {TemplateMapping.Room(PreparedTemplate.For(StyledTemplates.PowerPointDark(), false).Catalog)}");
        Assert.Equal(fab.Title + "（续）", pages[1].Title);
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, rendered.Deck);
        var deck = DeckReader.Read(path);
        File.Delete(path);
        Assert.Equal(9144000, deck.Width);
        Assert.All(deck.Slides.SelectMany(s => s.Shapes).Where(s => s.Kind == ShapeKind.Table),
            t => Assert.True(t.Bounds!.Value.Bottom <= deck.Height, $"{t.Name} ends at {t.Bounds!.Value.Bottom} of {deck.Height}"));
        Assert.Equal(pages.Count, pages.Select(p => p.Title).Distinct().Count());
        Assert.Equal(plan.Slides.Where(s => s.Title.StartsWith(fab.Title, StringComparison.Ordinal)).Sum(s => s.Table?.Rows.Count ?? 0), pages.Sum(p => p.Table!.Rows.Count));
        Assert.DoesNotContain(pages.SelectMany(p => p.Table!.Rows).SelectMany(r => r), c => c.EndsWith('…'));
        Assert.Contains(rendered.Warnings, w => w.English.Contains("smaller than the default", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_template_maps_every_slide_kind_and_the_default_template_needs_no_warning()
    {
        var mapping = DeckRenderer.CheckTemplate();
        Assert.Equal(["title", "agenda", "section", "content", "graphic", "twoColumns", "closing"], mapping.Choices.Select(c => c.Kind));
        Assert.All(mapping.Choices, c => Assert.True(c.Exact, c.Kind));
        Assert.Empty(mapping.Warnings);
        Assert.Equal("16:9", mapping.Aspect);
        Assert.Contains("Title and Content", mapping.ToText(DealLanguage.EnUS), StringComparison.Ordinal);
        Assert.Equal("4:3", DeckRenderer.CheckTemplate(StyledTemplates.PowerPointDark()).Aspect);
    }

    [Fact]
    public void Master_sample_styles_reach_the_slides_of_a_google_slides_style_template()
    {
        // Its text styles sit only in the master placeholders' lstStyle: PowerPoint reads those, so the titles keep
        // the template's bold and typeface, and stay above the body's size when a long one is set smaller to fit.
        var bytes = DeckRenderer.Render(Plan(DealLanguage.EnUS), StyledTemplates.GoogleSlides());
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, bytes);
        var deck = DeckReader.Read(path);
        File.Delete(path);
        var titles = deck.Slides.Skip(1).Select(s => s.Shapes.First(x => x.Kind == ShapeKind.Title).Paragraphs[0].Runs[0]).ToList();
        Assert.All(titles, t => Assert.True(t.Bold && t.SizePt >= 22, $"{t.Text}: {t.SizePt} pt"));
        Assert.All(titles, t => Assert.Equal("Roboto", t.Typeface));
    }

    [Fact]
    public void Stripes_drawn_in_scaled_and_nested_groups_on_the_master_are_seen_where_they_lie_and_kept_clear()
    {
        var template = StyledTemplates.GroupedStripes();
        var catalog = PreparedTemplate.For(template, false).Catalog;
        var layout = catalog.For(LayoutRole.TitleAndContent);
        // Both stripes are found at their place on the slide: the outer group's (navy) and the nested group's (blue).
        var navy = new Rgb(0x1F, 0x38, 0x64);
        Assert.Contains(navy, layout.Style.Scene.Under(0, 0, 1400000, 6858000).Colors);
        Assert.Contains(new Rgb(0x2E, 0x75, 0xB6), layout.Style.Scene.Under(1500000, 0, 900000, 6858000).Colors);
        Assert.Contains(new Rect(0, 0, 1463040, 6858000), layout.Decorations);
        Assert.Contains(new Rect(1463040, 0, 975360, 6858000), layout.Decorations);
        // Titles, body text, tables, charts and timelines are placed right of them, in both languages.
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
        {
            var path = Path.GetTempFileName();
            File.WriteAllBytes(path, DeckRenderer.Render(Plan(language), template));
            var deck = DeckReader.Read(path);
            File.Delete(path);
            // Title and section layouts hide the master's shapes (and draw their own panel): no stripes there.
            var striped = deck.Slides.Where(s => catalog.All.First(l => l.Name == s.Layout).Decorations.Contains(new Rect(0, 0, 1463040, 6858000))).ToList();
            Assert.True(striped.Count >= 8, $"{striped.Count} slides on striped layouts");
            var shapes = striped.SelectMany(s => s.Shapes.Where(x => x.Kind is not (ShapeKind.Footer or ShapeKind.Picture))
                .Select(x => (Slide: s.Number, Shape: x))).ToList();
            Assert.Contains(shapes, x => x.Shape.Kind == ShapeKind.Table);
            Assert.Contains(shapes, x => x.Shape.Kind == ShapeKind.Chart);
            Assert.All(shapes, x => Assert.True(x.Shape.Bounds!.Value.X >= StyledTemplates.StripesEnd,
                $"{language} slide {x.Slide}: {x.Shape.Kind} {x.Shape.Name} at x={x.Shape.Bounds!.Value.X}, the stripes end at {StyledTemplates.StripesEnd}"));
        }
    }

    [Fact]
    public void A_translucent_shape_is_seen_mixed_with_what_lies_below_it()
    {
        // Lights' bubbles: white at 20% over a dark background read as the background lightened a little, not as white.
        var fill = new XElement(A + "spPr", new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", "FFFFFF"), new XElement(A + "alpha", new XAttribute("val", "20000")))));
        var veil = Paint.Of(fill, new ThemePalette(null, null))!;
        Assert.Equal(0.2, veil.Opacity, 3);
        var dark = new Rgb(0x20, 0x10, 0x40);
        var scene = new Scene(new Paint([dark], false), [new Layer((0, 0, 1000, 1000), veil)]);
        var seen = Assert.Single(scene.Under(0, 0, 1000, 1000).Colors);
        Assert.Equal(dark.Mix(new Rgb(255, 255, 255), 0.2), seen);
        // White text reads on it; on the white the veil was taken for before, it did not.
        Assert.True(new Rgb(255, 255, 255).Contrast(seen) >= Contrast.Body, $"{seen}");
    }

    [Fact]
    public void A_gradient_with_translucent_stops_is_seen_point_by_point_over_what_lies_below_it()
    {
        // Lights' master: a dark band under a white glow, 90% at its middle low on the slide, 20% at its edges. Taken as
        // white everywhere (its stops' colours), the title went dark blue on the dark top; seen where it lies, white.
        static XElement Stop(int pos, int alpha) => new(A + "gs", new XAttribute("pos", pos),
            new XElement(A + "srgbClr", new XAttribute("val", "FFFFFF"), new XElement(A + "alpha", new XAttribute("val", alpha))));
        var fill = new XElement(A + "spPr", new XElement(A + "gradFill",
            new XElement(A + "gsLst", Stop(0, 90000), Stop(75000, 20000), Stop(100000, 20000)),
            new XElement(A + "path", new XAttribute("path", "circle"),
                new XElement(A + "fillToRect", new XAttribute("l", 50000), new XAttribute("t", 85000), new XAttribute("r", 50000), new XAttribute("b", 15000)))));
        var glow = Paint.Of(fill, new ThemePalette(null, null))!;
        Assert.NotNull(glow.Glow);
        var dark = new Rgb(0x00, 0x00, 0x32);
        var scene = new Scene(new Paint([dark], false), [new Layer((0, 0, 1000, 1000), glow)]);
        var white = new Rgb(255, 255, 255);
        var top = scene.Under(100, 0, 800, 100).Colors;
        Assert.All(top, c => Assert.True(white.Contrast(c) >= Contrast.Body, $"top {c}"));
        // Low in the middle the glow is nearly white: dark text reads there, white does not.
        var middle = scene.Under(450, 800, 100, 100).Colors;
        Assert.All(middle, c => Assert.True(white.Contrast(c) < Contrast.Large, $"middle {c}"));
        // A linear gradient of translucent stops changes along its angle (0: left to right).
        var linear = Paint.Of(new XElement(A + "spPr", new XElement(A + "gradFill", new XElement(A + "gsLst", Stop(0, 0), Stop(100000, 100000)),
            new XElement(A + "lin", new XAttribute("ang", 0)))), new ThemePalette(null, null))!;
        var across = new Scene(new Paint([dark], false), [new Layer((0, 0, 1000, 1000), linear)]);
        Assert.All(across.Under(0, 0, 100, 1000).Colors, c => Assert.True(white.Contrast(c) >= Contrast.Body, $"left {c}"));
        Assert.All(across.Under(900, 0, 100, 1000).Colors, c => Assert.True(white.Contrast(c) < Contrast.Large, $"right {c}"));
    }

    [Fact]
    public void An_outline_only_drawing_on_the_master_is_kept_clear_of_text_and_the_review_sees_text_over_it()
    {
        var template = StyledTemplates.LineDrawing();
        var (dx, dy, dw, dh) = StyledTemplates.Drawing(template);
        var drawing = new Rect(dx, dy, dw, dh);
        var catalog = PreparedTemplate.For(template, false).Catalog;
        var layout = catalog.For(LayoutRole.TitleAndContent);
        // Seen as a decoration (it has no fill: not among the painted shapes), and the content box starts right of it.
        Assert.Contains(drawing, layout.Drawings);
        Assert.Contains(drawing, layout.Decorations);
        Assert.True(layout.Content[0].Rect.X >= dx + dw, $"content box at x={layout.Content[0].Rect.X}, the drawing ends at {dx + dw}");
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
        {
            var bytes = DeckRenderer.Render(Plan(language), template);
            var deck = Read(bytes);
            var drawn = deck.Slides.Where(s => catalog.All.First(l => l.Name == s.Layout).Drawings.Contains(drawing)).ToList();
            Assert.True(drawn.Count >= 5, $"{drawn.Count} slides show the drawing");
            var bodies = drawn.SelectMany(s => s.Shapes.Where(x => x.Kind is ShapeKind.Body or ShapeKind.Chart).Select(x => (Slide: s.Number, Shape: x))).ToList();
            Assert.Contains(bodies, b => b.Shape.Kind == ShapeKind.Chart);
            Assert.All(bodies, b => Assert.True(b.Shape.Bounds!.Value.X >= dx + dw, $"{language} slide {b.Slide}: {b.Shape.Name} at x={b.Shape.Bounds!.Value.X}"));
            Assert.DoesNotContain(DeckReview.Run(deck).Findings, f => f.Rule == "decoration-overlap");
            // The body box of a slide moved back over the drawing, as the renderer placed it before: the review flags it.
            var slide = drawn.First(s => s.Shapes.Any(x => x.Kind == ShapeKind.Body && x.PlaceholderType is null or "body" or "obj" && x.HasText));
            var body = slide.Shapes.First(x => x.Kind == ShapeKind.Body && x.PlaceholderType is null or "body" or "obj" && x.HasText);
            var moved = EditPart(bytes, slide.Part.TrimStart('/'), root =>
            {
                var off = root.Descendants(P + "sp").First(sp => (uint?)sp.Descendants(P + "cNvPr").First().Attribute("id") == body.Id).Descendants(A + "off").First();
                off.SetAttributeValue("x", layout.Content[0].Full.X);
                off.Parent!.Element(A + "ext")!.SetAttributeValue("cx", layout.Content[0].Full.Width);
            });
            Assert.Contains(DeckReview.Run(Read(moved)).Findings, f => f.Rule == "decoration-overlap" && f.Slide == slide.Number);
        }
    }

    [Fact]
    public void The_review_flags_chart_series_below_3_to_1_on_their_background_and_series_too_alike()
    {
        var bytes = DeckRenderer.Render(Plan(DealLanguage.ZhCN), TestTemplates.Default());
        var deck = Read(bytes);
        Assert.DoesNotContain(DeckReview.Run(deck).Findings, f => f.Rule == "chart-contrast");
        var slide = deck.Slides.First(s => s.Shapes.Any(x => x.Kind == ShapeKind.Chart));
        var chart = slide.Shapes.First(x => x.Kind == ShapeKind.Chart);
        Assert.NotEmpty(chart.SeriesColors);
        var background = slide.Scene!.Under(chart.Bounds!.Value.X, chart.Bounds.Value.Y, chart.Bounds.Value.Width, chart.Bounds.Value.Height).Colors[0];
        var part = ChartPart(bytes);
        // The series in a colour near the background's: under 3:1.
        var faint = background.Mix(new Rgb(0x80, 0x80, 0x80), 0.3);
        var low = EditPart(bytes, part, root => root.Descendants(C + "ser").First().Element(C + "spPr")!.Descendants(A + "srgbClr").First().SetAttributeValue("val", faint.Hex));
        Assert.Contains(DeckReview.Run(Read(low)).Findings, f => f.Rule == "chart-contrast" && f.Slide == slide.Number && f.Message.English.Contains(faint.ToString(), StringComparison.Ordinal));
        // A second series in nearly the first one's colour: each reads on the background, the two are not told apart.
        var alike = EditPart(bytes, part, root =>
        {
            var first = root.Descendants(C + "ser").First();
            var second = new XElement(first);
            second.Element(C + "idx")!.SetAttributeValue("val", 1);
            second.Element(C + "order")!.SetAttributeValue("val", 1);
            var color = Rgb.Parse((string?)first.Element(C + "spPr")!.Descendants(A + "srgbClr").First().Attribute("val"))!.Value;
            second.Element(C + "spPr")!.Descendants(A + "srgbClr").First().SetAttributeValue("val", color.Mix(new Rgb(255, 255, 255), 0.1).Hex);
            first.AddAfterSelf(second);
        });
        var findings = DeckReview.Run(Read(alike)).Findings.Where(f => f.Rule == "chart-contrast").ToList();
        Assert.Contains(findings, f => f.Slide == slide.Number && f.Message.English.Contains("too alike", StringComparison.Ordinal));
    }

    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    private static DeckFacts Read(byte[] bytes)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, bytes);
        try
        {
            return DeckReader.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string ChartPart(byte[] pptx)
    {
        using var zip = new ZipArchive(new MemoryStream(pptx));
        return zip.Entries.First(e => e.FullName.StartsWith("ppt/charts/chart", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).FullName;
    }

    // A copy of a package with one XML part edited.
    private static byte[] EditPart(byte[] pptx, string part, Action<XElement> edit)
    {
        using var output = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(pptx)))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                if (entry.FullName == part)
                {
                    var doc = XDocument.Load(from);
                    edit(doc.Root!);
                    doc.Save(to, SaveOptions.DisableFormatting);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }
}
