using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>Composes one planned slide on its layout: title, body, second column, and one graphic.</summary>
internal static class SlideComposer
{
    private const long Gap = 182880;

    /// <summary>The lowest size body text is shrunk to (the review's font-too-small floor); below it content continues.</summary>
    public const double FloorPt = 18;

    /// <summary>The slide's XML; its layout and any chart or picture are added to <paramref name="part"/>'s relationships.</summary>
    public static string Compose(LayoutCatalog catalog, PlannedSlide slide, RunStyle style, SlideRelations part, RenderWarnings warnings)
    {
        var xml = new SlideXml(style);
        var hasGraphic = slide.Table is not null || slide.Chart is not null || slide.Timeline is not null || slide.Image is not null;
        var layout = catalog.For(Role(slide, hasGraphic));
        var colors = new TemplateColors(layout, warnings);
        part.Add("slideLayout", SlideRelations.Target(layout.Uri));
        // The room a graphic takes on a layout without a content box, clear of this layout's decorations.
        var whole = catalog.For(LayoutRole.TitleAndContent).Content.FirstOrDefault()?.Full
            ?? layout.Content.FirstOrDefault()?.Full ?? new Rect(548640, 1463040, 11094720, 4663440);
        var content = layout.Clear(whole);
        var cap = layout.Title is { } title && slide.Title.Trim().Length > 0
            ? Title(xml, layout, title, slide.Title, layout.Content.FirstOrDefault()?.Full ?? layout.Subtitle?.Rect ?? whole, catalog.Slide, warnings)
            : null;
        switch (slide.Kind)
        {
            case SlideKind.Title or SlideKind.Section:
                Subtitle(xml, layout, slide, content, colors, warnings, cap, catalog.Slide);
                break;
            case SlideKind.TwoColumns:
                TwoColumns(xml, part, layout, slide, content, style, colors, warnings, cap);
                break;
            default:
                Single(xml, part, layout, slide, (content, whole), style, hasGraphic, colors, warnings, catalog.Slide.Height, cap);
                break;
        }
        return xml.Build();
    }

    internal static LayoutRole Role(PlannedSlide slide, bool hasGraphic) => slide.Kind switch
    {
        SlideKind.Title => LayoutRole.TitleSlide,
        SlideKind.Section => LayoutRole.SectionHeader,
        SlideKind.TwoColumns => LayoutRole.TwoContent,
        _ when hasGraphic && slide.Body.Count == 0 => LayoutRole.TitleOnly,
        _ => LayoutRole.TitleAndContent,
    };

    /// <summary>
    /// The title in the template's title style, fitted to its box (<see cref="TitleFit"/>) rather than left for a
    /// viewer to shrink to a few points; returns the largest size the body may take so the title stays larger.
    /// </summary>
    private static double? Title(SlideXml xml, LayoutEntry layout, PlaceholderSlot slot, string text, Rect content, Rect slide, RenderWarnings warnings)
    {
        var body = layout.Content.FirstOrDefault() is { } c ? Sizes(layout, c).Top : layout.Subtitle is { } s ? PlaceholderStyle.Size(layout, s, 0) : FloorPt;
        var fit = TitleFit.For(layout, slot, text, body, content, slide);
        if (fit.Text.Replace("\n", "", StringComparison.Ordinal) != text)
            warnings.Add(new Bilingual($"标题“{text}”在版式“{layout.Name}”的标题框里放不下，已缩短。", $"the title \"{text}\" does not fit the title box of layout \"{layout.Name}\"; it was shortened."));
        Put(xml, layout, slot, [new BodyItem(fit.Text)], fit.Box, 1, fit.Box ?? slot.Rect, warnings, fit.Size);
        return fit.BodyCap;
    }

