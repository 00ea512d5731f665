using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>Documents ready to file: marked internal, properties from the deal, Chinese punctuation, the Q&amp;A sheet complete.</summary>
public partial class ReadyToFileTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static IEnumerable<(DocumentKind Kind, Deal Deal, byte[] Bytes)> All()
    {
        foreach (var file in new[] { "telecom-pilot.zh-CN.json", "telecom-pilot.en-US.json" })
        {
            var deal = TestDeals.Sample(file);
            foreach (var kind in Enum.GetValues<DocumentKind>())
                yield return (kind, deal, Deliverables.Make(deal, new DocumentRequest(kind, Today)).Bytes);
        }
    }

    [Fact]
    public void Every_document_is_marked_internal_in_its_header_and_carries_the_deals_properties()
    {
        foreach (var (kind, deal, bytes) in All())
        {
            var (header, title, creator, created, company) = Docx.Read(bytes, d => (
                string.Join(" ", d.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText)),
                d.PackageProperties.Title, d.PackageProperties.Creator, d.PackageProperties.Created,
                d.ExtendedFilePropertiesPart?.Properties?.Company?.Text));
            Assert.Contains(deal.Language == DealLanguage.ZhCN ? "内部资料" : "Internal", header);
            Assert.False(string.IsNullOrEmpty(title), $"{kind}: no title");
            Assert.Equal(deal.OurCompany, creator);
            Assert.Equal(deal.OurCompany, company);
            Assert.NotNull(created);
            Assert.Empty(Docx.Errors(bytes));
        }
    }

    [Fact]
    public void A_company_templates_stale_properties_and_unmarked_header_are_replaced()
    {
        var deal = TestDeals.Sample("telecom-pilot.zh-CN.json") with { Confidentiality = "机密" };
        var template = Corporate(DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.ZhCN));
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today, Template: template));
        var (title, creator, created, header) = Docx.Read(made.Bytes, d => (d.PackageProperties.Title, d.PackageProperties.Creator, d.PackageProperties.Created,
            string.Join(" ", d.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText))));
        Assert.StartsWith("交流总结：技术交流（二）：", title);
        Assert.Equal(deal.OurCompany, creator);
        Assert.Equal(2026, created!.Value.Year);
        Assert.Contains("机密", header);
        Assert.Empty(Docx.Errors(made.Bytes));
    }

    [Fact]
    public void A_company_template_without_any_header_gets_one_with_the_mark_in_every_section()
    {
        var deal = TestDeals.Sample("telecom-pilot.en-US.json") with { Confidentiality = "Confidential" };
        var template = Headerless(DefaultTemplates.Get(DocumentKind.Plan, DealLanguage.EnUS));
        Assert.Empty(Docx.Read(template, d => d.MainDocumentPart!.HeaderParts.ToList()));
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Plan, Today, Template: template));
        var (headers, sections) = Docx.Read(made.Bytes, d => (
            d.MainDocumentPart!.HeaderParts.Select(h => (Id: d.MainDocumentPart.GetIdOfPart(h), Text: h.Header!.InnerText)).ToList(),
            d.MainDocumentPart.Document!.Body!.Descendants<SectionProperties>().Select(s => s.Elements<HeaderReference>().Select(r => r.Id!.Value).ToList()).ToList()));
        var header = Assert.Single(headers);
        Assert.Equal("Confidential", header.Text);
        Assert.True(sections.Count >= 2, $"{sections.Count} sections");
        Assert.All(sections, refs => Assert.Contains(header.Id, refs));
        Assert.Empty(Docx.Errors(made.Bytes));
    }

    // A company template with no header part at all (as pandoc's reference.docx and many plain templates are).
    private static byte[] Headerless(byte[] bytes)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            foreach (var reference in main.Document!.Descendants<HeaderReference>().ToList())
                reference.Remove();
            foreach (var part in main.HeaderParts.ToList())
                main.DeletePart(part);
        }
        return stream.ToArray();
    }

    // A template as a company's would be: properties "Title", "Author", 2017 and a header without the mark's control.
    private static byte[] Corporate(byte[] bytes)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            document.PackageProperties.Title = "Title";
            document.PackageProperties.Creator = "Author";
            document.PackageProperties.Created = new DateTime(2017, 5, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (var header in document.MainDocumentPart!.HeaderParts)
            {
                foreach (var sdt in header.Header!.Descendants<SdtRun>().Where(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val == "confidentiality").ToList())
                    sdt.Remove();
            }
        }
        return stream.ToArray();
    }

    [Fact]
    public void Chinese_documents_use_full_width_punctuation_next_to_chinese_text()
    {
        foreach (var (kind, deal, bytes) in All().Where(x => x.Deal.Language == DealLanguage.ZhCN))
        {
            var text = Docx.Read(bytes, d => string.Join("\n", d.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)));
            var bad = HalfWidthNextToChinese().Matches(text).Select(m => m.Value).ToList();
            Assert.True(bad.Count == 0, $"{kind}: {string.Join(" | ", bad.Take(10))}");
        }
        Assert.Equal("交流总结：技术交流（二）：集中运维", PreSales.DocGen.Language.ChinesePunctuation.Apply("交流总结:技术交流(二):集中运维"));
        Assert.Equal("会议 14:00–16:30，MLPS 2.0 (level 3)", PreSales.DocGen.Language.ChinesePunctuation.Apply("会议 14:00–16:30，MLPS 2.0 (level 3)"));
        Assert.Equal("等保2.0（三级），见 http://a.b/c", PreSales.DocGen.Language.ChinesePunctuation.Apply("等保2.0(三级),见 http://a.b/c"));
    }

    [Fact]
    public void The_sample_qa_sheet_names_every_attendee_and_every_question_has_an_answer_and_an_owner()
    {
        foreach (var file in new[] { "telecom-pilot.zh-CN.json", "telecom-pilot.en-US.json" })
        {
            var deal = TestDeals.Sample(file);
            var next = ExchangeChecklist.NextExchange(deal)!;
            var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.QaPreparation, Today));
            var paragraphs = Docx.Read(made.Bytes, d => d.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList());
            foreach (var attendee in next.CustomerAttendees)
                Assert.Contains(deal.Stakeholders.Single(s => s.Id == attendee.StakeholderId).Name, paragraphs);
            var ours = next.OurAttendees.Select(o => o.Name).ToList();
            var rows = Docx.Read(made.Bytes, d => d.MainDocumentPart!.Document!.Body!.Descendants<Table>()
                .Where(t => t.Descendants<TableRow>().First().InnerText.Contains(deal.Language == DealLanguage.ZhCN ? "建议答复" : "Suggested answer"))
                .SelectMany(t => t.Elements<TableRow>().Skip(1)).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList());
            Assert.True(rows.Count >= next.CustomerAttendees.Count * 2);
            foreach (var row in rows)
            {
                Assert.Equal(3, row.Count);
                Assert.True(row[1].Length > 20, $"no real answer to: {row[0]}");
                Assert.Contains(ours, o => row[2].StartsWith(o, StringComparison.Ordinal));
            }
            if (deal.Language == DealLanguage.EnUS)
            {
                var lines = Docx.Read(made.Bytes, d => d.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList());
                Assert.Empty(EnglishGrammar.FabPhraseProblems(lines));
            }
        }
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}][:(),;?!]|[:(,;?!][\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex HalfWidthNextToChinese();
}
