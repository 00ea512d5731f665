using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks;

/// <summary>
/// The room a slide offers, in points, for the default 16:9 template's content box; plans are fitted to it so
/// that text never silently overflows (templates with smaller boxes still get autofit from the renderer).
/// </summary>
/// <param name="Width">Width of the body box.</param>
/// <param name="Height">Height of the body box.</param>
/// <param name="TopFont">Font size of level-0 bullets.</param>
/// <param name="SubFont">Font size of level-1 and deeper bullets.</param>
/// <param name="TableFont">Font size in tables, before they shrink to fit.</param>
public sealed record SlideRoom(double Width, double Height, double TopFont, double SubFont, double TableFont)
{
    /// <summary>The default template's content box (11.6 × 4.9 in, 24/20 pt, tables 18 pt; a table reaches 0.35 in further down).</summary>
    public static SlideRoom Default { get; } = new(835, 350, 24, 20, 18) { TableHeight = 375 };

    /// <summary>
    /// The height a table may take on a slide: the body box extended down over the free room under it, to just above
    /// the footers or the slide's bottom margin (the renderer draws tables there).
    /// </summary>
    public double TableHeight { get; init; } = Height;

    /// <summary>
    /// Table text shrinks to fit down to this size (the review's font-too-small floor for tables) before rows continue
    /// on another slide.
    /// </summary>
    public const double MinTableFont = 14;

    /// <summary>
    /// The box's width before it was narrowed to clear the decorations at its sides (Candy's stripes); the same
    /// when it was not. A table whose words would break inside its narrowed columns even at the table floor takes
    /// this width.
    /// </summary>
    public double FullWidth { get; init; } = Width;

    /// <summary>
    /// The width a table is laid out in: the box's, or its full width when a word would not fit a column of the box
    /// even at the floor (<see cref="SlideFit.WordFont"/>).
    /// </summary>
    public double TableWidth(SlideTable table) => FullWidth > Width && SlideFit.WordFont(table, Width, TableFont) is null ? FullWidth : Width;

    /// <summary>The largest size a table's text starts from in its width: the table size, or less so its words fit its columns.</summary>
    public double TableFontFor(SlideTable table) => SlideFit.WordFont(table, TableWidth(table), TableFont) ?? TableFont;

    /// <summary>At most this many bullets on one slide (the 6×6 rule).</summary>
    public const int MaxBullets = 6;

    /// <summary>A bullet takes at most this many lines; longer ones are shortened.</summary>
    public const int MaxBulletLines = 3;

    /// <summary>A table cell takes at most this many lines.</summary>
    public const int MaxCellLines = 4;

    /// <summary>
    /// At most this many columns in one table on a slide; a wider table continues with the next columns, its first
    /// column (the row names) repeated, instead of shortening every cell to "…".
    /// </summary>
    public const int MaxTableColumns = 7;

    /// <summary>At most this many Chinese characters of body text on a slide (the review's text-heavy rule allows 150).</summary>
    public const int MaxChineseCharacters = 140;

    /// <summary>At most this many English words of body text on a slide (the review's text-heavy rule allows 80).</summary>
    public const int MaxEnglishWords = 75;

    /// <summary>Whether a slide can hold this much text and a listener still listen.</summary>
    public static bool Readable(TextMeasure text) => text.CjkCharacters <= MaxChineseCharacters && text.Words <= MaxEnglishWords;

    /// <summary>A title takes at most two lines at the title size (32 pt on the default template).</summary>
    public const double MaxTitleEms = 2 * 860 / 32.0;
}

/// <summary>Fits slides to their room: shortens bullets and cells by rule, and continues on new slides ("(续)").</summary>
internal static class SlideFit
{
    /// <summary>
    /// Whether every word of a table (a run of Latin letters and digits; Chinese breaks between any two characters)
    /// fits one of its columns in a width, in points, at a font size, with the cells' margins and a tenth to spare
    /// for viewers' fonts, which run wider than the estimate. Else the viewer breaks it inside the word.
    /// </summary>
    public static bool WordsFit(SlideTable table, double widthPt, double fontPt)
    {
        var cell = widthPt / Math.Max(1, table.Header.Count) - 14;
        return table.Header.Concat(table.Rows.SelectMany(r => r)).All(c => DeckText.LongestWordEms(c) * fontPt * 1.1 <= cell);
    }

