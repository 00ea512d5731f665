using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>The .xlsx embedded in a chart: categories in column A, one column per series, names in row 1.</summary>
internal static class ChartWorkbook
{
    public static byte[] Build(SlideChart chart)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            var sheet = book.AddNewPart<WorksheetPart>("rId1");
            Feed(sheet, SheetXml(chart));
            Feed(book, "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        }
        return stream.ToArray();
    }

    /// <summary>The spreadsheet column letter of a zero-based index (A, B, … Z, AA).</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private static string SheetXml(SlideChart chart)
    {
        var x = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
        for (var s = 0; s < chart.Series.Count; s++)
            x.Append(CultureInfo.InvariantCulture, $"<c r=\"{Column(s + 1)}1\" t=\"inlineStr\"><is><t>{RunStyle.Escape(chart.Series[s].Name)}</t></is></c>");
        x.Append("</row>");
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var r = i + 2;
            x.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>{RunStyle.Escape(chart.Categories[i])}</t></is></c>");
            for (var s = 0; s < chart.Series.Count; s++)
                if (i < chart.Series[s].Values.Count)
                    x.Append(CultureInfo.InvariantCulture, $"<c r=\"{Column(s + 1)}{r}\"><v>{chart.Series[s].Values[i]}</v></c>");
            x.Append("</row>");
        }
        return x.Append("</sheetData></worksheet>").ToString();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(s);
    }
}
