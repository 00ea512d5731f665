using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>User templates: made the way Word's Developer tab makes them, checked for missing tags, refused when not Word.</summary>
public class TemplateTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static byte[] Template(string bodyXml)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
                "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
                "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" mc:Ignorable=\"w15\"><w:body>" + bodyXml +
                "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1000\" w:right=\"1000\" w:bottom=\"1000\" w:left=\"1000\" w:header=\"500\" w:footer=\"500\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
            using (var writer = new StreamWriter(main.GetStream(FileMode.Create), new UTF8Encoding(false)))
                writer.Write(xml);
        }
        return stream.ToArray();
    }

    private static string Text(string tag) =>
        $"<w:sdt><w:sdtPr><w:alias w:val=\"{tag}\"/><w:tag w:val=\"{tag}\"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/><w:b/></w:rPr><w:t>Click here</w:t></w:r></w:sdtContent></w:sdt>";

    private static string Para(string inner) => $"<w:p>{inner}</w:p>";

    private static string Cell(string inner) => $"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>{inner}</w:tc>";

    // What Word writes for "Repeating Section Content Control" around a table row (w15:repeatingSection + items).
    private static string CorporateQa(bool withSpin = true) =>
        Para(Text("title")) + Para(Text("dealName") + Text("customer") + Text("docNumber") + Text("date") + Text("audience")) +
        "<w:sdt><w:sdtPr><w:tag w:val=\"stakeholders\"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>" +
        "<w:sdt><w:sdtPr><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>" +
        Para(Text("name")) + Para(Text("profile")) +
        "<w:sdt><w:sdtPr><w:tag w:val=\"questions\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>questions</w:t></w:r></w:p></w:sdtContent></w:sdt>" +
        "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>" +
        (withSpin
            ? "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>" +
              "<w:tr>" + Cell(Para("<w:r><w:t>Kind</w:t></w:r>")) + Cell(Para("<w:r><w:t>Question</w:t></w:r>")) + "</w:tr>" +
              "<w:sdt><w:sdtPr><w:tag w:val=\"spin\"/><w15:repeatingSection/></w:sdtPr><w:sdtContent><w:sdt><w:sdtPr><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>" +
              "<w:tr>" + Cell(Para(Text("kind"))) + Cell(Para(Text("question"))) + "</w:tr>" +
              "</w:sdtContent></w:sdt></w:sdtContent></w:sdt></w:tbl>"
            : "") +
        Para("<w:r><w:t>Corporate footer text</w:t></w:r>");

    [Fact]
    public void A_template_made_in_word_with_repeating_sections_is_filled()
    {
        var deal = DocumentDeals.Telecom(DealLanguage.EnUS);
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.QaPreparation, Today, Template: Template(CorporateQa())));
        var errors = Docx.Errors(made.Bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var text = Docx.BodyText(made.Bytes);
        Assert.Contains("Mr Zhang", text);
        Assert.Contains("Director Wang", text);
        Assert.Contains("Corporate footer text", text);
        Docx.Read(made.Bytes, d =>
        {
            var body = d.MainDocumentPart!.Document!.Body!;
            Assert.Empty(body.Descendants<SdtElement>());
            Assert.True(body.Descendants<TableRow>().Count() > 3);
            // The template's own look (bold) is kept; Word's grey placeholder style is not.
            var name = body.Descendants<Run>().First(r => r.InnerText == "Mr Zhang");
            Assert.NotNull(name.RunProperties?.Bold);
            Assert.Null(name.RunProperties?.RunStyle);
            return 0;
        });
    }

    [Fact]
    public void A_template_missing_required_tags_gets_the_list_of_what_is_missing()
    {
        var deal = DocumentDeals.Telecom(DealLanguage.EnUS);
        var e = Assert.Throws<DocumentInputException>(() =>
            Deliverables.Make(deal, new DocumentRequest(DocumentKind.QaPreparation, Today, Template: Template(CorporateQa(withSpin: false)))));
        Assert.Contains("1 required", e.Message);
        Assert.Contains(e.Details, d => d.Contains("\"spin\""));
        var minutes = Assert.Throws<DocumentInputException>(() =>
            Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today, Template: Template(CorporateQa()))));
        Assert.Contains(minutes.Details, d => d.Contains("\"questions\"") == false && d.Contains("\"actionItems\""));
        Assert.Contains(minutes.Details, d => d.Contains("\"answer\" inside \"questions\""));
    }

    [Fact]
    public void A_file_that_is_not_a_word_document_is_refused_clearly()
    {
        var deal = DocumentDeals.Telecom();
        var e = Assert.Throws<DocumentInputException>(() =>
            Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today, Template: Encoding.UTF8.GetBytes("not a docx"))));
        Assert.Contains("模板不是 Word 文档", e.Message);
    }

    [Fact]
    public void Default_templates_are_also_valid_user_templates_and_fill_identically()
    {
        var deal = DocumentDeals.Telecom();
        var template = File.ReadAllBytes(Support.Repo.Templates("minutes.zh-CN.docx"));
        var fromFile = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today, Template: template));
        var builtIn = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today));
        Assert.Equal(Docx.BodyText(builtIn.Bytes), Docx.BodyText(fromFile.Bytes));
    }

    [Fact]
    public void A_dotx_template_yields_a_docx_document()
    {
        var bytes = DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.ZhCN);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var doc = WordprocessingDocument.Open(stream, true))
            doc.ChangeDocumentType(DocumentFormat.OpenXml.WordprocessingDocumentType.Template);
        var made = Deliverables.Make(DocumentDeals.Telecom(), new DocumentRequest(DocumentKind.Minutes, Today, Template: stream.ToArray()));
        Docx.Read(made.Bytes, d =>
        {
            Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, d.DocumentType);
            return 0;
        });
    }
}