    /// <summary>
    /// The largest size, from <paramref name="fontPt"/> down to the table floor (<see cref="SlideRoom.MinTableFont"/>),
    /// at which every word of a table fits its columns in a width (<see cref="WordsFit"/>); null when none does.
    /// </summary>
    public static double? WordFont(SlideTable table, double widthPt, double fontPt)
    {
        for (var size = fontPt; size >= Math.Min(fontPt, SlideRoom.MinTableFont); size--)
        {
            if (WordsFit(table, widthPt, size))
                return size;
        }
        return null;
    }

    public static IReadOnlyList<PlannedSlide> Fit(IEnumerable<PlannedSlide> slides, DealLanguage language) => Fit(slides, language, SlideRoom.Default, cutCells: false);

    /// <summary>
    /// Fits a plan again to a template's own room (its content box and text sizes) when that is smaller than the
    /// default's: slides already continued ("(续)", "(续2)") are joined back first, then split for the new room, so
    /// a table continues by rows on numbered continuation slides instead of running off the slide. Cells are not
    /// shortened unless one row alone would not fit a slide.
    /// </summary>
    public static IReadOnlyList<PlannedSlide> Refit(IReadOnlyList<PlannedSlide> slides, DealLanguage language, SlideRoom room, SlideRoom? baseline = null)
    {
        // The baseline is the room the plan was made for: on a template at least that roomy the plan stays as planned.
        var d = baseline ?? SlideRoom.Default;
        if (room.Width >= d.Width && room.Height >= d.Height && room.TableHeight >= d.TableHeight && room.TopFont <= d.TopFont && room.SubFont <= d.SubFont && room.TableFont <= d.TableFont)
            return slides;
        return Fit(Joined(slides, language), language, room, cutCells: false);
    }

    // Continuations back into the slide they continue: same kind, a title that is the first's plus "（续）"/"（续N）".
    private static List<PlannedSlide> Joined(IReadOnlyList<PlannedSlide> slides, DealLanguage language)
    {
        var more = language == DealLanguage.ZhCN ? "（续）" : " (cont.)";
        var joined = new List<PlannedSlide>();
        foreach (var slide in slides)
        {
            if (joined.Count > 0 && joined[^1] is var first && IsContinuation(first.Title, slide.Title, more)
                && (first.Table is null) == (slide.Table is null) && (first.Table is null || first.Table.Header.SequenceEqual(slide.Table!.Header)))
            {
                joined[^1] = first with
                {
                    Body = [.. first.Body, .. slide.Body],
                    Table = first.Table is null ? null : first.Table with { Rows = [.. first.Table.Rows, .. slide.Table!.Rows] },
                };
                continue;
            }
            joined.Add(slide);
        }
        return joined;
    }

    /// <summary>Whether a slide continues another: the other's title with "（续）"/"（续N）" (" (cont.)"/" (cont. N)").</summary>
    internal static bool Continues(PlannedSlide next, PlannedSlide first, DealLanguage language) =>
        IsContinuation(first.Title, next.Title, language == DealLanguage.ZhCN ? "（续）" : " (cont.)");

    private static bool IsContinuation(string first, string next, string more)
    {
        if (!next.StartsWith(first, StringComparison.Ordinal) || next.Length == first.Length)
            return false;
        // A plan typed by hand may write the Chinese mark with Latin parentheses: "(续)" is read as "（续）".
        var tail = more.StartsWith('（') ? next[first.Length..].Replace('(', '（').Replace(')', '）') : next[first.Length..];
        if (tail == more)
            return true;
        var open = more[..^1] + (more.StartsWith(' ') ? " " : "");
        return tail.StartsWith(open, StringComparison.Ordinal) && tail.EndsWith(more[^1]) && int.TryParse(tail[open.Length..^1], out _);
    }

    private static IReadOnlyList<PlannedSlide> Fit(IEnumerable<PlannedSlide> slides, DealLanguage language, SlideRoom room, bool cutCells)
    {
        var more = language == DealLanguage.ZhCN ? "（续）" : " (cont.)";
        var result = new List<PlannedSlide>();
        var lastTitle = "";
        foreach (var given in slides)
        {
            // Every slide has a title: an untitled slide (pandoc's "---") continues the one before it.
            var slide = given.Title.Trim().Length > 0 || lastTitle.Length == 0 ? given : given with { Title = lastTitle + more };
            if (given.Title.Trim().Length > 0)
                lastTitle = given.Title.Trim();
            var width = slide.Kind == SlideKind.TwoColumns ? room.Width / 2 - 10 : room.Width;
            var body = slide.Body.Select(b => Shorten(b, width, room)).ToList();
            var second = slide.SecondColumn.Select(b => Shorten(b, width, room)).ToList();
            var shaped = slide with { Title = DeckText.Shorten(slide.Title.Replace('\n', ' '), SlideRoom.MaxTitleEms), Body = body, SecondColumn = second };
            if (slide.Table is { } table)
            {
                var page = 0;
                foreach (var part in ColumnGroups(table))
                {
                    var pages = SplitTable(shaped, part, room, more, page, cutCells).ToList();
                    result.AddRange(pages);
                    page += pages.Count;
                }
            }
            else
                result.AddRange(SplitBody(shaped, width, room, more));
        }
        return result;
    }

