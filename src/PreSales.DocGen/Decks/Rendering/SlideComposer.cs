
namespace PreSales.DocGen.Decks.Rendering;

/// <summary>Composes one planned slide on its layout: title, body, second column, and one graphic.</summary>
internal static class SlideComposer
{
    private const long Gap = 182880;

    /// <summary>The slide's XML; its layout and any chart or picture are added to <paramref name="part"/>'s relationships.</summary>
    public static string Compose(LayoutCatalog catalog, PlannedSlide slide, RunStyle style, SlideRelations part)
    {
        var xml = new SlideXml(style);
        var hasGraphic = slide.Table is not null || slide.Chart is not null || slide.Timeline is not null || slide.Image is not null;
        var layout = catalog.For(Role(slide, hasGraphic));
        part.Add("slideLayout", SlideRelations.Target(layout.Uri));
        var content = catalog.For(LayoutRole.TitleAndContent).Content.FirstOrDefault()?.Rect
            ?? layout.Content.FirstOrDefault()?.Rect ?? new Rect(548640, 1463040, 11094720, 4663440);
        if (layout.Title is { } title && slide.Title.Trim().Length > 0)
            xml.Placeholder(title, [new BodyItem(slide.Title)]);
        switch (slide.Kind)
        {
            case SlideKind.Title or SlideKind.Section:
                Subtitle(xml, layout, slide, content);
                break;
            case SlideKind.TwoColumns:
                TwoColumns(xml, part, layout, slide, content, style);
                break;
            default:
                Single(xml, part, layout, slide, content, style, hasGraphic);
                break;
        }
        return xml.Build();
    }

    private static LayoutRole Role(PlannedSlide slide, bool hasGraphic) => slide.Kind switch
    {
        SlideKind.Title => LayoutRole.TitleSlide,
        SlideKind.Section => LayoutRole.SectionHeader,
        SlideKind.TwoColumns => LayoutRole.TwoContent,
        _ when hasGraphic && slide.Body.Count == 0 => LayoutRole.TitleOnly,
        _ => LayoutRole.TitleAndContent,
    };

    private static void Subtitle(SlideXml xml, LayoutEntry layout, PlannedSlide slide, Rect content)
    {
        if (string.IsNullOrWhiteSpace(slide.Subtitle))
            return;
        var lines = slide.Subtitle.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => new BodyItem(l)).ToList();
        var slot = layout.Subtitle ?? layout.Content.FirstOrDefault();
        if (slot is not null)
            xml.Placeholder(slot, lines);
        else
            xml.TextBox(content.Top(0.4), string.Join(" · ", lines.Select(l => l.Text)), 2000, "tx1", false, "l", "t");
    }

    private static void Single(SlideXml xml, SlideRelations part, LayoutEntry layout, PlannedSlide slide, Rect content, RunStyle style, bool hasGraphic)
    {
        var slot = layout.Content.FirstOrDefault();
        var area = slot?.Rect ?? content;
        if (slide.Body.Count > 0)
        {
            var share = hasGraphic ? Math.Clamp(Needed(slide.Body, area.Width) / Pt(area.Height), 0.2, 0.5) : 1;
            var top = area.Top(share);
            if (slot is not null)
                xml.Placeholder(slot, slide.Body, hasGraphic ? top : null, Scale(slide.Body, top));
            else
                xml.TextBox(top, string.Join("\n", slide.Body.Select(b => b.Text)), 2000, "tx1", false, "l", "t");
            area = new Rect(area.X, top.Y + top.Height + Gap, area.Width, area.Height - top.Height - Gap);
        }
        Graphic(xml, part, slide, area, style);
    }

    private static void TwoColumns(SlideXml xml, SlideRelations part, LayoutEntry layout, PlannedSlide slide, Rect content, RunStyle style)
    {
        var slots = layout.Content;
        Rect left, right;
        if (slots.Count >= 2)
        {
            (left, right) = (slots[0].Rect, slots[1].Rect);
            xml.Placeholder(slots[0], slide.Body, null, Scale(slide.Body, left));
            if (slide.SecondColumn.Count > 0)
                xml.Placeholder(slots[1], slide.SecondColumn, null, Scale(slide.SecondColumn, right));
        }
        else
        {
            var area = slots.FirstOrDefault()?.Rect ?? content;
            var half = (area.Width - Gap) / 2;
            left = area with { Width = half };
            right = area with { X = area.X + half + Gap, Width = half };
            if (slots.Count == 1)
                xml.Placeholder(slots[0], slide.Body, left, Scale(slide.Body, left));
            else
                xml.TextBox(left, string.Join("\n", slide.Body.Select(b => b.Text)), 2000, "tx1", false, "l", "t");
            if (slide.SecondColumn.Count > 0)
                xml.TextBox(right, string.Join("\n", slide.SecondColumn.Select(b => b.Text)), 2000, "tx1", false, "l", "t");
        }
        if (slide.SecondColumn.Count == 0)
            Graphic(xml, part, slide, right, style);
    }

    private static void Graphic(SlideXml xml, SlideRelations part, PlannedSlide slide, Rect area, RunStyle style)
    {
        if (slide.Table is { } table)
            TableGraphic.Write(xml, table, area, slide.Title);
        else if (slide.Chart is { } chart)
            ChartGraphic.Write(xml, part, chart, area, style);
        else if (slide.Timeline is { } timeline)
            TimelineGraphic.Write(xml, timeline, area);
        else if (slide.Image is { } image)
            PictureGraphic.Write(xml, part, image, area);
    }

    private static double Pt(long emu) => emu / 12700.0;

    /// <summary>The height, in points, the items need at 24/20 pt.</summary>
    private static double Needed(IReadOnlyList<BodyItem> items, long widthEmu)
    {
        var width = Pt(widthEmu) - 14;
        return items.Sum(i =>
        {
            var size = i.Level == 0 ? 24 : 20;
            return DeckText.Lines(i.Text, width - i.Level * 27 - 20, size) * size * 1.2 + size * 0.5;
        }) + 14;
    }

    /// <summary>The autofit font scale for items in a box: 1 when they fit, never below 60%.</summary>
    private static double Scale(IReadOnlyList<BodyItem> items, Rect box)
    {
        var needed = Needed(items, box.Width);
        var have = Pt(box.Height);
        return needed <= have ? 1 : Math.Max(0.6, Math.Floor(have / needed * 40) / 40);
    }
}
