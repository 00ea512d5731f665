using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>Every document kind in both languages: valid, and read the same by independent readers.</summary>
public class DocumentsTests(DocumentPdfs pdfs) : IClassFixture<DocumentPdfs>
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    public static TheoryData<DocumentKind, DealLanguage> All()
    {
        var data = new TheoryData<DocumentKind, DealLanguage>();
        foreach (var kind in Enum.GetValues<DocumentKind>())
            foreach (var language in Enum.GetValues<DealLanguage>())
                data.Add(kind, language);
        return data;
    }

    private static MadeDocument Make(DocumentKind kind, DealLanguage language) =>
        Deliverables.Make(DocumentDeals.Telecom(language), new DocumentRequest(kind, Today));

    [Theory]
    [MemberData(nameof(All))]
    public void Every_document_passes_the_validator(DocumentKind kind, DealLanguage language)
    {
        var errors = Docx.Errors(Make(kind, language).Bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_document_passes_the_validator_at_its_default_version_too(DocumentKind kind, DealLanguage language)
    {
        // new OpenXmlValidator() checks against Office 2007, what a user's own validation most likely runs.
        using var stream = new MemoryStream(Make(kind, language).Bytes);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("telecom-pilot.en-US.json")]
    public void The_sample_deals_make_every_document(string sample)
    {
        var deal = TestDeals.Sample(sample);
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var made = Deliverables.Make(deal, new DocumentRequest(kind, Today));
            var errors = Docx.Errors(made.Bytes);
            Assert.True(errors.Count == 0, kind + "\n" + string.Join("\n", errors));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(All))]
    [Trait("Category", "Slow")]
    public void Pandoc_shows_every_heading_and_every_table_row(DocumentKind kind, DealLanguage language)
    {
        var pandoc = ExternalTool.Require("pandoc");
        var made = Make(kind, language);
        var path = Docx.Save(made.Bytes, "doc.docx");
        var (exit, markdown, err) = ExternalTool.Run(pandoc, ["-f", "docx", "-t", "gfm", "--wrap=none", path]);
        Assert.True(exit == 0, err);
        var (headings, cells) = Docx.Read(made.Bytes, d =>
        {
            var body = d.MainDocumentPart!.Document!.Body!;
            var heads = body.Descendants<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2")
                .Select(p => p.InnerText).ToList();
            var rowCells = body.Descendants<TableRow>()
                .SelectMany(r => r.Elements<TableCell>().Select(c => c.Elements<Paragraph>().FirstOrDefault()?.InnerText ?? ""))
                .Where(t => t.Length > 0).ToList();
            return (heads, rowCells);
        });
        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.Contains("# " + h, markdown));
        // Formatting inside cells comes out as ** or <strong>; compare the text without it.
        var plain = System.Text.RegularExpressions.Regex.Replace(markdown, @"</?(strong|em)>|\*\*", "");
        plain = System.Text.RegularExpressions.Regex.Replace(plain, @"\\(.)", "$1").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
        Assert.All(cells, c => Assert.Contains(c, plain));
    }

    [SkippableTheory]
    [MemberData(nameof(All))]
    [Trait("Category", "Slow")]
    public void LibreOffice_converts_every_document_to_pdf_with_its_text(DocumentKind kind, DealLanguage language)
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdftotext");
        var text = pdfs.Text.Value[pdfs.Files[(kind, language)]];
        var made = Make(kind, language);
        var firstHeading = Docx.Read(made.Bytes, d => d.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").InnerText);
        Assert.Contains(firstHeading, text);
    }
}

/// <summary>Every document kind in both languages, converted to PDF by one LibreOffice start shared by the tests.</summary>
public sealed class DocumentPdfs : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("doc-lo").FullName;

    public DocumentPdfs()
    {
        Files = DocumentsTests.All().ToDictionary(
            row => ((DocumentKind)row[0], (DealLanguage)row[1]),
            row => Path.Combine(dir, $"{row[0]}-{row[1]}.docx"));
        Text = new Lazy<IReadOnlyDictionary<string, string>>(() =>
        {
            foreach (var ((kind, language), path) in Files)
                File.WriteAllBytes(path, Deliverables.Make(DocumentDeals.Telecom(language), new DocumentRequest(kind, new DateOnly(2026, 3, 20))).Bytes);
            return LibreOffice.PdfText(Files.Values.ToList(), dir);
        });
    }

    public IReadOnlyDictionary<(DocumentKind, DealLanguage), string> Files { get; }

    public Lazy<IReadOnlyDictionary<string, string>> Text { get; }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