    private static BodyItem Shorten(BodyItem item, double width, SlideRoom room)
    {
        var font = item.Level == 0 ? room.TopFont : room.SubFont;
        var maxEms = width / font * SlideRoom.MaxBulletLines * 0.95;
        return item with { Text = DeckText.Shorten(item.Text.Replace('\n', ' '), maxEms), Level = Math.Clamp(item.Level, 0, 4) };
    }

    private static double Height(BodyItem item, double width, SlideRoom room)
    {
        var font = item.Level == 0 ? room.TopFont : room.SubFont;
        var indent = item.Level * 27;
        return DeckText.Lines(item.Text, width - indent - 20, font) * font * 1.2 + font * 0.5;
    }

    private static IEnumerable<PlannedSlide> SplitBody(PlannedSlide slide, double width, SlideRoom room, string more)
    {
        var height = slide.Chart is not null || slide.Timeline is not null || slide.Image is not null ? room.Height * 0.5 : room.Height;
        if (slide.Kind == SlideKind.TwoColumns)
            height = room.Height;
        var pages = new List<List<BodyItem>> { new() };
        double used = 0;
        var read = default(TextMeasure);
        // Balance the pages: when a slide must continue, split its bullets evenly rather than leave a thin last page.
        var total = slide.Body.Sum(b => Height(b, width, room));
        var text = TextMeasure.Of(string.Join(" ", slide.Body.Concat(slide.SecondColumn).Select(b => b.Text)));
        var pageCount = new[]
        {
            (int)Math.Ceiling(slide.Body.Count / (double)SlideRoom.MaxBullets),
            (int)Math.Ceiling(total / height),
            (int)Math.Ceiling(text.CjkCharacters / (double)SlideRoom.MaxChineseCharacters),
            (int)Math.Ceiling(text.Words / (double)SlideRoom.MaxEnglishWords),
        }.Max();
        var perPage = pageCount <= 1 ? SlideRoom.MaxBullets : (int)Math.Ceiling(slide.Body.Count / (double)pageCount);
        foreach (var item in slide.Body)
        {
            var h = Height(item, width, room);
            var w = TextMeasure.Of(item.Text);
            var page = pages[^1];
            // The even share of bullets a page is a target between points, never inside one: a sub-point is not cut from its point by count.
            var full = page.Count >= perPage && item.Level == 0;
            if (page.Count > 0 && (full || used + h > height || !SlideRoom.Readable(read + w)))
            {
                // A point must not be cut from its sub-points: the point being filled moves over whole when the page
                // holds something before it (else, at least a heading is carried over with its first point).
                var head = item.Level > 0 ? page.FindLastIndex(b => b.Level < item.Level && b.Level == 0) : -1;
                var from = head > 0 ? head : page[^1].Level < item.Level ? page.Count - 1 : page.Count;
                if (from == 0)
                    from = page.Count;
                List<BodyItem> carry = page[from..];
                page.RemoveRange(from, page.Count - from);
                pages.Add(carry);
                used = carry.Sum(b => Height(b, width, room));
                read = carry.Aggregate(default(TextMeasure), (m, b) => m + TextMeasure.Of(b.Text));
            }
            pages[^1].Add(item);
            used += h;
            read += w;
        }
        for (var i = 0; i < pages.Count; i++)
        {
            if (i == 0)
                yield return slide with { Body = pages[0] };
            else
                yield return Continued(slide, more, i) with { Body = pages[i], SecondColumn = [], Chart = null, Timeline = null, Image = null, Kind = SlideKind.Content };
        }
    }