    private static void Subtitle(SlideXml xml, LayoutEntry layout, PlannedSlide slide, Rect content, TemplateColors colors, RenderWarnings warnings, double? cap, Rect slideBox)
    {
        if (string.IsNullOrWhiteSpace(slide.Subtitle))
            return;
        var lines = slide.Subtitle.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => new BodyItem(l)).ToList();
        var slot = layout.Subtitle ?? layout.Content.FirstOrDefault();
        if (slot is not null)
        {
            // Off what stands out in a picture behind it (Growing Liberty's flower), onto the ground the picture leaves;
            // smaller, widened or broken at its separators where its box would leave one or two characters on a line (Focus's).
            var size = PlaceholderStyle.Size(layout, slot, 0);
            var fit = TitleFit.Subtitle(layout, slot, string.Join("\n", lines.Select(l => l.Text)), cap is { } c && c < size ? c : size, slide: slideBox);
            Put(xml, layout, slot, [.. fit.Text.Split('\n').Select(l => new BodyItem(l))], fit.Box, 1, fit.Box ?? slot.Rect, warnings, cap: fit.Size ?? cap);
        }
        else
            Box(xml, colors, content.Top(0.4), string.Join(" · ", lines.Select(l => l.Text)));
    }

    private static void Single(SlideXml xml, SlideRelations part, LayoutEntry layout, PlannedSlide slide, (Rect Clear, Rect Whole) content, RunStyle style, bool hasGraphic, TemplateColors colors, RenderWarnings warnings, long slideHeight, double? cap)
    {
        var slot = layout.Content.FirstOrDefault();
        var area = slot?.Rect ?? content.Clear;
        var whole = slot?.Full ?? content.Whole;
        if (slide.Body.Count > 0)
        {
            var sizes = Capped(slot is null ? (24.0, 20.0) : Sizes(layout, slot), cap);
            var share = hasGraphic ? Math.Clamp(BodyFit.Needed(slide.Body, area.Width, sizes) / Pt(area.Height), 0.2, 0.5) : 1;
            var top = area.Top(share);
            if (slot is not null)
                Body(xml, layout, slot, slide.Body, hasGraphic ? top : null, top, warnings, cap);
            else
                Box(xml, colors, top, string.Join("\n", slide.Body.Select(b => b.Text)));
            area = new Rect(area.X, top.Y + top.Height + Gap, area.Width, area.Height - top.Height - Gap);
        }
        // A table or timeline whose words would break inside them in the box narrowed beside a decoration, even with
        // the table at its floor or the timeline's labels staggered, takes the template's whole box: its filled cells
        // cover the decoration, its colours are chosen against what is under it.
        var narrowed = area;
        if (whole.Width > area.Width && (slide.Table is { } table && SlideFit.WordFont(table, Pt(area.Width) - 14, TableGraphic.FontPt) is null
            || slide.Timeline is { } timeline && !TimelineGraphic.WordsFit(timeline, area.Width)))
            area = area with { X = whole.X, Width = whole.Width };
        // A table may grow into the free room under the body box (SlideRoom.TableHeight, which the plan was fitted to).
        if (slide.Table is not null)
            area = layout.Reach(area, slideHeight);
        // A timeline widened over a decoration (a line drawing, Candy's stripes) stands on a backing that hides it, as a
        // table's filled cells do: its labels are not set over the decoration's colours.
        var cover = area != narrowed && layout.Decorations.Any(d => Math.Min(d.X + d.Width, area.X + area.Width) > Math.Max(d.X, area.X)
            && Math.Min(d.Y + d.Height, area.Y + area.Height) > Math.Max(d.Y, area.Y));
        Graphic(xml, part, slide, area, style, colors, warnings, cover);
    }

    private static void TwoColumns(SlideXml xml, SlideRelations part, LayoutEntry layout, PlannedSlide slide, Rect content, RunStyle style, TemplateColors colors, RenderWarnings warnings, double? cap)
    {
        var slots = layout.Content;
        Rect left, right;
        if (slots.Count >= 2)
        {
            (left, right) = (slots[0].Rect, slots[1].Rect);
            Body(xml, layout, slots[0], slide.Body, null, left, warnings, cap);
            if (slide.SecondColumn.Count > 0)
                Body(xml, layout, slots[1], slide.SecondColumn, null, right, warnings, cap);
        }
        else
        {
            var area = slots.FirstOrDefault()?.Rect ?? content;
            var half = (area.Width - Gap) / 2;
            left = area with { Width = half };
            right = area with { X = area.X + half + Gap, Width = half };
            if (slots.Count == 1)
                Body(xml, layout, slots[0], slide.Body, left, left, warnings, cap);
            else
                Box(xml, colors, left, string.Join("\n", slide.Body.Select(b => b.Text)));
            if (slide.SecondColumn.Count > 0)
                Box(xml, colors, right, string.Join("\n", slide.SecondColumn.Select(b => b.Text)));
        }
        if (slide.SecondColumn.Count == 0)
            Graphic(xml, part, slide, right, style, colors, warnings);
    }

    /// <summary>Body items in a placeholder, fitted to its box (<see cref="BodyFit"/>): no line left with a word or two, nothing past its foot.</summary>
    private static void Body(SlideXml xml, LayoutEntry layout, PlaceholderSlot slot, IReadOnlyList<BodyItem> items, Rect? moveTo, Rect box, RenderWarnings warnings, double? cap)
    {
        var fit = BodyFit.For(layout, slot, items, box, cap, warnings);
        Put(xml, layout, slot, fit.Items, moveTo, fit.Scale, box, warnings, cap: fit.Cap);
    }

    private static void Put(SlideXml xml, LayoutEntry layout, PlaceholderSlot slot, IReadOnlyList<BodyItem> items, Rect? moveTo, double scale, Rect box, RenderWarnings warnings, double? titleSize = null, double? cap = null)
    {
        var (style, fill) = PlaceholderStyle.Look(layout, slot, items.Select(i => i.Level), box, warnings, titleSize, cap, items);
        xml.Placeholder(slot, items, fill?.Box ?? moveTo, scale, style, fill);
    }

    private static void Box(SlideXml xml, TemplateColors colors, Rect rect, string text) =>
        xml.TextBox(rect, text, 2000, colors.Text(colors.Under(rect).Colors, 20, false, "tx1", new("文字", "text")).Hex, false, "l", "t");

    private static void Graphic(SlideXml xml, SlideRelations part, PlannedSlide slide, Rect area, RunStyle style, TemplateColors colors, RenderWarnings warnings, bool cover = false)
    {
        if (slide.Table is { } table)
            TableGraphic.Write(xml, table, area, slide.Title, colors);
        else if (slide.Chart is { } chart)
            ChartGraphic.Write(xml, part, chart, area, style, colors);
        else if (slide.Timeline is { } timeline)
            TimelineGraphic.Write(xml, timeline, area, colors, warnings, cover);
        else if (slide.Image is { } image)
            PictureGraphic.Write(xml, part, image, area);
    }

    private static double Pt(long emu) => emu / 12700.0;

    /// <summary>The template's sizes of level-0 and deeper bullets in a placeholder.</summary>
    internal static (double Top, double Sub) Sizes(LayoutEntry layout, PlaceholderSlot slot)
    {
        var top = Math.Max(FloorPt, PlaceholderStyle.Size(layout, slot, 0));
        return (top, Math.Clamp(PlaceholderStyle.Size(layout, slot, 1), FloorPt, top));
    }

    /// <summary>The sizes scaled down so the top level is at most <paramref name="cap"/> (<see cref="PlaceholderStyle.Capped"/>).</summary>
    private static (double Top, double Sub) Capped((double Top, double Sub) sizes, double? cap) =>
        cap is { } c && c < sizes.Top ? (PlaceholderStyle.Capped(sizes.Top, sizes.Top, c), PlaceholderStyle.Capped(sizes.Sub, sizes.Top, c)) : sizes;
}
