using PreSales.DocGen.Formatting;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// How a slide's title is set on its layout so that it fits its box at a readable size above the body's, instead of
/// being left to a viewer's shrink-on-overflow (LibreOffice set long titles at 13–16 pt under 32 pt bullets).
/// </summary>
/// <param name="Text">The title as shown: the plan's, or shortened by the plan's rule when nothing else fits.</param>
/// <param name="Size">The size to set, points; null: the template's own.</param>
/// <param name="Box">The box grown into the free room above and below it; null: the layout's.</param>
/// <param name="BodyCap">The largest size the body may take on this slide so the title stays larger; null: no cap.</param>
internal readonly record struct TitleFit(string Text, double? Size, Rect? Box, double? BodyCap)
{
    /// <summary>A title is at least this much larger than the body, points.</summary>
    public const double Step = 4;

    /// <summary>
    /// The title's fit, in this order: the template's size in its box, or a little smaller (to four fifths); the
    /// template's size down to a step above the body in the box grown into the free room over and under it (when it
    /// does not sit on a decoration); smaller still down to a step above the readable floor, with the body capped a
    /// step below; the same in the box's width before it was narrowed beside decorations, when a panel holds it; the
    /// same in the box widened into free ground at its sides (<see cref="Widenings"/>); last, the title shortened
    /// by the plan's rule (<see cref="DeckText.Shorten"/>) when that keeps most of it. Each fits as <see cref="Fits"/>
    /// says: no line left with one or two characters.
    /// </summary>
    /// <param name="layout">The slide's layout.</param>
    /// <param name="slot">Its title placeholder.</param>
    /// <param name="text">The planned title.</param>
    /// <param name="body">The body's level-0 size on this slide (the floor when it has none).</param>
    /// <param name="content">Where the slide's body or graphic goes: the title does not grow over it.</param>
    /// <param name="slide">The slide's size.</param>
    public static TitleFit For(LayoutEntry layout, PlaceholderSlot slot, string text, double body, Rect content, Rect slide)
    {
        var fit = InBoxes(layout, slot, text, body, content, slide);
        return AtClause(layout, slot, OnGround(layout, slot, fit, body, content, slide) ?? fit);
    }

    /// <summary>
    /// A title that takes two lines, broken after its own colon or comma when each part then takes one line: where a
    /// designer breaks it ("为什么是A公司：" over "与M的联合交付经验和成功合作案例"), not where the line runs out ("…联合交"
    /// over "付经验…"). The stop nearest the middle; none that leaves both parts whole: as it was.
    /// </summary>
    private static TitleFit AtClause(LayoutEntry layout, PlaceholderSlot slot, TitleFit fit)
    {
        var (text, size) = (fit.Text, fit.Size ?? PlaceholderStyle.Size(layout, slot, 0));
        var width = Inner(fit.Box ?? slot.Rect).Width;
        if (text.Contains('\n') || DeckText.WrappedLines(text, width, size) != 2)
            return fit;
        bool OneLine(string part) => part.Length > 2 && DeckText.WrappedLines(part, width, size) == 1;
        var at = Enumerable.Range(2, Math.Max(0, text.Length - 3))
            .Where(k => DeckText.ClauseStops.Contains(text[k - 1]) && text[k - 1] != '\u3001' && OneLine(text[..k]) && OneLine(text[k..].TrimStart()))
            .OrderBy(k => Math.Abs(k - text.Length / 2.0))
            .FirstOrDefault();
        return at == 0 ? fit : fit with { Text = text[..at] + "\n" + text[at..].TrimStart() };
    }

    /// <summary>
    /// The fit moved onto the ground the template painted for its title inside a picture behind it (Metropolis'
    /// ribbon, Blueprint's paper clear of the pencil), when its letters would lie over something that stands out from
    /// that ground: the box is the largest rectangle of ground in the room the title may take (<see
    /// cref="PictureGround.Largest"/>), its insets around it, the title set there as large as fits down to a step above
    /// the floor (the body capped under it), else shortened by the plan's rule. Null: nothing to move (no picture, no
    /// ground, the letters already on it) or nothing fits there.
    /// </summary>
    private static TitleFit? OnGround(LayoutEntry layout, PlaceholderSlot slot, TitleFit fit, double body, Rect content, Rect slide)
    {
        var size = fit.Size ?? PlaceholderStyle.Size(layout, slot, 0);
        var own = fit.Box ?? slot.Rect;
        if (Seen(layout, slot, Grown(layout, slot, slot.Rect, content, slide)) is not (var picture, var ground, var alignment, var anchor)
            || Clear(layout, Letters(fit.Text, own, size, alignment, anchor))
            || picture.Largest(ground) is not { } free)
            return null;
        var box = Around(free);
        var start = Math.Max(size, Math.Max(SlideComposer.FloorPt, body) + Step);
        var floor = Math.Max(SlideComposer.FloorPt, body) + Step;
        var least = SlideComposer.FloorPt + Step;
        for (var t = Math.Max(start, PlaceholderStyle.Size(layout, slot, 0)); t >= least; t--)
        {
            if (Fits(fit.Text, box, t) && Clear(layout, Letters(fit.Text, box, t, alignment, anchor)))
                return new(fit.Text, t, box, t < floor ? t - Step : null);
        }
        // No room of ground holds it whole (Blueprint's paper under a pencil that dips into the title's row): a centred
        // title a little smaller in its own box draws its ends in off the decoration.
        for (var t = size - 1; t >= floor; t--)
        {
            if (Fits(fit.Text, own, t) && Clear(layout, Letters(fit.Text, own, t, alignment, anchor)))
                return new(fit.Text, t, own, null);
        }
        foreach (var (at, cap) in new[] { (floor, (double?)null), (least, SlideComposer.FloorPt) })
        {
            if (Shortened(fit.Text, box, at) is { } shortened)
                return new(shortened, at, box, at < floor ? cap : null);
        }
        return null;
    }

    /// <summary>
    /// A text's box moved onto the ground of the picture behind its placeholder (a title slide's subtitle off the flower
    /// of Growing Liberty's picture), when its letters would lie over what stands out from that ground and it fits the largest
    /// rectangle of ground at its size; null: it stays.
    /// </summary>
    public static Rect? OnGround(LayoutEntry layout, PlaceholderSlot slot, string text, double size)
    {
        if (Seen(layout, slot, slot.Rect) is not (var picture, var ground, var alignment, var anchor)
            || Clear(layout, Letters(text, slot.Rect, size, alignment, anchor))
            || picture.Largest(ground) is not { } free)
            return null;
        var box = Around(free);
        return Fits(text, box, size) && Clear(layout, Letters(text, box, size, alignment, anchor)) ? box : null;
    }

    /// <summary>
    /// A title slide's subtitle set so that its box does not break it into lines of one or two characters (Focus's
    /// 198 pt box at 23 pt left "部" and "03" alone): as the template sets it (moved onto a picture's ground, <see
    /// cref="OnGround(LayoutEntry, PlaceholderSlot, string, double)"/>) when it is not cramped there; else as large as
    /// fits uncramped down to the readable floor, first in its box, then in the box widened into free ground beside it
    /// (<see cref="Widenings"/>); at each size a line that wraps is first broken at the subtitle's own separators (<see
    /// cref="AtSeparators"/>) when that alone uncramps it. Size: the size to set (null: the given one); Box: where to
    /// move the box (null: the layout's). Nothing uncramps it: as the template sets it.
    /// </summary>
    public static TitleFit Subtitle(LayoutEntry layout, PlaceholderSlot slot, string text, double size, Rect slide)
    {
        var moved = OnGround(layout, slot, text, size);
        var own = moved ?? slot.Rect;
        if (!DeckText.Cramped(text, Inner(own).Width, size))
            return new(text, null, moved, null);
        var least = Math.Min(size, SlideComposer.FloorPt);
        foreach (var room in Widenings(layout, slot, own, slide))
        {
            for (var t = size; t >= least; t--)
            {
                foreach (var candidate in new[] { text, AtSeparators(text, room, t) })
                {
                    if (Fits(candidate, room, t))
                        return new(candidate, t < size ? t : null, room == slot.Rect ? null : room, null);
                }
            }
        }
        return new(text, null, moved, null);
    }

    // A subtitle's own separators: a middle dot or bar between parts, full-width punctuation ending a clause.
    private static readonly string[] Separators = [" · ", " | ", "|", "｜"];

    /// <summary>
    /// The text with each paragraph that wraps in a box at a size broken into lines at its own separators (" · " and
    /// "|" dropped, full-width punctuation kept at the line's end), so a viewer breaks it there, not inside a date.
    /// </summary>
    private static string AtSeparators(string text, Rect box, double size)
    {
        var width = Inner(box).Width;
        return string.Join("\n", text.Split('\n').Select(p =>
        {
            if (DeckText.WrappedLines(p, width, size) <= 1)
                return p;
            var parts = p.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return string.Join("\n", parts.Select(part => string.Concat(part.Select((c, i) => DeckText.ClauseStops.Contains(c) && i < part.Length - 1 ? c + "\n" : c.ToString()))));
        }));
    }

    /// <summary>
    /// A box, then the box widened to both sides a fortieth of the slide at a time into free ground: no more standing
    /// out from its ground there than in the box (<see cref="LayoutEntry.Clutter"/>: decorations, line drawings, a
    /// picture's drawing), over no other placeholder, inside the template's margin (<see cref="Margin"/>).
    /// </summary>
    internal static IEnumerable<Rect> Widenings(LayoutEntry layout, PlaceholderSlot slot, Rect box, Rect slide)
    {
        yield return box;
        var margin = Margin(layout, slide);
        var (left, right) = (slide.X + margin, slide.X + slide.Width - margin);
        var clutter = layout.Clutter(box);
        var others = layout.Slots.Where(s => s != slot).Select(s => s.Full).ToList();
        var last = box;
        for (var grow = slide.Width / 40; ; grow += slide.Width / 40)
        {
            var x = Math.Max(left, Math.Min(box.X, box.X - grow));
            var wide = box with { X = x, Width = Math.Min(right, Math.Max(box.X + box.Width, box.X + box.Width + grow)) - x };
            if (wide.Width <= last.Width || others.Any(o => Overlap(o, wide)) || layout.Clutter(wide) > clutter)
                yield break;
            yield return last = wide;
        }
    }

    private static bool Overlap(Rect a, Rect b) =>
        Math.Min(a.X + a.Width, b.X + b.Width) > Math.Max(a.X, b.X) && Math.Min(a.Y + a.Height, b.Y + b.Height) > Math.Max(a.Y, b.Y);

    /// <summary>
    /// The template's margin at the slide's sides: the least room its layout's placeholders leave between them and the
    /// slide's left or right edge, at least a fortieth of the slide.
    /// </summary>
    internal static long Margin(LayoutEntry layout, Rect slide) =>
        Math.Max(slide.Width / 40, layout.Slots.Select(s => s.Full).Where(r => r.Width > 0)
            .Select(r => Math.Min(r.X - slide.X, slide.X + slide.Width - r.X - r.Width)).DefaultIfEmpty(0).Min());

    // The picture behind a placeholder's room, the ground under its own box, its text's alignment and anchor; null
    // when no decoded picture is all that lies there or the box has no ground.
    private static (PictureGround Picture, Rgb Ground, string Alignment, string Anchor)? Seen(LayoutEntry layout, PlaceholderSlot slot, Rect room)
    {
        if (PictureGround.Of(layout.Style.Scene, (room.X, room.Y, room.Width, room.Height)) is not { } picture
            || picture.Ground((slot.Rect.X, slot.Rect.Y, slot.Rect.Width, slot.Rect.Height)) is not { } ground)
            return null;
        var chain = layout.Style.Chain(slot.Type ?? "title", slot.Index, null, intended: true);
        return (picture, ground, chain.Alignment(null, 0), Anchor(layout, slot));
    }

    // Whether letters there lie on their ground as the review judges them (DecorationOverlapRule): the picture sampled
    // over the letters themselves and their own ground, so what is fitted here passes there cell for cell.
    private static bool Clear(LayoutEntry layout, (long X, long Y, long Width, long Height) letters) =>
        PictureGround.Of(layout.Style.Scene, letters) is not { } picture || picture.Ground(letters) is not { } ground || picture.Off(letters, ground) == 0;

    // The default insets, EMU: 0.1 in at the sides, 0.05 in above and below.
    private const long Inset = 91440, InsetTop = 45720;

    // A text box whose inside, within the default insets, is the ground found.
    private static Rect Around((long X, long Y, long Width, long Height) ground) =>
        new(ground.X - Inset, ground.Y - InsetTop, ground.Width + 2 * Inset, ground.Height + 2 * InsetTop);

    /// <summary>
    /// Where a title's letters lie in its box at a size: inside its insets, across the widest line's measured width
    /// placed by its alignment, down the lines' height placed by its anchor (the review's measure, <see cref="PictureGround.Across"/>).
    /// </summary>
    internal static (long X, long Y, long Width, long Height) Letters(string text, Rect box, double size, string alignment, string anchor)
    {
        var (width, height) = Inner(box);
        var lines = DeckText.WrappedLines(text, width, size);
        var widest = text.Split('\n').Max(p => DeckText.Ems(p)) * size;
        var (x, w) = PictureGround.Across(box.X + Inset, box.Width - 2 * Inset, lines > 1 ? width * 12700 : widest * 12700, alignment);
        var h = (long)(Math.Min(height, lines * size * LineSpacing) * 12700);
        var top = box.Y + InsetTop;
        var y = anchor switch { "ctr" => top + ((long)(height * 12700) - h) / 2, "b" => top + (long)(height * 12700) - h, _ => top };
        return (x, y, w, h);
    }

    // The title's anchor as the layout's or master's placeholder sets it (t when neither does).
    internal static string Anchor(LayoutEntry layout, PlaceholderSlot slot)
    {
        var type = slot.Type ?? "title";
        return new[] { layout.Style.LayoutPlaceholder(type, slot.Index), layout.Style.MasterPlaceholder(type) }
            .Select(p => p?.Element(TemplateZip.P + "txBody")?.Element(TemplateZip.A + "bodyPr")?.Attribute("anchor")?.Value)
            .FirstOrDefault(a => a is not null) ?? "t";
    }

    // The title's fit in its box, grown into the free room, widened over decorations it was cleared of, shortened.
    private static TitleFit InBoxes(LayoutEntry layout, PlaceholderSlot slot, string text, double body, Rect content, Rect slide)
    {
        var size = PlaceholderStyle.Size(layout, slot, 0);
        var floor = Math.Max(SlideComposer.FloorPt, body) + Step;
        var box = slot.Rect;
        // A title style no larger than the body is raised a step above it.
        var start = Math.Max(size, floor);
        if (Fits(text, box, start))
            return new(text, start > size ? start : null, null, null);
        for (var t = start - 1; t >= Math.Max(floor, start * 0.8); t--)
        {
            if (Fits(text, box, t))
                return new(text, t, null, null);
        }
        var grown = Grown(layout, slot, box, content, slide);
        for (var t = start; t >= floor; t--)
        {
            if (Fits(text, grown, t))
                return new(text, t, Fits(text, box, t) ? null : grown, null);
        }
        var least = SlideComposer.FloorPt + Step;
        for (var t = floor - 1; t >= least; t--)
        {
            if (Fits(text, grown, t))
                return new(text, t, Fits(text, box, t) ? null : grown, t - Step);
        }
        // Still too long: the box's whole width, as the template drew it before it was narrowed to clear decorations
        // at its sides, when a panel under all of it is drawn over them (Inspiration's band over its square); not
        // where the words would run onto them (Focus's triangles, Yellow Idea's bulb).
        if (slot.Uncleared is { } full && layout.Decorations.Any(d => Holds(d, full) && !Covers(d, slide)))
        {
            var wide = Grown(layout, slot, full, content, slide);
            for (var t = floor; t >= least; t--)
            {
                if (Fits(text, wide, t))
                    return new(text, t, wide, t < floor ? t - Step : null);
            }
            grown = wide;
        }
        // Or widened to its sides into free ground, inside the template's margin.
        foreach (var room in Widenings(layout, slot, grown, slide).Skip(1))
        {
            for (var t = start; t >= least; t--)
            {
                if (Fits(text, room, t))
                    return new(text, t, room, t < floor ? t - Step : null);
            }
        }
        // Too long even there: shortened by the plan's rule (at a clause end or a word, with "…") when that keeps most
        // of it, to what fits a step above the body (which keeps its size), else a step above the floor (the body
        // capped under it); else set there, the body capped, and left to shrink.
        foreach (var (at, cap) in new[] { (floor, (double?)null), (least, SlideComposer.FloorPt) })
        {
            if (Shortened(text, grown, at) is { } shortened)
                return new(shortened, at, Fits(shortened, box, at) ? null : grown, at < floor ? cap : null);
        }
        return new(text, least, grown == box ? null : grown, SlideComposer.FloorPt);
    }

    /// <summary>
    /// The text shortened by the plan's rule (<see cref="DeckText.Shorten"/>) to what fits a box at a size: first to
    /// the box's lines' worth of ems, then an em shorter at a time, since lines lose room at their ends (Focus's title
    /// slide: "Four-level network renovation: solution exchange" fits its two lines' ems but wraps onto three); null
    /// when what fits keeps less than three fifths of it.
    /// </summary>
    private static string? Shortened(string text, Rect box, double at)
    {
        var (width, height) = Inner(box);
        var lines = Math.Max(1, (int)(height / (at * LineSpacing)));
        var least = DeckText.Ems(text) * 0.6;
        for (var ems = Math.Min(width / at * lines * 0.9, DeckText.Ems(text)); ems >= least; ems--)
        {
            var shortened = DeckText.Shorten(text, ems);
            if (DeckText.Ems(shortened) < least)
                return null;
            if (Fits(shortened, box, at))
                return shortened;
        }
        return null;
    }

    /// <summary>The spacing of a title's lines as viewers set them, a little generous.</summary>
    public const double LineSpacing = 1.2;

    /// <summary>
    /// Whether a text fits a box at a size, its Latin words kept whole, its Chinese broken anywhere, and is not cramped
    /// there: no line left with one or two characters, no word broken inside (<see cref="DeckText.Cramped"/>).
    /// </summary>
    public static bool Fits(string text, Rect box, double size)
    {
        var (width, height) = Inner(box);
        return DeckText.WrappedLines(text, width, size) * size * LineSpacing <= height && !DeckText.Cramped(text, width, size);
    }

    // The box less the default insets (0.1 in at the sides, 0.05 in above and below).
    private static (double Width, double Height) Inner(Rect box) => (box.Width / 12700.0 - 14.4, box.Height / 12700.0 - 7.2);

    /// <summary>
    /// The title box grown up to the slide's top margin (or what lies above it) and down to just above the first
    /// placeholder, footer, decoration or content below it; the box itself when it sits on a panel (its design is drawn
    /// around it) or something beside it spans its middle. Thin lines across or beside it do neither.
    /// </summary>
    internal static Rect Grown(LayoutEntry layout, PlaceholderSlot slot, Rect box, Rect content, Rect slide)
    {
        static bool Across(Rect a, Rect b) => Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X) > Math.Min(a.Width, b.Width) / 20;
        static bool Overlaps(Rect a, Rect b) => Across(a, b) && Math.Min(a.Y + a.Height, b.Y + b.Height) > Math.Max(a.Y, b.Y);
        // A panel under the title holds it; a rule line across it (Portfolio's) only stops it growing past the line.
        if (layout.Decorations.Any(d => Overlaps(d, box) && !Covers(d, slide) && Math.Min(d.Width, d.Height) > box.Height / 4))
            return box;
        var gap = slide.Height / 60;
        var (top, bottom) = (slide.Y + slide.Height / 40, slide.Y + slide.Height - slide.Height / 20);
        var others = layout.Slots.Where(s => s != slot).Select(s => s.Full).Append(content).Concat(layout.Obstacles).Where(o => Across(o, box) && !Covers(o, slide));
        foreach (var o in others)
        {
            if (o.Y >= box.Y + box.Height / 2)
                bottom = Math.Min(bottom, o.Y - gap);
            else if (o.Y + o.Height <= box.Y + box.Height / 2)
                top = Math.Max(top, o.Y + o.Height + gap);
            else if (Math.Min(o.Width, o.Height) > box.Height / 4)
                return box;
        }
        top = Math.Min(top, box.Y);
        bottom = Math.Max(bottom, box.Y + box.Height);
        return box with { Y = top, Height = bottom - top };
    }

    private static bool Holds(Rect panel, Rect box) =>
        panel.X <= box.X && panel.Y <= box.Y && panel.X + panel.Width >= box.X + box.Width && panel.Y + panel.Height >= box.Y + box.Height;

    // A shape over most of the slide is a background, not something the title must keep off.
    private static bool Covers(Rect shape, Rect slide) => (double)shape.Width * shape.Height >= (double)slide.Width * slide.Height * 0.8;
}
