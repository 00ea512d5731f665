using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PreSales.DocGen.Documents.Word;

/// <summary>
/// Wide tables on any template: a table of many prose columns, or whose longest words do not fit a portrait page,
/// gets a landscape section of its own (the template's own section copied, width and height swapped, so headers,
/// footers and margins carry over), and every column is made at least as wide as its longest word, so no word
/// breaks mid-word.
/// </summary>
internal static class WideTables
{
    // A table of this many columns holding prose is too cramped on a portrait page even when each word fits.
    private const int ProseColumns = 6;
    private const int ProseLength = 40;

    /// <summary>
    /// Moves wide top-level tables into landscape sections and fits every top-level table's columns to its words.
    /// </summary>
    /// <returns>The landscape sections made, each with the portrait text width it was made from (its headers' and footers' tab stops are set for that).</returns>
    public static IReadOnlyList<(SectionProperties Section, int PortraitWidth)> Fit(Document document)
    {
        var body = document.Body;
        if (body?.Elements<SectionProperties>().LastOrDefault() is not { } last)
            return [];
        Paragraph? openBreak = null;
        var made = new List<(Paragraph Break, int PortraitWidth)>();
        foreach (var table in body.Elements<Table>().ToList())
        {
            var section = Governing(table) ?? last;
            var width = TextWidth(section);
            var minimums = Minimums(table);
            if (width is null || minimums.Length == 0)
                continue;
            if (!IsLandscape(section) && Wide(table, minimums, width.Value))
            {
                openBreak = Landscape(table, section, openBreak);
                made.Add((openBreak, width.Value));
                var landscape = openBreak.ParagraphProperties!.GetFirstChild<SectionProperties>()!;
                Scale(table, TextWidth(landscape) ?? width.Value, width.Value);
                width = TextWidth(landscape);
            }
            FitColumns(table, minimums, width!.Value);
        }
        // A break moved to end a second wide table in a row is a new paragraph: the old one is out of the body.
        return made.Where(m => m.Break.Parent is not null).Select(m => (m.Break.ParagraphProperties!.GetFirstChild<SectionProperties>()!, m.PortraitWidth)).ToList();
    }

    /// <summary>The width of a section's text area in twips (page width less margins), or null when it does not say.</summary>
    public static int? TextWidthOf(SectionProperties section) => TextWidth(section);

