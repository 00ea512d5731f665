using DocumentFormat.OpenXml.Wordprocessing;

namespace PreSales.DocGen.Documents.Word;

/// <summary>
/// What keeps a filed document readable across pages, on any template: table rows do not split across pages
/// (a SWOT cell's bullets stay together) and a bold sub-heading stays with what follows it.
/// </summary>
internal static class DocumentLayout
{
    /// <summary>Marks every table row cantSplit and every bold-only short paragraph keepNext.</summary>
    public static void KeepTogether(Document document)
    {
        foreach (var row in document.Descendants<TableRow>())
        {
            var properties = row.TableRowProperties ??= new TableRowProperties();
            if (properties.GetFirstChild<CantSplit>() is null)
                properties.Append(new CantSplit());
        }
        foreach (var paragraph in document.Descendants<Paragraph>().ToList())
        {
            var runs = paragraph.Elements<Run>().Where(r => r.InnerText.Length > 0).ToList();
            if (runs.Count == 0 || paragraph.InnerText.Length > 60 || !runs.All(r => r.RunProperties?.Bold is not null))
                continue;
            var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
            if (properties.KeepNext is null)
                properties.KeepNext = new KeepNext();
        }
    }
}
