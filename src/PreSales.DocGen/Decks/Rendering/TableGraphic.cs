using System.Globalization;
using PreSales.DocGen.Formatting;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// A real table (a:tbl) with a header row (firstRow="1"), its colours set on the cells so every viewer shows them:
/// the header on the theme's first accent, the rows banded in the theme's background tinted towards it, each text
/// colour chosen to read on its fill. Row heights are what the text needs, so the frame is as tall as the table; its
/// text is set at 18 pt, or as much smaller as it needs to fit its area, never below the floor
/// (<see cref="SlideRoom.MinTableFont"/>: the plan moved what does not fit then to a continuation slide).
/// </summary>
internal static class TableGraphic
{
    public const double FontPt = 18;
    private const long MarginX = 91440;
    private const long MarginY = 45720;

    public static void Write(SlideXml slide, SlideTable table, Rect area, string altText, TemplateColors colors)
    {
        var columns = Math.Max(1, table.Header.Count);
        var colWidth = area.Width / columns;
        var rows = new List<IReadOnlyList<string>> { table.Header };
        rows.AddRange(table.Rows);
        // Words that would break inside the columns at 18 pt start the table smaller (a box narrowed beside a stripe).
        var font = SlideFit.WordFont(table, area.Width / 12700.0 - 14, FontPt) ?? FontPt;
        while (font - 1 >= SlideRoom.MinTableFont && rows.Sum(r => RowHeight(r, colWidth, font)) > area.Height)
            font -= 1;
        var heights = rows.Select(r => RowHeight(r, colWidth, font)).ToList();
        var bg = colors.Scheme("bg1", new Rgb(255, 255, 255));
        var accent = colors.Scheme("accent1", new Rgb(0x44, 0x72, 0xC4));
        var header = accent;
        var bands = new[] { bg, bg.Mix(accent, 0.12) };
        var headerText = colors.Text([header], font, true, "bg1", new("表头文字", "table header text"));
        var bodyText = colors.Text(bands, font, false, "tx1", new("表格文字", "table text"));
        var id = slide.NextId();
        var x = slide.Raw;
        x.Append(CultureInfo.InvariantCulture, $"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"Table {id}\" descr=\"{RunStyle.Escape(altText)}\"/>")
            .Append("<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>")
            .Append(SlideXml.FrameXfrm(area with { Height = heights.Sum() }))
            .Append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>");
        for (var c = 0; c < columns; c++)
            x.Append(CultureInfo.InvariantCulture, $"<a:gridCol w=\"{colWidth}\"/>");
        x.Append("</a:tblGrid>");
        var size = (int)(font * 100);
        Row(slide, table.Header, columns, heights[0], size, headerText, header, bold: true);
        for (var r = 0; r < table.Rows.Count; r++)
            Row(slide, table.Rows[r], columns, heights[r + 1], size, bodyText, bands[r % 2], bold: false);
        x.Append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
    }

    /// <summary>The height a row needs, EMU: its tallest cell's lines at a size, with the cell margins.</summary>
    public static long RowHeight(IReadOnlyList<string> cells, long colWidth, double fontPt = FontPt) =>
        (long)(SlideFit.TableRowHeight(cells, (colWidth - 2 * MarginX) / 12700.0, fontPt) * 12700);

    private static void Row(SlideXml slide, IReadOnlyList<string> cells, int columns, long height, int size, Rgb color, Rgb fill, bool bold)
    {
        var x = slide.Raw;
        x.Append(CultureInfo.InvariantCulture, $"<a:tr h=\"{height}\">");
        for (var c = 0; c < columns; c++)
        {
            var text = c < cells.Count ? cells[c] : "";
            x.Append("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>");
            x.Append(text.Length == 0 ? $"<a:endParaRPr lang=\"en-US\" sz=\"{size}\"/>" : slide.Run(text, size, color.Hex, bold));
            x.Append(CultureInfo.InvariantCulture, $"</a:p></a:txBody><a:tcPr marL=\"{MarginX}\" marR=\"{MarginX}\" marT=\"{MarginY}\" marB=\"{MarginY}\"><a:solidFill>")
                .Append(SlideXml.Color(fill.Hex)).Append("</a:solidFill></a:tcPr></a:tc>");
        }
        x.Append("</a:tr>");
    }
}
