using PreSales.DocGen.Formatting;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// What lies behind a text box the renderer fills: its colour, how opaque it is (under 1 the picture shows through),
/// and, when the box hugs its text, the box and the insets that keep its text where it was set.
/// </summary>
/// <param name="Color">The fill's colour.</param>
/// <param name="Opacity">Its opacity, 0–1.</param>
/// <param name="Box">The box moved around the text's lines (null: the box as laid out).</param>
/// <param name="Insets">The insets at its sides and above and below, EMU, when the box hugs its text.</param>
internal readonly record struct Backing(Rgb Color, double Opacity = 1, Rect? Box = null, (long Side, long Top)? Insets = null);

/// <summary>
/// Text that must lie over a busy part of a template's picture (Candy's title slide: its subtitle on the photo of a
/// bowl of sweets), seen as the review sees it, cell by cell under each paragraph's lines (<see cref="Scene.Ground"/>).
/// Where the letters lie on a soft part of the picture (a blur, a gradient) they need their WCAG ratio under nine
/// tenths of them, as the review asks; on a busy part, full of edges (<see cref="LetterGround.Edges"/>), 4.5:1 whatever
/// their size under nearly all of them, since the photo's own edges compete with the letters'. Read so, the text
/// keeps its colour; else it takes a theme colour that reads there; else a translucent
/// backing in the theme colour it reads best on (background colours first), as little opaque as reaches the ratio on
/// every cell, the box drawn around its lines only.
/// </summary>
internal static class PictureBacking
{
    // A busy part of a picture: at least this share of neighbouring cells a step of lightness apart (Candy's sweets:
    // 7–10% under its subtitle's lines; the corpus's soft photos and gradients: none).
    private const double BusyEdges = 0.05;

    // The share of cells under the ratio let pass: on a busy part, a few (the photo's own highlights and shadows); on a
    // soft one, what the review lets pass (a tenth), so a template's colour that reads on its soft photo is kept.
    private const double Busy = 0.02, Soft = 0.1;

    // The default insets, EMU: 0.1 in at the sides, 0.05 in above and below (where the layout's text is measured from).
    private const long Inset = 91440, InsetTop = 45720;

    /// <summary>
    /// The text colour to use (null: keep each level's) or the backing to give a text over a picture; null for both
    /// when it reads where it lies, or no decoded picture lies behind its box.
    /// </summary>
    /// <param name="layout">The slide's layout.</param>
    /// <param name="slot">The placeholder.</param>
    /// <param name="items">Its paragraphs, with their levels.</param>
    /// <param name="box">Where its box lies.</param>
    /// <param name="look">Each level's colour, size and boldness as set.</param>
    /// <param name="hug">Whether a backing may be drawn around the lines only (a title's or subtitle's), not the whole box.</param>
    public static (Rgb? Text, Backing? Backing)? For(LayoutEntry layout, PlaceholderSlot slot, IReadOnlyList<BodyItem> items, Rect box,
        Func<int, (Rgb Color, double Size, bool Bold)> look, bool hug)
    {
        var scene = layout.Style.Scene;
        if (!scene.PictureNear(Placement.Of(box.X, box.Y, box.Width, box.Height)))
            return null;
        var chain = layout.Style.Chain(slot.Type ?? "obj", slot.Index, null, intended: true);
        var lines = Lines(chain, layout, slot, items, box, look).ToList();
        if (lines.Count == 0)
            return null;
        var seen = lines.Select(l =>
        {
            var area = l.Area;
            var ground = scene.Ground(Placement.Of(area.X, area.Y, area.Width, area.Height), l.Size * 12700 / 3);
            var busy = ground.Edges >= BusyEdges;
            return (l.Area, Ground: ground, l.Color, Needed: busy ? Contrast.Body : Contrast.Needed(l.Size, l.Bold), Tolerated: busy ? Busy : Soft);
        }).ToList();
        static bool Reads(Rgb color, LetterGround ground, double needed, double tolerated) =>
            ground.Below(color, needed) < tolerated && Contrast.Worst(color, ground.Others) >= needed;
        if (seen.All(s => Reads(s.Color, s.Ground, s.Needed, s.Tolerated)))
            return null;
        // One theme colour that reads on every paragraph's ground, the text's own first.
        var palette = layout.Style.MasterPalette;
        var text = palette.Candidates().Select(c => (Rgb?)c.Color).Prepend(seen[0].Color).FirstOrDefault(c => seen.All(s => Reads(c!.Value, s.Ground, s.Needed, s.Tolerated)));
        if (text is not null)
            return (text, null);
        // A backing: the theme colour the text reads best on, as little opaque as lets every cell reach the ratio (a margin over it).
        var color = palette.Candidates().Where(c => c.Name is "bg1" or "bg2" or "tx1" or "tx2").Select(c => c.Color)
            .DefaultIfEmpty(new Rgb(255, 255, 255)).MaxBy(c => seen.Min(s => s.Color.Contrast(c)));
        var opacity = Enumerable.Range(10, 11).Select(i => i / 20.0)
            .FirstOrDefault(a => seen.All(s => s.Ground.Worst(s.Color, color, a) >= s.Needed * 1.1), 1);
        if (!hug)
            return (null, new Backing(color, opacity));
        // A bulleted paragraph's left margin lies inside the box, before its letters; one without a bullet is set with
        // none in the box around its lines (Candy's subtitle's 34 pt marL would push its centred lines off centre).
        var (left, top) = (lines.Min(l => l.Area.X - (chain.Bullet(null, l.Level) ? l.Margin : 0)), lines.Min(l => l.Area.Y));
        var (right, bottom) = (lines.Max(l => l.Area.X + l.Area.Width), lines.Max(l => l.Area.Y + l.Area.Height));
        return (null, new Backing(color, opacity, new Rect(left - Inset, top - InsetTop, right - left + 2 * Inset, bottom - top + 2 * InsetTop), (Inset, InsetTop)));
    }

