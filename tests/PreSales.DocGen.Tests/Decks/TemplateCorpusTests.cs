using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>
/// Decks on templates no one here made: every template that ships with LibreOffice Impress (its .otp files,
/// converted to .pptx by one soffice call per test run), and decks made by other tools used as templates. For each,
/// in Chinese and English: the deck validates, every text and table lies inside the slide, no text is below its
/// WCAG ratio against what lies behind it, every title is larger than its body, and the deck passes its own
/// review with no error.
/// </summary>
[Trait("Category", "Slow")]
public class TemplateCorpusTests
{
    private static readonly Lazy<string> Converted = new(Convert);

    public static IEnumerable<object[]> OtherTools() =>
        new[] { "pandoc-zh.pptx", "pandoc-en.pptx", "libreoffice-zh.pptx", "libreoffice-en.pptx" }.Select(n => new object[] { n });

    [SkippableFact]
    public void Every_LibreOffice_template_makes_readable_decks_that_pass_their_own_review()
    {
        var dir = Converted.Value;
        var templates = Directory.GetFiles(dir, "*.pptx").Order(StringComparer.Ordinal).ToList();
        Assert.True(templates.Count >= 10, $"only {templates.Count} LibreOffice templates converted");
        var problems = templates.SelectMany(t => Problems(Path.GetFileNameWithoutExtension(t), File.ReadAllBytes(t))).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void LibreOffice_templates_keep_their_design_and_use_their_room()
    {
        var dir = Converted.Value;
        DeckFacts Made(string name, DealLanguage language = DealLanguage.EnUS)
        {
            var path = Path.Combine(dir, name + ".pptx");
            Skip.IfNot(File.Exists(path), $"LibreOffice's {name} template is not installed");
            var plan = DeckPlanner.Plan(DeckDeals.Telecom(language), new DeckRequest()).Plan;
            return DeckReader.Read(DeckRenderer.Render(plan, File.ReadAllBytes(path)), name + ".pptx");
        }
        // Candy's master draws colour stripes over the left third of the slide: titles start right of them.
        var candy = Made("Candy");
        Assert.All(candy.Slides.Skip(1).Select(s => s.Shapes.First(x => x.Kind == ShapeKind.Title)), t => Assert.True(t.Bounds!.Value.X >= 250 * 12700, $"{t.Text} at x={t.Bounds!.Value.X / 12700} pt"));
        // …and so do body text, tables, charts and the timeline's marks and labels (the stripes end at 256 pt), in
        // Chinese and in English: a table whose words would break inside the narrowed columns at 18 pt (the FAB table's
        // "configuration") starts smaller, a timeline whose labels would ("presentation") staggers them in two rows.
        IEnumerable<(int Slide, ShapeFacts Shape)> Content(DeckFacts deck, params ShapeKind[] kinds) =>
            deck.Slides.Skip(1).SelectMany(s => s.Shapes.Where(x => kinds.Contains(x.Kind)).Select(x => (s.Number, x)));
        void RightOfStripes(IEnumerable<(int Slide, ShapeFacts Shape)> shapes) =>
            Assert.All(shapes, c => Assert.True(c.Shape.Bounds!.Value.X >= 250 * 12700, $"slide {c.Slide}: {c.Shape.Kind} {c.Shape.Name} at x={c.Shape.Bounds!.Value.X / 12700} pt"));
        foreach (var deck in new[] { Made("Candy", DealLanguage.ZhCN), candy })
        {
            var shapes = Content(deck, ShapeKind.Body, ShapeKind.Table, ShapeKind.Chart, ShapeKind.TextBox, ShapeKind.Connector).ToList();
            Assert.Contains(shapes, c => c.Shape.Kind == ShapeKind.Table);
            Assert.Contains(shapes, c => c.Shape.Kind == ShapeKind.Chart);
            Assert.Contains(shapes, c => c.Shape.Kind == ShapeKind.Connector);
            RightOfStripes(shapes);
        }
        var fab = Assert.Single(Content(candy, ShapeKind.Table), t => t.Shape.Text.Contains("configuration", StringComparison.Ordinal));
        Assert.All(fab.Shape.Paragraphs.SelectMany(p => p.Runs), r => Assert.InRange(r.SizePt, SlideRoom.MinTableFont, 17));
        Assert.DoesNotContain(candy.Slides, s => s.Title is { } t && t.StartsWith("Every feature", StringComparison.Ordinal) && t.Contains("(cont", StringComparison.Ordinal));
        // Grey Elegant's pale mosaic tiles (#CED4DA on white) are meant to lie behind its text: its body boxes are not moved.
        var grey = Made("Grey_Elegant");
        Assert.All(Content(grey, ShapeKind.Body), c => Assert.True(c.Shape.Bounds!.Value.X < 60 * 12700, $"slide {c.Slide}: {c.Shape.Name} at x={c.Shape.Bounds!.Value.X / 12700} pt"));
        // Growing Liberty's body box is 700×196 pt: the six agenda items fit it at the autofit floor, on one slide.
        var growing = Made("Growing_Liberty");
        Assert.DoesNotContain(growing.Slides, s => s.Title is { } t && t.StartsWith("Agenda (cont", StringComparison.Ordinal));
        // Its body box ends 83 pt above the slide's bottom, with nothing drawn there: the FAB table reaches into that
        // room and shrinks towards the floor before rows continue (before: one row a slide at 18 pt, within the box).
        var room = TemplateMapping.Room(PreparedTemplate.For(File.ReadAllBytes(Path.Combine(dir, "Growing_Liberty.pptx")), false).Catalog);
        var plan = DeckPlanner.Plan(DeckDeals.Telecom(DealLanguage.EnUS), new DeckRequest()).Plan;
        var fitted = SlideFit.Refit(plan.Slides, plan.Language, room);
        var fabSlides = fitted.Where(s => s.Table is { } t && t.Header.Count == 4).ToList();
        Assert.All(fabSlides, s => Assert.True(s.Table!.Rows.Count >= 2, string.Join(" | ", fabSlides.Select(f => $"{f.Title} [{f.Table!.Rows.Count}]")) + $" room {room}"));
        var growingTables = growing.Slides.SelectMany(s => s.Shapes).Where(s => s.Kind == ShapeKind.Table).ToList();
        Assert.Contains(growingTables, t => t.Bounds!.Value.Bottom > (136.8 + 226.5) * 12700);
        Assert.All(growingTables, t => Assert.True(t.Bounds!.Value.Bottom <= growing.Height * 0.96, $"{t.Name} ends at {t.Bounds!.Value.Bottom / 12700} pt"));
        Assert.All(growingTables.SelectMany(t => t.Paragraphs).SelectMany(p => p.Runs), r => Assert.True(r.SizePt >= SlideRoom.MinTableFont, $"{r.Text} at {r.SizePt} pt"));
        // Yellow Idea's first master draws a light bulb in outline (custom shapes, no fill) across its body box: the title
        // slide's subtitle is set beside it, and content goes on the first master whose content room is clear, so no
        // text, table, chart or timeline lies on a line drawing (before: all on the bulb's master, the bulb behind them).
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
        {
            var yellow = Made("Yellow_Idea", language);
            var bulb = yellow.Slides[0].Scene!.VisibleDrawings().Select(d => new Bounds(d.X, d.Y, d.Width, d.Height)).ToList();
            Assert.NotEmpty(bulb);
            var subtitle = yellow.Slides[0].Shapes.First(s => s.Kind == ShapeKind.Body && s.HasText);
            Assert.All(bulb, d => Assert.True(subtitle.Bounds!.Value.X >= d.Right, $"{language}: subtitle at x={subtitle.Bounds!.Value.X / 12700} pt, a drawing ends at {d.Right / 12700} pt"));
            var placed = Content(yellow, ShapeKind.Body, ShapeKind.Table, ShapeKind.Chart, ShapeKind.TextBox, ShapeKind.Connector).ToList();
            Assert.Contains(placed, c => c.Shape.Kind == ShapeKind.Chart);
            Assert.All(placed, c => Assert.DoesNotContain(yellow.Slides[c.Slide - 1].Scene!.VisibleDrawings(),
                d => c.Shape.Bounds!.Value.Overlap(new Bounds(d.X, d.Y, d.Width, d.Height)) > 0));
            // Blueprint Plans' first master is a blueprint with a pencil across its body box; its second is a sheet of
            // paper on it. Titles stay on the blueprint; charts and timelines lie on the paper, their marks at 3:1 on it.
            var blueprint = Made("Blueprint_Plans", language);
            Assert.True(Behind(blueprint.Slides[0], blueprint.Slides[0].Shapes.First(s => s.Kind == ShapeKind.Title)).All(c => c.Luminance < 0.4), $"{language}: the title slide is not on the blueprint");
            var graphics = Content(blueprint, ShapeKind.Chart, ShapeKind.Connector).ToList();
            Assert.Contains(graphics, g => g.Shape.Kind == ShapeKind.Chart);
            Assert.Contains(graphics, g => g.Shape.Kind == ShapeKind.Connector);
            Assert.All(graphics, g => Assert.True(Behind(blueprint.Slides[g.Slide - 1], g.Shape).All(c => c.Luminance > 0.7),
                $"{language} slide {g.Slide}: {g.Shape.Name} on {string.Join(", ", Behind(blueprint.Slides[g.Slide - 1], g.Shape))}"));
            foreach (var (number, bars) in graphics.Where(g => g.Shape.Kind == ShapeKind.Chart))
                Assert.All(bars.SeriesColors, c => Assert.True(Formatting.Contrast.Worst(c, Behind(blueprint.Slides[number - 1], bars)) >= Formatting.Contrast.Large, $"{language}: series {c}"));
        }
        // Midnightblue's two-content layout exports a small pair of boxes in a corner: the chart gets half the body box.
        var midnight = Made("Midnightblue");
        var chart = midnight.Slides.SelectMany(s => s.Shapes).First(x => x.Kind == ShapeKind.Chart);
        Assert.True(chart.Bounds!.Value.Width >= midnight.Width * 0.4, $"chart {chart.Bounds!.Value.Width / 12700} pt wide on a {midnight.Width / 12700} pt slide");
        // Its layouts carry another master's sample text (15 pt white, no bullet): points take the content master's
        // outline style (24 pt), not 18 pt under 21 pt sub-points; on a slide whose long title its one-line band holds
        // only smaller, the points are set a step under the title, still larger than their sub-points.
        foreach (var slide in midnight.Slides.Skip(1))
        {
            var title = slide.Shapes.First(s => s.Kind == ShapeKind.Title).Paragraphs.SelectMany(p => p.ShownSizes).Max();
            var paragraphs = slide.Shapes.Where(s => s.Kind == ShapeKind.Body && s.PlaceholderType != "subTitle").SelectMany(s => s.Paragraphs).Where(p => p.Text.Length > 0).ToList();
            var top = paragraphs.Where(p => p.Level == 0).SelectMany(p => p.ShownSizes).ToList();
            Assert.All(top, size => Assert.True(size >= 24 || size >= SlideComposer.FloorPt && size <= title - TitleFit.Step, $"slide {slide.Number}: points at {size} pt under a {title} pt title"));
            Assert.All(paragraphs.Where(p => p.Level > 0).SelectMany(p => p.ShownSizes), size => Assert.True(top.Count == 0 || size < top.Min(), $"slide {slide.Number}: sub-points at {size} pt"));
        }
        Assert.Contains(midnight.Slides.SelectMany(s => s.Shapes).Where(s => s.Kind == ShapeKind.Body).SelectMany(s => s.Paragraphs).Where(p => p.Level == 0).SelectMany(p => p.ShownSizes), size => size >= 24);
        // Focus's chart box spans the corners of its orange and green triangles: the bars take an accent on the theme's
        // background, not the black of its text.
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
        {
            var bars = Made("Focus", language).Slides.SelectMany(s => s.Shapes).First(x => x.Kind == ShapeKind.Chart);
            Assert.NotNull(bars.ChartFill);
            Assert.All(bars.SeriesColors, c => Assert.True(c.Luminance > 0.05 && c.Contrast(bars.ChartFill!.Value) >= Formatting.Contrast.Large, $"{language}: bars {c}"));
        }
    }

    [SkippableFact]
    public void Content_titles_keep_off_the_decorations_at_their_ends()
    {
        // Yellow Idea's content master has a small bulb icon (line drawings, each under 1% of the slide) at the left
        // end of its title box; Focus's has triangles beside its title box. Before: long titles took the whole box and
        // their first letters lay on the bulb, their last words on the orange triangle. Each content title's box now
        // ends before what is drawn across the middle of its band.
        var problems = new List<string>();
        foreach (var (name, language, deck) in Decks("Yellow_Idea", "Focus"))
        {
            foreach (var slide in deck.Slides.Skip(1))
            {
                var b = slide.Shapes.First(s => s.Kind == ShapeKind.Title && s.HasText).Bounds!.Value;
                var scene = slide.Scene!;
                long Across((long X, long Y, long Width, long Height) a, Bounds t) => Math.Min(a.Y + a.Height, t.Bottom) - Math.Max(a.Y, t.Y);
                // A drawing across a quarter of the band, a shape across half of it (Yellow Idea's yellow band under
                // the title's left part is a highlight, a third of the band, meant to lie behind it).
                var things = scene.Drawings.Select(d => d.Area).Where(a => Across(a, b) >= b.Height / 4)
                    .Concat(scene.Painted.Where(p => p.Paint.Colors.Count > 0 || p.Paint.Picture).Select(p => p.Area).Where(a => Across(a, b) >= b.Height / 2))
                    .Where(a => (double)a.Width * a.Height < (double)deck.Width * deck.Height * 0.8);
                foreach (var a in things.Where(a => a.X < b.Right && a.X + a.Width > b.X))
                    problems.Add($"{name} {language} slide {slide.Number}: title {b.X / 12700}–{b.Right / 12700} pt over a shape at {a.X / 12700}–{(a.X + a.Width) / 12700} pt");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void Long_titles_fit_short_title_boxes_at_a_size_above_the_body()
    {
        // These templates' title boxes hold one line at the template's size, and shrink what overflows: LibreOffice set
        // the long English titles at 13–16 pt. Each title now fits its box as set (the review's measure, no shrinking
        // left to the viewer), at 22 pt or more, larger than the body on its slide.
        var problems = new List<string>();
        foreach (var (name, language, deck) in Decks("Candy", "Metropolis", "Pencil", "Piano", "Portfolio", "Focus", "Blueprint_Plans"))
        {
            foreach (var slide in deck.Slides)
            {
                if (slide.Shapes.FirstOrDefault(s => s.Kind == ShapeKind.Title && s.HasText) is not { Bounds: { } b } title)
                    continue;
                var size = title.Paragraphs.SelectMany(p => p.ShownSizes).Max();
                var (width, height) = ((b.Width - title.Insets.Horizontal) / 12700.0, (b.Height - title.Insets.Vertical) / 12700.0);
                var needed = PreSales.DocGen.Review.Rules.TextOverflowRule.NeededHeight(title, width, 1.2);
                var body = slide.Shapes.Where(s => s.Kind == ShapeKind.Body && s.PlaceholderType != "subTitle").SelectMany(s => s.Paragraphs).SelectMany(p => p.ShownSizes).DefaultIfEmpty(0).Max();
                if (needed > height || size < 22 || size < body * 1.05)
                    problems.Add($"{name} {language} slide {slide.Number}: \"{title.Text}\" at {size} pt needs {needed:0} pt in a {width:0}×{height:0} pt box; body {body} pt");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void A_chinese_title_on_two_lines_breaks_after_its_own_colon_when_both_parts_fit_a_line()
    {
        // Candy's title box is narrow for its 34 pt: "成功关键：90 天割接计划和联合保障机制" ran on and broke inside a
        // word ("…联合保" over "障机制"); a designer breaks it after the colon.
        var titles = Decks("Candy").Where(d => d.Language == DealLanguage.ZhCN).SelectMany(d => d.Deck.Slides)
            .Select(s => s.Shapes.First(x => x.Kind == ShapeKind.Title && x.HasText).Text).ToList();
        Assert.Contains(titles, t => t.Contains("\uff1a\n", StringComparison.Ordinal));
        Assert.All(titles.Where(t => t.Contains('\n')), t => Assert.Contains(t[t.IndexOf('\n') - 1], "\uff0c\uff1b\uff1a\u3002\uff01\uff1f"));
    }

    [SkippableFact]
    public void Titles_lie_on_the_ground_the_background_picture_paints_for_them()
    {
        // Metropolis paints its title ribbon into a picture over the whole slide (its rows 18–73 pt); Blueprint Plans'
        // paper master paints a pencil over the right end of its title box. Before: long titles ran past
        // the ribbon onto the blue, or onto the pencil. Every title's letters now lie on their ground in the picture,
        // cell by cell, the review's measure.
        var problems = new List<string>();
        foreach (var (name, language, deck) in Decks("Metropolis", "Blueprint_Plans"))
        {
            foreach (var slide in deck.Slides)
            {
                var title = slide.Shapes.First(s => s.Kind == ShapeKind.Title && s.HasText);
                var letters = PreSales.DocGen.Review.Rules.DecorationOverlapRule.Letters(title, PreSales.DocGen.Review.Rules.OverlapRule.TextArea(title));
                var where = $"{name} {language} slide {slide.Number}: \"{title.Text}\" at {letters.X / 12700}–{(letters.X + letters.Width) / 12700} × {letters.Y / 12700}–{(letters.Y + letters.Height) / 12700} pt";
                if (Formatting.PictureGround.Of(slide.Scene!, letters) is not { } picture)
                {
                    problems.Add($"{where}: no picture behind it");
                    continue;
                }
                var off = picture.Ground(letters) is { } ground ? picture.Off(letters, ground) : 1;
                if (off > 0)
                    problems.Add($"{where}: {off:0%} off its ground");
                if (name == "Metropolis" && (letters.Y < 13 * 12700 || letters.Y + letters.Height > 78 * 12700))
                    problems.Add($"{where}: off the ribbon's rows");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void Body_text_leaves_no_character_or_two_alone_on_a_line()
    {
        // Beside the chart, "做法:统一运维平台与一键恢复" at the template's 24-25 pt wrapped "恢复" alone in the column's
        // 280-334 pt (its bullet's indent off); one column wide, "…合规要求" went alone. The body is now set a little
        // smaller where that keeps the line whole, else broken after its own colon or comma (BodyFit).
        var problems = new List<string>();
        foreach (var name in new[] { "DNA", "Grey_Elegant", "Growing_Liberty", "Portfolio", "Sunset", "Yellow_Idea", "Midnightblue", "Piano" })
        {
            foreach (var (_, language, deck) in Decks(name))
            {
                foreach (var finding in DeckReview.Run(deck).Findings.Where(f => f.Rule == "text-cramped"))
                    problems.Add($"{name} {language} slide {finding.Slide}: {finding.Message.English}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void Candys_title_slide_subtitle_reads_on_its_photo_of_sweets()
    {
        // Candy's title slide lies on a photo of a bowl of sweets. Its subtitle's second line lay on the sweets and the
        // bowl's rim, black down to 3.4:1 on their darkest cells: enough on average and for its size, not against a
        // photo's edges. Each line now reads at 4.5:1 on every cell under its letters, as the review sees them, on a
        // translucent backing the photo shows through; the title, on the photo's calm top, gets none.
        var problems = new List<string>();
        foreach (var (_, language, deck) in Decks("Candy"))
        {
            var slide = deck.Slides[0];
            var subtitle = slide.Shapes.First(s => s.PlaceholderType == "subTitle" && s.HasText);
            var b = subtitle.Bounds!.Value;
            var placement = subtitle.Placement ?? Formatting.Placement.Of(b.X, b.Y, b.Width, b.Height);
            foreach (var (paragraph, size, part) in PreSales.DocGen.Review.Rules.LowContrastRule.Lines(subtitle, placement))
            {
                var ground = slide.Scene!.Ground(part, size * 12700 / 3, over: subtitle.Paint);
                var color = paragraph.Runs.First(r => r.Text.Trim().Length > 0).Color!.Value;
                var worst = subtitle.Paint is { Opacity: >= 1, Colors: [var solid] } ? color.Contrast(solid) : ground.Worst(color, default, 0);
                if (ground.Count == 0 || worst < Formatting.Contrast.Body)
                    problems.Add($"{language}: \"{paragraph.Text}\" {color} at {worst:0.00}:1 on the cells under its letters");
            }
            if (subtitle.Paint is { Opacity: >= 1 })
                problems.Add($"{language}: the subtitle's backing hides the photo");
            if (slide.Shapes.First(s => s.Kind == ShapeKind.Title).Paint is { IsNone: false })
                problems.Add($"{language}: the title, on the photo's calm top, got a backing");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void Focus_sets_its_title_slide_whole_in_its_boxes()
    {
        // Focus's title slide has a 198 pt subtitle box at 23 pt (Chinese: "部" and "03" were left alone on their lines)
        // and a 312 pt title box on its red triangle, where the English title needs three lines at 22 pt and the box
        // holds two (it was left to LibreOffice's shrink, and its second line ran to the slide's left edge). Both now
        // fit their boxes as set, by the fitter's wrap, with no line of one or two characters; the title's box keeps
        // the template's margin from the slide's sides, and stays larger than the subtitle.
        var path = Path.Combine(Converted.Value, "Focus.pptx");
        Skip.IfNot(File.Exists(path), "LibreOffice's Focus template is not installed");
        var catalog = PreparedTemplate.For(File.ReadAllBytes(path), false).Catalog;
        var margin = TitleFit.Margin(catalog.For(LayoutRole.TitleSlide), catalog.Slide);
        var problems = new List<string>();
        foreach (var (_, language, deck) in Decks("Focus"))
        {
            var first = deck.Slides[0];
            var title = first.Shapes.First(s => s.Kind == ShapeKind.Title && s.HasText);
            var subtitle = first.Shapes.First(s => s.PlaceholderType == "subTitle" && s.HasText);
            foreach (var shape in new[] { title, subtitle })
            {
                var b = shape.Bounds!.Value;
                var size = shape.Paragraphs.SelectMany(p => p.ShownSizes).Max();
                if (!TitleFit.Fits(shape.Text, new Rect(b.X, b.Y, b.Width, b.Height), size))
                    problems.Add($"{language}: \"{shape.Text}\" at {size} pt does not fit its {b.Width / 12700}×{b.Height / 12700} pt box whole");
            }
            var t = title.Bounds!.Value;
            if (t.X < margin || t.Right > deck.Width - margin)
                problems.Add($"{language}: the title's box {t.X / 12700}–{t.Right / 12700} pt is outside the template's margin of {margin / 12700} pt");
            if (title.Paragraphs.SelectMany(p => p.ShownSizes).Min() <= subtitle.Paragraphs.SelectMany(p => p.ShownSizes).Max())
                problems.Add($"{language}: the title is no larger than the subtitle");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(DealLanguage.EnUS)]
    [InlineData(DealLanguage.ZhCN)]
    public void A_long_title_wraps_in_its_one_line_box_grown_into_the_free_room_under_it(DealLanguage language)
    {
        var template = StyledTemplates.OneLineTitle();
        var plan = DeckPlanner.Plan(DeckDeals.Telecom(language), new DeckRequest()).Plan;
        var deck = DeckReader.Read(DeckRenderer.Render(plan, template), "one-line-title.pptx");
        var layout = PreparedTemplate.For(template, false).Catalog.For(LayoutRole.TitleAndContent);
        var size = PlaceholderStyle.Size(layout, layout.Title!, 0);
        var titles = deck.Slides.Skip(1).Select(s => (s.Number, Shape: s.Shapes.First(x => x.Kind == ShapeKind.Title))).ToList();
        // Some English titles do not fit the layout's box at the template's size: they take the box grown down (never
        // over the body box) on two lines, as large as fits there and a step above the body; the Chinese ones fit one
        // line at the template's size. Every title fits its box as set, by the review's measure.
        var grown = titles.Where(t => t.Shape.Bounds!.Value.Height > StyledTemplates.OneLineTitleHeight).ToList();
        if (language == DealLanguage.EnUS)
            Assert.NotEmpty(grown);
        else
            Assert.All(titles, t => Assert.All(t.Shape.Paragraphs.SelectMany(p => p.ShownSizes), s => Assert.Equal(size, s)));
        foreach (var (number, title) in titles)
        {
            var b = title.Bounds!.Value;
            var (width, height) = ((b.Width - title.Insets.Horizontal) / 12700.0, (b.Height - title.Insets.Vertical) / 12700.0);
            Assert.True(PreSales.DocGen.Review.Rules.TextOverflowRule.NeededHeight(title, width, 1.2) <= height, $"slide {number}: \"{title.Text}\" overflows {width:0}×{height:0} pt");
            Assert.True(b.Bottom <= layout.Content[0].Rect.Y, $"slide {number}: the title reaches {b.Bottom / 12700} pt, over the body box");
        }
        var body = SlideComposer.Sizes(layout, layout.Content[0]).Top;
        Assert.All(grown, t => Assert.All(t.Shape.Paragraphs.SelectMany(p => p.ShownSizes), s => Assert.InRange(s, body + TitleFit.Step, size)));
        Assert.DoesNotContain(DeckReview.Run(deck).Findings, f => f.Rule is "title-shrunk" or "title-smaller" or "text-overflow");
    }

    private static IReadOnlyList<Formatting.Rgb> Behind(SlideFacts slide, ShapeFacts shape) =>
        slide.Scene!.Under(shape.Bounds!.Value.X, shape.Bounds.Value.Y, shape.Bounds.Value.Width, Math.Max(1, shape.Bounds.Value.Height)).Colors;

    [Fact]
    public void Templates_in_the_styles_of_PowerPoint_Google_Slides_and_WPS_make_readable_decks()
    {
        var problems = StyledTemplates.All().SelectMany(t => Problems(t.Name, t.Template)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(OtherTools))]
    public void Decks_made_by_other_tools_serve_as_templates(string name)
    {
        var problems = Problems(name, File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "fixtures", "decks", name))).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> Problems(string name, byte[] template)
    {
        var keep = Environment.GetEnvironmentVariable("DECK_RENDER_DIR");
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
        {
            var plan = DeckPlanner.Plan(DeckDeals.Telecom(language), new DeckRequest()).Plan;
            var bytes = DeckRenderer.Render(plan, template);
            foreach (var error in TestTemplates.Errors(bytes).Take(3))
                yield return $"{name} {language}: invalid: {error}";
            var path = keep is null ? Path.GetTempFileName() : Path.Combine(Directory.CreateDirectory(Path.Combine(keep, "corpus")).FullName, $"{name}-{language}.pptx");
            File.WriteAllBytes(path, bytes);
            var deck = DeckReader.Read(path);
            if (keep is null)
                File.Delete(path);
            foreach (var slide in deck.Slides)
            {
                foreach (var shape in slide.Shapes.Where(s => (s.HasText || s.Kind == ShapeKind.Table) && s.Kind != ShapeKind.Footer))
                {
                    if (shape.Extent is { } b && (b.X < 0 || b.Y < 0 || b.Right > deck.Width * 1.01 || b.Bottom > deck.Height * 1.01))
                        yield return $"{name} {language} slide {slide.Number}: {shape.Name} lies off the slide ({b})";
                }
            }
            foreach (var problem in TitleStyleLost(name, language, template, deck))
                yield return problem;
            foreach (var problem in ChartLookLost(name, language, template, deck))
                yield return problem;
            var review = DeckReview.Run(deck);
            foreach (var finding in review.Findings.Where(f => f.Severity == Severity.Error || f.Rule is "low-contrast" or "chart-contrast" or "title-smaller" or "title-shrunk" or "off-slide" or "levels-inverted" or "overlap" or "decoration-overlap"
                || f.Rule == "text-cramped" && TitleOrSubtitle(deck, f)))
                yield return $"{name} {language} slide {finding.Slide}: {finding.Rule}: {finding.Message.English}";
        }
    }

    // Titles and subtitles are fitted so no line is left with one or two characters; body text is on the templates of
    // Body_text_leaves_no_character_or_two_alone_on_a_line, not yet everywhere (a level-2 figure in a narrow column).
    private static bool TitleOrSubtitle(DeckFacts deck, Finding finding) =>
        finding.Slide is { } n && deck.Slides[n - 1].Shapes.Any(s => PreSales.DocGen.Review.Rules.SlideSignals.NameOf(s) == finding.Shape && (s.Kind == ShapeKind.Title || s.PlaceholderType == "subTitle"));

    /// <summary>
    /// Titles keep the template's title typeface, and its colour wherever that colour reads on the background (the
    /// renderer may change only an unreadable one).
    /// </summary>
    private static IEnumerable<string> TitleStyleLost(string name, DealLanguage language, byte[] template, DeckFacts deck)
    {
        var catalog = PreparedTemplate.For(template, false).Catalog;
        foreach (var slide in deck.Slides)
        {
            if (slide.Shapes.FirstOrDefault(s => s.Kind == ShapeKind.Title && s.HasText) is not { } title)
                continue;
            var run = title.Paragraphs.SelectMany(p => p.Runs).First(r => r.Text.Trim().Length > 0);
            var intended = catalog.All.Where(l => l.Name == slide.Layout)
                .Select(l => (Layout: l, Format: l.Style.Chain(l.Title?.Type ?? "title", l.Title?.Index, null, intended: true).Run(run.Text, null, 0)))
                .ToList();
            if (intended.Count == 0)
                continue;
            if (!intended.Any(i => i.Format.Typeface == run.Typeface))
                yield return $"{name} {language} slide {slide.Number}: title typeface {run.Typeface}, the template's is {intended[0].Format.Typeface}";
            var readable = intended.Where(i => i.Format.Color is { } c && i.Layout.Title is { } t
                && Formatting.Contrast.Worst(c, i.Layout.Style.Scene.Under(t.Rect.X, t.Rect.Y, t.Rect.Width, t.Rect.Height).Colors) >= Formatting.Contrast.Large).ToList();
            // Layouts share names across masters (LibreOffice): the colour must be kept when it reads on every one of them.
            if (readable.Count == intended.Count && !readable.Any(i => i.Format.Color == run.Color))
                yield return $"{name} {language} slide {slide.Number}: title colour {run.Color}, the template's is {readable[0].Format.Color}";
        }
    }

    /// <summary>
    /// Chart bars in the theme's look: an accent or one of its shades and tints wherever one reaches 3:1 on what lies
    /// behind the chart (its own fill, else the slide). Before, bars came out black or white, the text colour, on 8 of
    /// the corpus templates; on Focus no accent reads on the white, orange and green all at once under the chart's box,
    /// so the chart gets the theme's background and blue bars.
    /// </summary>
    private static IEnumerable<string> ChartLookLost(string name, DealLanguage language, byte[] template, DeckFacts deck)
    {
        var catalog = PreparedTemplate.For(template, false).Catalog;
        foreach (var slide in deck.Slides)
        {
            foreach (var chart in slide.Shapes.Where(s => s.Kind == ShapeKind.Chart && s.SeriesColors.Count > 0))
            {
                var b = chart.Bounds!.Value;
                IReadOnlyList<Formatting.Rgb> behind = chart.ChartFill is { } fill ? [fill] : slide.Scene!.Under(b.X, b.Y, b.Width, b.Height).Colors;
                foreach (var palette in catalog.All.Where(l => l.Name == slide.Layout).Select(l => l.Style.MasterPalette).Take(1))
                {
                    var theme = palette.Candidates().Where(c => c.Name.StartsWith("accent", StringComparison.Ordinal)).Concat(palette.AccentShades()).Select(c => c.Color).ToList();
                    if (theme.Any(c => Formatting.Contrast.Worst(c, behind) >= Formatting.Contrast.Large) && !theme.Contains(chart.SeriesColors[0]))
                        yield return $"{name} {language} slide {slide.Number}: chart bars {chart.SeriesColors[0]}, not a theme accent";
                }
            }
        }
    }

    // Our sample deck on each named LibreOffice template, in English and in Chinese.
    private static IEnumerable<(string Name, DealLanguage Language, DeckFacts Deck)> Decks(params string[] names)
    {
        foreach (var name in names)
        {
            var path = Path.Combine(Converted.Value, name + ".pptx");
            Skip.IfNot(File.Exists(path), $"LibreOffice's {name} template is not installed");
            foreach (var language in new[] { DealLanguage.EnUS, DealLanguage.ZhCN })
            {
                var plan = DeckPlanner.Plan(DeckDeals.Telecom(language), new DeckRequest()).Plan;
                yield return (name, language, DeckReader.Read(DeckRenderer.Render(plan, File.ReadAllBytes(path)), name + ".pptx"));
            }
        }
    }

    // One soffice call for all of them, into a folder kept for the test run.
    private static string Convert()
    {
        var soffice = ExternalTool.Require("soffice");
        var roots = new[] { "/usr/lib/libreoffice", "/usr/share/libreoffice", "/opt", "/usr/lib64/libreoffice" }.Where(Directory.Exists);
        var files = roots.SelectMany(r => Directory.EnumerateFiles(r, "*.otp", SearchOption.AllDirectories)).Distinct().ToList();
        if (files.Count == 0)
            throw new SkipException("LibreOffice's Impress templates (.otp) are not installed");
        var dir = Directory.CreateTempSubdirectory("otp-corpus").FullName;
        var profile = "-env:UserInstallation=file://" + Path.Combine(dir, "lo-profile");
        var (exit, _, err) = ExternalTool.Run(soffice, [profile, "--headless", "--convert-to", "pptx", "--outdir", dir, .. files], timeoutSeconds: 400);
        Assert.True(exit == 0, err);
        return dir;
    }
}
