using System.Globalization;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>A real table (a:tbl) with a header row (firstRow="1"), its colours set on the cells so every viewer shows them.</summary>
internal static class TableGraphic
{
    private const int FontSize = 1800;

    public static void Write(SlideXml slide, SlideTable table, Rect area, string altText)
    {
        var columns = Math.Max(1, table.Header.Count);
        var colWidth = area.Width / columns;
        var rowHeight = 457200L;
        var height = Math.Min(area.Height, rowHeight * (table.Rows.Count + 1));
        var id = slide.NextId();
        var x = slide.Raw;
        x.Append(CultureInfo.InvariantCulture, $"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"Table {id}\" descr=\"{RunStyle.Escape(altText)}\"/>")
            .Append("<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>")
            .Append(SlideXml.FrameXfrm(area with { Height = height }))
            .Append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>");
        for (var c = 0; c < columns; c++)
            x.Append(CultureInfo.InvariantCulture, $"<a:gridCol w=\"{colWidth}\"/>");
        x.Append("</a:tblGrid>");
        Row(slide, table.Header, columns, rowHeight, "FFFFFF", "accent1", bold: true);
        for (var r = 0; r < table.Rows.Count; r++)
            Row(slide, table.Rows[r], columns, rowHeight, "tx1", r % 2 == 0 ? "lt2" : "bg1", bold: false);
        x.Append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
    }

    private static void Row(SlideXml slide, IReadOnlyList<string> cells, int columns, long height, string color, string fill, bool bold)
    {
        var x = slide.Raw;
        x.Append(CultureInfo.InvariantCulture, $"<a:tr h=\"{height}\">");
        for (var c = 0; c < columns; c++)
        {
            var text = c < cells.Count ? cells[c] : "";
            x.Append("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>");
            x.Append(text.Length == 0 ? "<a:endParaRPr lang=\"en-US\" sz=\"1800\"/>" : slide.Run(text, FontSize, color, bold));
            x.Append("</a:p></a:txBody><a:tcPr marL=\"91440\" marR=\"91440\" marT=\"45720\" marB=\"45720\"><a:solidFill>")
                .Append(SlideXml.Color(fill == "lt2" ? "EEF2F7" : fill == "bg1" ? "FFFFFF" : fill)).Append("</a:solidFill></a:tcPr></a:tc>");
        }
        x.Append("</a:tr>");
    }
}
