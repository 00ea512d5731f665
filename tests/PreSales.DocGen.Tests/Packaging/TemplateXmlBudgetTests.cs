using System.IO.Compression;
using System.Text;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Tests.Decks;
using PreSales.DocGen.Tests.Documents;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Packaging;

/// <summary>
/// A template's parts are built into the SDK's DOM and cloned for every output, so each part's 8M-character limit
/// alone is no memory bound: a Word template with a few headers of random paragraphs, each within that limit, took
/// 3.3 GB and 106 s. The XML of all parts together is bounded (elements and attributes, bytes), for Word and deck
/// templates alike; what a template just under the bound costs is measured by hand (docs/review.md).
/// </summary>
public class TemplateXmlBudgetTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Fact]
    public void A_word_template_of_many_full_size_headers_is_refused_before_any_dom_is_built()
    {
        // Three headers of ~3M characters each: every part well within MaxXmlCharacters, ~700,000 nodes together.
        var template = WithHeaders(DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.EnUS), headers: 3, characters: 3_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<DocumentInputException>(() =>
            Deliverables.Make(DocumentDeals.Telecom(DealLanguage.EnUS), new DocumentRequest(DocumentKind.Minutes, Today, Template: template)));
        var problem = Assert.IsType<PackageRejectedException>(e.InnerException).Problem;
        Assert.Equal("too-much-xml", problem.Code);
        Assert.Contains("word/", problem.English, StringComparison.Ordinal);
        Assert.Contains("XML elements and attributes in all", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        // Refused while counting: the parts were inflated (the template is read whole) but no DOM was built of them.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200L << 20, $"{(GC.GetAllocatedBytesForCurrentThread() - before) >> 20} MB allocated");
    }

    [Fact]
    public void A_deck_template_is_held_to_the_same_bound()
    {
        var plan = DeckPlanner.Plan(DeckDeals.Telecom(), new DeckRequest()).Plan;
        var template = HostileTemplates.WithEntry(DeckRenderer.DefaultTemplate, "ppt/customXml/bulk.xml", Paragraphs("<root xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">", "</root>", 7_000_000));
        var e = Assert.Throws<DeckInputException>(() => DeckRenderer.Render(plan, template));
        Assert.Equal("too-much-xml", Assert.IsType<PackageRejectedException>(e.InnerException).Problem.Code);
        Assert.Contains("ppt/customXml/bulk.xml", e.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_size_template_with_an_extra_header_still_fills()
    {
        var template = WithHeaders(DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.EnUS), headers: 1, characters: 100_000);
        var made = Deliverables.Make(DocumentDeals.Telecom(DealLanguage.EnUS), new DocumentRequest(DocumentKind.Minutes, Today, Template: template)).Bytes;
        Assert.Empty(Docx.Errors(made));
    }

    // Empty paragraphs with random revision ids: about 26 characters a paragraph, compressing ~3:1 (under the ratio check).
    private static string Paragraphs(string open, string close, int characters)
    {
        var random = new Random(8);
        var text = new StringBuilder(characters + 64).Append(open);
        while (text.Length < characters - close.Length - 32)
            text.Append("<w:p w:rsidR=\"").Append(random.Next().ToString("X8", System.Globalization.CultureInfo.InvariantCulture)).Append("\"/>");
        return text.Append(close).ToString();
    }

    /// <summary>The template plus <paramref name="headers"/> header parts of about <paramref name="characters"/> each, related from the document.</summary>
    private static byte[] WithHeaders(byte[] template, int headers, int characters)
    {
        const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var output = new MemoryStream();
        output.Write(template);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            string Read(string name)
            {
                using var reader = new StreamReader(zip.GetEntry(name)!.Open());
                return reader.ReadToEnd();
            }
            void Write(string name, string text)
            {
                zip.GetEntry(name)?.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            var rels = Read("word/_rels/document.xml.rels");
            var types = Read("[Content_Types].xml");
            for (var i = 0; i < headers; i++)
            {
                Write($"word/bulk{i}.xml", Paragraphs($"<w:hdr xmlns:w=\"{W}\">", "</w:hdr>", characters));
                rels = rels.Replace("</Relationships>", $"<Relationship Id=\"rIdBulk{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"bulk{i}.xml\"/></Relationships>", StringComparison.Ordinal);
                types = types.Replace("</Types>", $"<Override PartName=\"/word/bulk{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/></Types>", StringComparison.Ordinal);
            }
            Write("word/_rels/document.xml.rels", rels);
            Write("[Content_Types].xml", types);
        }
        return output.ToArray();
    }
}
