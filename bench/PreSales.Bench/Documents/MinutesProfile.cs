using DocumentFormat.OpenXml.Packaging;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;
namespace PreSales.Bench;
public static class MinutesProfile
{
    public static int Run(string[] args)
    {
        var deal = DealReader.ReadFile(Path.Combine(Timing.Root, "samples", "telecom-pilot.zh-CN.json")).Deal!;
        var (ex, n) = DealExchanges.Pick(deal, null);
        var template = DefaultTemplates.Get(DocumentKind.Minutes, deal.Language);
        var content = ExchangeSummary.From(deal, ex, n, "x").ToContent();
        Console.WriteLine($"content {Timing.MedianMs(() => ExchangeSummary.From(deal, ex, n, "x").ToContent(), warmup: 300, runs: 300):0.000}");
        Console.WriteLine($"render {Timing.MedianMs(() => DocumentRenderer.Render(template, DocumentKind.Minutes, content, deal.Language), warmup: 300, runs: 300):0.000}");
        Console.WriteLine($"open+dispose ro {Timing.MedianMs(() => { using var s = new MemoryStream(template); using var d = WordprocessingDocument.Open(s, false); _ = d.MainDocumentPart!.Document; }, warmup: 300, runs: 300):0.000}");
        Console.WriteLine($"open+save rw {Timing.MedianMs(() => { using var s = new MemoryStream(); s.Write(template); s.Position = 0; using (var d = WordprocessingDocument.Open(s, true)) { _ = d.MainDocumentPart!.Document; d.MainDocumentPart.Document.Body!.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Paragraph()); } }, warmup: 300, runs: 300):0.000}");
        Console.WriteLine($"open+check {Timing.MedianMs(() => { using var s = new MemoryStream(template); using var d = WordprocessingDocument.Open(s, false); TemplateCheck.Missing(d, DocumentKind.Minutes); }, warmup: 300, runs: 300):0.000}");
        Console.WriteLine($"open rw+check+save {Timing.MedianMs(() => { using var s = new MemoryStream(); s.Write(template); s.Position = 0; using (var d = WordprocessingDocument.Open(s, true)) { TemplateCheck.Missing(d, DocumentKind.Minutes); } }, warmup: 300, runs: 300):0.000}");
        Console.WriteLine($"open rw+fill+save {Timing.MedianMs(() => { using var s = new MemoryStream(); s.Write(template); s.Position = 0; using (var d = WordprocessingDocument.Open(s, true)) { var main = d.MainDocumentPart!; var blocks = new PreSales.DocGen.Documents.Word.WordBlocks(main, 9000, true); new TemplateFiller(blocks).Fill(main.Document!, content); } }, warmup: 300, runs: 300):0.000}");
        Console.WriteLine($"open rw+props+save {Timing.MedianMs(() => { using var s = new MemoryStream(); s.Write(template); s.Position = 0; using (var d = WordprocessingDocument.Open(s, true)) { d.PackageProperties.Title = "x"; } }, warmup: 300, runs: 300):0.000}");
        return 0;
    }
}
