using System.Globalization;
using System.IO.Compression;
using System.Text;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>The .xlsx embedded in a chart: categories in column A, one column per series, names in row 1.</summary>
internal static class ChartWorkbook
{
    /// <summary>
    /// The workbook package, written as its five parts directly: the SDK's SpreadsheetDocument gives the same package
    /// but costs a CLI run about 20 ms of start-up; a test opens and validates it with the SDK.
    /// </summary>
    public static byte[] Build(SlideChart chart)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Entry(zip, "_rels/.rels", Rels("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"));
            Entry(zip, "xl/_rels/workbook.xml.rels", Rels("http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml"));
            Entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry(zip, "xl/worksheets/sheet1.xml", SheetXml(chart));
        }
        return stream.ToArray();
    }

    private static string Rels(string type, string target) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{type}\" Target=\"{target}\"/></Relationships>";

    private static void Entry(ZipArchive zip, string name, string xml) => PackageZip.Add(zip, name, xml);

    /// <summary>The spreadsheet column letter of a zero-based index (A, B, … Z, AA).</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private static string SheetXml(SlideChart chart)
    {
        var x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
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
}
