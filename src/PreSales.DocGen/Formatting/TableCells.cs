using System.Xml.Linq;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>One table cell as it is drawn: its fill and the text colour the table style gives it.</summary>
/// <param name="Row">0-based row.</param>
/// <param name="Column">0-based grid column.</param>
/// <param name="Cell">The a:tc element.</param>
/// <param name="Fill">Its fill: the cell's own (tcPr), else its table style's; <see cref="Paint.None"/> when it has none (what is behind the table shows).</param>
/// <param name="Text">The text colour of its table style part, when the style names one (a run's own colour wins).</param>
internal sealed record TableCell(int Row, int Column, XElement Cell, Paint Fill, Rgb? Text);

/// <summary>
/// Resolves each cell of an a:tbl as PowerPoint draws it: the cell's own tcPr fill, else the fill of the table
/// style's parts that apply to its place (wholeTbl, the column and row bands, last and first column, last and first
/// row, later ones winning, as the tblPr flags turn them on), the style found by tableStyleId in the presentation's
/// table styles part and its colours read through the theme.
/// </summary>
internal static class TableCells
{
    public static IReadOnlyList<TableCell> Of(XElement table, ThemePalette palette, XElement? tableStyles)
    {
        var properties = table.Element(A + "tblPr");
        var styleId = properties?.Element(A + "tableStyleId")?.Value.Trim();
        var style = styleId is null ? null : tableStyles?.Elements(A + "tblStyle").FirstOrDefault(s => string.Equals(s.Attr("styleId"), styleId, StringComparison.OrdinalIgnoreCase));
        bool On(string flag) => properties.Flag(flag) == true;
        var rows = table.Elements(A + "tr").ToList();
        var columns = table.Element(A + "tblGrid")?.Elements(A + "gridCol").Count() ?? 0;
        var cells = new List<TableCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Elements(A + "tc"))
            {
                var parts = Parts(r, column, rows.Count, columns, On).Select(p => style?.Element(A + p)).OfType<XElement>().ToList();
                var own = Paint.Of(cell.Element(A + "tcPr"), palette);
                var styled = parts.Select(p => StyleFill(p, palette)).LastOrDefault(f => f is not null);
                var text = parts.Select(p => palette.ColorOf(p.Element(A + "tcTxStyle"))
                    ?? palette.ColorOf(p.Element(A + "tcTxStyle")?.Element(A + "fontRef"))).LastOrDefault(c => c is not null);
                cells.Add(new TableCell(r, column, cell, own ?? styled ?? Paint.None, text));
                column += (int)Math.Max(1, cell.Number("gridSpan") ?? 1);
            }
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