    /// <summary>The minimum width in twips of each grid column: its longest word plus the cell margins.</summary>
    public static int[] Minimums(Table table)
    {
        var columns = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        var minimums = new int[columns];
        var margins = Margins(table);
        foreach (var row in table.Elements<TableRow>())
        {
            var column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                if (span == 1 && column < columns)
                    minimums[column] = Math.Max(minimums[column], LongestWord(cell) + margins);
                column += span;
            }
        }
        return minimums;
    }

    /// <summary>The display width in twips of the longest unbreakable word in a cell (East Asian characters break anywhere).</summary>
    public static int LongestWord(TableCell cell)
    {
        var longest = 0;
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            foreach (var run in paragraph.Descendants<Run>())
            {
                // Bold text is a little wider; half-points to twips per display unit (a Latin letter is about half an em).
                var halfPoints = int.TryParse(run.RunProperties?.FontSize?.Val?.Value, out var size) ? size : 21;
                var perUnit = halfPoints * (run.RunProperties?.Bold is null ? 5.4 : 5.9);
                foreach (var word in Words(run.InnerText))
                    longest = Math.Max(longest, (int)Math.Ceiling(WordText.DisplayWidth(word) * perUnit));
            }
        }
        return longest;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || char.IsWhiteSpace(text[i]) || WordText.IsWide(text[i]);
            if (boundary)
            {
                if (start >= 0)
                    yield return text[start..i];
                start = -1;
                if (i < text.Length && WordText.IsWide(text[i]))
                    yield return text[i].ToString();
            }
            else if (start < 0)
                start = i;
        }
    }

    private static bool Wide(Table table, int[] minimums, int width) =>
        minimums.Sum() > width
        || minimums.Length >= ProseColumns && table.Elements<TableRow>().Any(r => r.Elements<TableCell>().Any(c => c.InnerText.Length > ProseLength));

    // The section a body element is in: the next section break after it (null: the body's last section).
    private static SectionProperties? Governing(OpenXmlElement element)
    {
        for (var next = element.NextSibling(); next is not null; next = next.NextSibling())
        {
            if (next is Paragraph { ParagraphProperties: { } p } && p.GetFirstChild<SectionProperties>() is { } s)
                return s;
            if (next is SectionProperties last)
                return last;
        }
        return null;
    }

    private static bool IsLandscape(SectionProperties section) =>
        section.GetFirstChild<PageSize>() is { } size
        && (size.Orient?.Value == PageOrientationValues.Landscape || (size.Width?.Value ?? 0) > (size.Height?.Value ?? 0));

    private static int? TextWidth(SectionProperties section) =>
        section.GetFirstChild<PageSize>()?.Width?.Value is { } width && section.GetFirstChild<PageMargin>() is { } margin
            && (int)((int)width - (margin.Left?.Value ?? 1440) - (margin.Right?.Value ?? 1440)) is var text && text > 2000
            ? text
            : null;

    // Puts the table (with the headings just before it) between a break closing the portrait section before it
    // and a break ending a landscape section after it; a landscape break just before is moved instead (one section for both).
    private static Paragraph Landscape(Table table, SectionProperties section, Paragraph? openBreak)
    {
        var start = (OpenXmlElement)table;
        while (start.PreviousSibling() is Paragraph previous && IsHeading(previous))
            start = previous;
        var after = new Paragraph(new ParagraphProperties(LandscapeCopy(section)));
        if (openBreak is not null && ReferenceEquals(start.PreviousSibling(), openBreak))
        {
            var kept = openBreak.ParagraphProperties!.GetFirstChild<SectionProperties>()!;
            openBreak.Remove();
            table.InsertAfterSelf(new Paragraph(new ParagraphProperties(kept.CloneNode(true))));
            return (Paragraph)table.NextSibling()!;
        }
        if (start.PreviousSibling() is { } before && !IsBreak(before))
        {
            var closing = (SectionProperties)section.CloneNode(true);
            start.InsertBeforeSelf(new Paragraph(new ParagraphProperties(closing)));
            // The first page and the numbering start belong to the section that now comes first.
            section.RemoveAllChildren<TitlePage>();
            if (section.GetFirstChild<PageNumberType>() is { } numbers)
                numbers.Start = null;
            After(section);
        }
        table.InsertAfterSelf(after);
        return after;
    }

    private static void After(SectionProperties section)
    {
        var type = section.GetFirstChild<SectionType>();
        if (type is null)
            section.PrependChild(new SectionType { Val = SectionMarkValues.NextPage });
        else
            type.Val = SectionMarkValues.NextPage;
        // SectionType follows the header/footer references and the footnote/endnote properties.
        type = section.GetFirstChild<SectionType>()!;
        type.Remove();
        var anchor = section.ChildElements.LastOrDefault(e => e is HeaderReference or FooterReference or FootnoteProperties or EndnoteProperties);
        if (anchor is null)
            section.PrependChild(type);
        else
            anchor.InsertAfterSelf(type);
    }

    private static SectionProperties LandscapeCopy(SectionProperties section)
    {
        var copy = (SectionProperties)section.CloneNode(true);
        copy.RemoveAllChildren<TitlePage>();
        if (copy.GetFirstChild<PageNumberType>() is { } numbers)
            numbers.Start = null;
        copy.RemoveAllChildren<Columns>();
        if (copy.GetFirstChild<PageSize>() is { } size)
        {
            (size.Width, size.Height) = (size.Height, size.Width);
            size.Orient = PageOrientationValues.Landscape;
        }
        After(copy);
        return copy;
    }

    private static bool IsBreak(OpenXmlElement element) =>
        element is Paragraph { ParagraphProperties: { } p } && p.GetFirstChild<SectionProperties>() is not null;

    private static bool IsHeading(Paragraph paragraph) =>
        paragraph.ParagraphProperties is { } p && !IsBreak(paragraph)
        && (p.ParagraphStyleId?.Val?.Value?.Contains("heading", StringComparison.OrdinalIgnoreCase) == true
            || p.ParagraphStyleId?.Val?.Value?.Contains("caption", StringComparison.OrdinalIgnoreCase) == true
            || p.OutlineLevel is not null || p.KeepNext is not null);

    private static int Margins(Table table)
    {
        var margins = table.GetFirstChild<TableProperties>()?.TableCellMarginDefault;
        var left = margins?.TableCellLeftMargin?.Width?.Value ?? 108;
        var right = margins?.TableCellRightMargin?.Width?.Value ?? 108;
        return left + right;
    }

    private static int[] Grid(Table table) =>
        table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.TryParse(g.Width?.Value, out var w) ? w : 0).ToArray();

    private static void Scale(Table table, int to, int from)
    {
        var grid = Grid(table);
        var total = grid.Sum();
        // A table narrower than the portrait text keeps its share of the wider text.
        var target = total > 0 ? (int)((long)to * Math.Min(total, from) / from) : to;
        Write(table, grid.Select(w => total > 0 ? (int)((long)w * target / total) : target / grid.Length).ToArray());
    }

    // Every column at least its longest word; what that takes is taken from the columns with room to spare.
    private static void FitColumns(Table table, int[] minimums, int width)
    {
        var grid = Grid(table);
        if (grid.Length != minimums.Length || grid.Zip(minimums).All(p => p.First >= p.Second))
            return;
        var target = Math.Max(Math.Min(grid.Sum(), width), minimums.Sum());
        var widths = grid.Zip(minimums, Math.Max).ToArray();
        var excess = widths.Sum() - target;
        var slack = widths.Zip(minimums, (w, m) => w - m).ToArray();
        var room = slack.Sum();
        if (excess > 0 && room > 0)
            for (var i = 0; i < widths.Length; i++)
                widths[i] -= (int)Math.Ceiling((double)excess * slack[i] / room);
        // Rounding's few twips go back to the column with the most room, so the table keeps the text's width.
        var roomiest = Enumerable.Range(0, widths.Length).MaxBy(i => widths[i] - minimums[i]);
        widths[roomiest] += Math.Max(0, target - widths.Sum());
        Write(table, widths);
    }

    private static void Write(Table table, int[] widths)
    {
        var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ToList();
        for (var i = 0; i < columns.Count && i < widths.Length; i++)
            columns[i].Width = widths[i].ToString();
        if (table.GetFirstChild<TableProperties>()?.TableWidth is { Type.Value: var type } tableWidth && type == TableWidthUnitValues.Dxa)
            tableWidth.Width = widths.Sum().ToString();
        foreach (var row in table.Elements<TableRow>())
        {
            var column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var width = widths.Skip(column).Take(span).Sum();
                var properties = cell.TableCellProperties ??= new TableCellProperties();
                if (properties.TableCellWidth is { } cellWidth)
                {
                    cellWidth.Width = width.ToString();
                    cellWidth.Type = TableWidthUnitValues.Dxa;
                }
                else
                    properties.TableCellWidth = new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa };
                column += span;
            }
        }
    }
}
