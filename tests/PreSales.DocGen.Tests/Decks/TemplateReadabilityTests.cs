using System.IO.Compression;
using System.Xml.Linq;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Formatting;
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
                Assert.True(TemplateColors.Distinguishable(colors[i], colors[j]), $"{colors[i]} and {colors[j]}");
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
        Assert.Equal(fab.Title + "(续)", pages[1].Title);
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
}