    /// <summary>
    /// Where each paragraph's lines lie in the box at its level's size: inside the default insets, stacked by the
    /// placeholder's anchor, each its lines' height (the title's spacing), across its measured width placed by its
    /// alignment, the whole width when it wraps (<see cref="PictureGround.Across"/>), right of its level's left margin.
    /// </summary>
    private static IEnumerable<((long X, long Y, long Width, long Height) Area, int Level, double Size, Rgb Color, bool Bold, long Margin)> Lines(
        TextStyleChain chain, LayoutEntry layout, PlaceholderSlot slot, IReadOnlyList<BodyItem> items, Rect box, Func<int, (Rgb Color, double Size, bool Bold)> look)
    {
        var (x, width) = (box.X + Inset, box.Width - 2 * Inset);
        var inner = box.Height - 2 * InsetTop;
        if (width <= 0 || inner <= 0)
            yield break;
        var set = items.Where(i => i.Text.Trim().Length > 0).Select(i =>
        {
            var (color, size, bold) = look(i.Level);
            var margin = (long)Math.Clamp(chain.Merged(i.Level).Number("marL") ?? 0, 0, width / 2);
            var lines = DeckText.WrappedLines(i.Text, (width - margin) / 12700.0, size);
            return (Item: i, Color: color, Size: size, Bold: bold, Lines: lines, Margin: margin, Height: (long)(lines * size * TitleFit.LineSpacing * 12700));
        }).ToList();
        var total = Math.Min(inner, set.Sum(s => s.Height));
        var y = TitleFit.Anchor(layout, slot) switch
        {
            "ctr" => box.Y + InsetTop + (inner - total) / 2,
            "b" => box.Y + InsetTop + inner - total,
            _ => box.Y + InsetTop,
        };
        foreach (var s in set)
        {
            var room = width - s.Margin;
            var (at, w) = PictureGround.Across(x + s.Margin, room, s.Lines > 1 ? room : DeckText.Ems(s.Item.Text) * s.Size * 12700, chain.Alignment(null, s.Item.Level));
            yield return ((at, y, Math.Max(1, w), Math.Max(1, Math.Min(s.Height, box.Y + box.Height - y))), s.Item.Level, s.Size, s.Color, s.Bold, s.Margin);
            y += s.Height;
        }
    }
}
