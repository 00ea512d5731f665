using System.Xml.Linq;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>One table cell as it is drawn: its fill and the text colour the table style gives it.</summary>
/// <param name="Row">0-based row.</param>
/// <param name="Column">0-based grid column.</param>
/// <param name="Cell">The a:tc element.</param>
/// <param name="Fill">Its fill: the cell's own (tcPr), else its table style's; <see cref="Paint.None"/> when it has none (what is behind the table shows).</param>
/// <param name="Text">The text colour of its table style part, when the style names one (a run's own colour wins).</param>
/// <param name="Area">Where the cell lies on the slide, when the table's frame was given.</param>
internal sealed record TableCell(int Row, int Column, XElement Cell, Paint Fill, Rgb? Text, (long X, long Y, long Width, long Height)? Area = null);

/// <summary>
/// Resolves each cell of an a:tbl as PowerPoint draws it: the cell's own tcPr fill, else the fill of the table
/// style's parts that apply to its place (wholeTbl, the column and row bands, last and first column, last and first
/// row, later ones winning, as the tblPr flags turn them on), the style found by tableStyleId in the presentation's
/// table styles part and its colours read through the theme.
/// </summary>
internal static class TableCells
{
    /// <param name="table">The a:tbl.</param>
    /// <param name="palette">The theme through the slide's colour map.</param>
    /// <param name="tableStyles">The presentation's a:tblStyleLst.</param>
    /// <param name="frame">The table's frame on the slide: the cells' areas are laid out in it, the grid's columns
    /// stretched to its width, rows at <paramref name="rowHeights"/> (else their own h) from its top.</param>
    /// <param name="rowHeights">The rows' heights as drawn (a row grows to fit its text).</param>
    public static IReadOnlyList<TableCell> Of(XElement table, ThemePalette palette, XElement? tableStyles,
        (long X, long Y, long Width, long Height)? frame = null, IReadOnlyList<long>? rowHeights = null)
    {
        var properties = table.Element(A + "tblPr");
        var styleId = properties?.Element(A + "tableStyleId")?.Value.Trim();
        var style = styleId is null ? null : tableStyles?.Elements(A + "tblStyle").FirstOrDefault(s => string.Equals(s.Attr("styleId"), styleId, StringComparison.OrdinalIgnoreCase));
        bool On(string flag) => properties.Flag(flag) == true;
        var rows = table.Elements(A + "tr").ToList();
        var columns = table.Element(A + "tblGrid")?.Elements(A + "gridCol").Count() ?? 0;
        var widths = table.Element(A + "tblGrid")?.Elements(A + "gridCol").Select(c => Math.Max(0, c.Number("w") ?? 0)).ToList() ?? [];
        var scale = frame is { } f && widths.Sum() is > 0 and var sum ? (double)f.Width / sum : 1;
        var top = frame?.Y ?? 0;
        var cells = new List<TableCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var height = rowHeights is not null && r < rowHeights.Count ? rowHeights[r] : Math.Max(0, rows[r].Number("h") ?? 0);
            var column = 0;
            foreach (var cell in rows[r].Elements(A + "tc"))
            {
                var parts = Parts(r, column, rows.Count, columns, On).Select(p => style?.Element(A + p)).OfType<XElement>().ToList();
                var own = Paint.Of(cell.Element(A + "tcPr"), palette);
                var styled = parts.Select(p => StyleFill(p, palette)).LastOrDefault(f => f is not null);
                var text = parts.Select(p => palette.ColorOf(p.Element(A + "tcTxStyle"))
                    ?? palette.ColorOf(p.Element(A + "tcTxStyle")?.Element(A + "fontRef"))).LastOrDefault(c => c is not null);
                var span = (int)Math.Clamp(cell.Number("gridSpan") ?? 1, 1, Math.Max(1, widths.Count - column));
                (long, long, long, long)? area = frame is { } box && column < widths.Count
                    ? ((long)(box.X + widths.Take(column).Sum() * scale), top, (long)(widths.Skip(column).Take(span).Sum() * scale), height)
                    : null;
                cells.Add(new TableCell(r, column, cell, own ?? styled ?? Paint.None, text, area));
                column += (int)Math.Max(1, cell.Number("gridSpan") ?? 1);
            }
            top += height;
        }
        return cells;
    }

    /// <summary>The style parts that apply to a cell, in the order they are laid on (later wins).</summary>
    private static IEnumerable<string> Parts(int row, int column, int rows, int columns, Func<string, bool> on)
    {
        yield return "wholeTbl";
        var firstRow = on("firstRow");
        var firstColumn = on("firstCol");
        if (on("bandCol"))
            yield return (column - (firstColumn ? 1 : 0)) % 2 == 0 ? "band1V" : "band2V";
        if (on("bandRow"))
            yield return (row - (firstRow ? 1 : 0)) % 2 == 0 ? "band1H" : "band2H";
        if (on("lastCol") && column == columns - 1)
            yield return "lastCol";
        if (firstColumn && column == 0)
            yield return "firstCol";
        if (on("lastRow") && row == rows - 1)
            yield return "lastRow";
        if (firstRow && row == 0)
            yield return "firstRow";
    }

    // A style part's fill: tcStyle/fill (solid, gradient…) or tcStyle/fillRef (a theme fill, its colour).
    private static Paint? StyleFill(XElement part, ThemePalette palette)
    {
        var tcStyle = part.Element(A + "tcStyle");
        if (Paint.Of(tcStyle?.Element(A + "fill"), palette) is { } fill)
            return fill;
        return tcStyle?.Element(A + "fillRef") is { } reference && palette.ColorOf(reference) is { } c ? new Paint([c], false) : null;
    }
}