    // A table wider than a slide can show is cut into groups of columns, each keeping the first column.
    private static IEnumerable<SlideTable> ColumnGroups(SlideTable table)
    {
        var columns = Math.Max(table.Header.Count, table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (columns <= SlideRoom.MaxTableColumns)
        {
            yield return table;
            yield break;
        }
        static IReadOnlyList<string> Pick(IReadOnlyList<string> cells, int from, int count) =>
            [cells.Count > 0 ? cells[0] : "", .. Enumerable.Range(from, count).Select(i => i < cells.Count ? cells[i] : "")];
        var per = SlideRoom.MaxTableColumns - 1;
        for (var from = 1; from < columns; from += per)
        {
            var count = Math.Min(per, columns - from);
            yield return new SlideTable(Pick(table.Header, from, count), table.Rows.Select(r => Pick(r, from, count)).ToList());
        }
    }

    /// <summary>
    /// A table's rows on as few slides as its text allows when it shrinks from the table size down to the floor, at
    /// the largest size that needs no more slides; the rows balanced over the slides so the last is not left with one.
    /// </summary>
    private static IEnumerable<PlannedSlide> SplitTable(PlannedSlide slide, SlideTable table, SlideRoom room, string more, int firstPage, bool cutCells)
    {
        var columns = Math.Max(1, table.Header.Count);
        var cellWidth = room.TableWidth(table) / columns - 14;
        // Without cutting, a cell may take as many lines as fit on a slide under a two-line header.
        // Words that would break inside the columns at the table size start it smaller (never below the floor).
        var start = room.TableFontFor(table);
        var maxLines = cutCells ? SlideRoom.MaxCellLines : Math.Max(SlideRoom.MaxCellLines, (int)((room.TableHeight - 3 * start * 1.2) / (start * 1.2)) - 1);
        var maxEms = cellWidth / start * maxLines * 0.95;
        var header = table.Header.Select(h => DeckText.Shorten(h, maxEms)).ToList();
        var rows = table.Rows.Select(r => (IReadOnlyList<string>)r.Select(c => DeckText.Shorten(c.Replace('\n', ' '), maxEms)).ToList()).ToList();
        // The renderer gives bullets above a table at least a fifth of the box, and a gap.
        var above = firstPage == 0 && slide.Body.Count > 0 ? Math.Max(slide.Body.Sum(b => Height(b, room.Width, room)), room.Height * 0.2) + 14 : 0;
        List<List<IReadOnlyList<string>>> Pages(double font, int perPage)
        {
            double RowHeight(IReadOnlyList<string> cells) => TableRowHeight(cells, cellWidth, font);
            var available = room.TableHeight - RowHeight(header) - above;
            var pages = new List<List<IReadOnlyList<string>>> { new() };
            double used = 0;
            foreach (var row in rows)
            {
                var h = RowHeight(row);
                if (pages[^1].Count > 0 && (used + h > available || pages[^1].Count >= perPage))
                {
                    pages.Add([]);
                    used = 0;
                    available = room.TableHeight - RowHeight(header);
                }
                pages[^1].Add(row);
                used += h;
            }
            return pages;
        }
        var floor = Math.Min(start, SlideRoom.MinTableFont);
        var fewest = Pages(floor, int.MaxValue).Count;
        var size = start;
        while (size - 1 >= floor && Pages(size, int.MaxValue).Count > fewest)
            size -= 1;
        var split = Pages(size, int.MaxValue);
        // A last slide with a single row reads as an afterthought: the rows are spread evenly when they still fit.
        if (split.Count > 1 && split[^1].Count == 1 && Pages(size, (int)Math.Ceiling(rows.Count / (double)split.Count)) is var even && even.Count == split.Count)
            split = even;
        for (var i = 0; i < split.Count; i++)
        {
            var part = new SlideTable(header, split[i]);
            var page = firstPage + i;
            yield return page == 0 ? slide with { Table = part } : Continued(slide, more, page) with { Table = part, Body = [] };
        }
    }

    /// <summary>The height, in points, a table row needs: its tallest cell's lines at a size, with the cell margins.</summary>
    internal static double TableRowHeight(IReadOnlyList<string> cells, double cellWidthPt, double fontPt) =>
        cells.Select(c => DeckText.WrappedLines(c, cellWidthPt, fontPt)).DefaultIfEmpty(1).Max() * fontPt * 1.2 + 8;

    // The second and later continuations are numbered, so no two slides share a title: "(续)", "(续2)"; " (cont.)", " (cont. 2)".
    // A continuation made after the talk track was written (the renderer fitting a template's smaller box) still gets
    // a line to say; its time stays with the slide it continues, so the deck's estimate does not change.
    private static PlannedSlide Continued(PlannedSlide slide, string more, int page) =>
        slide with
        {
            Title = slide.Title + (page <= 1 ? more : more[..^1] + (more.StartsWith(' ') ? " " : "") + page + more[^1]),
            Notes = slide.Notes is null ? null
                : new SpeakerNotes(more.StartsWith(' ') ? "The table continues from the previous slide: walk through its remaining rows." : "接上页，继续讲完表中其余各行。", 0),
        };
}
