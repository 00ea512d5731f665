using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>Markdown in the deal's rich-text fields becomes real Word formatting, never literal markup or embedded HTML.</summary>
public class MarkdownTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static byte[] MinutesWithContent(string markdown, string? answer = null)
    {
        var deal = DocumentDeals.Telecom();
        var exchange = deal.Exchanges[1] with
        {
            Content = markdown,
            Questions = answer is null ? deal.Exchanges[1].Questions : [new QuestionAndAnswer { Question = "Q", Kind = QuestionKind.Information, Answer = answer }],
        };
        deal = deal with { Exchanges = [deal.Exchanges[0], exchange, deal.Exchanges[2]] };
        return Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today, 2)).Bytes;
    }

    [Fact]
    public void Emphasis_becomes_bold_and_italic_runs_without_asterisks()
    {
        var bytes = MinutesWithContent("这是**重点**和*强调*,还有~~删除~~。");
        Docx.Read(bytes, d =>
        {
            var runs = d.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
            Assert.Contains(runs, r => r.InnerText == "重点" && r.RunProperties?.Bold is not null);
            Assert.Contains(runs, r => r.InnerText == "强调" && r.RunProperties?.Italic is not null);
            Assert.Contains(runs, r => r.InnerText == "删除" && r.RunProperties?.Strike is not null);
            return 0;
        });
        Assert.DoesNotContain("**", Docx.BodyText(bytes));
        Assert.DoesNotContain("~~", Docx.BodyText(bytes));
    }

    [Fact]
    public void Links_become_hyperlink_relationships()
    {
        var bytes = MinutesWithContent("见 [官网](https://example.com/a) 和 <https://example.org>,本地链接 [x](file:///etc/passwd) 只留文字。");
        Docx.Read(bytes, d =>
        {
            var main = d.MainDocumentPart!;
            var links = main.Document!.Body!.Descendants<Hyperlink>().ToList();
            Assert.Equal(2, links.Count);
            var targets = links.Select(l => main.HyperlinkRelationships.Single(r => r.Id == l.Id).Uri.ToString()).ToList();
            Assert.Contains("https://example.com/a", targets);
            Assert.Contains("https://example.org/", targets);
            Assert.Contains(links, l => l.InnerText == "官网");
            Assert.DoesNotContain(main.HyperlinkRelationships, r => r.Uri.Scheme == "file");
            return 0;
        });
        Assert.Contains("只留文字", Docx.BodyText(bytes));
    }

    [Fact]
    public void Lists_use_the_numbering_part_and_ordered_lists_restart()
    {
        var bytes = MinutesWithContent("1. 一\n2. 二\n   - 子项\n\n段落\n\n1. 再一");
        var errors = Docx.Errors(bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Docx.Read(bytes, d =>
        {
            var body = d.MainDocumentPart!.Document!.Body!;
            var numbered = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
            var first = numbered.Single(p => p.InnerText == "一").ParagraphProperties!.NumberingProperties!;
            var again = numbered.Single(p => p.InnerText == "再一").ParagraphProperties!.NumberingProperties!;
            var child = numbered.Single(p => p.InnerText == "子项").ParagraphProperties!.NumberingProperties!;
            Assert.NotEqual(first.NumberingId!.Val!.Value, again.NumberingId!.Val!.Value);
            Assert.Equal(1, child.NumberingLevelReference!.Val!.Value);
            var numbering = d.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
            Assert.Contains(numbering.Elements<NumberingInstance>(), n => n.NumberID!.Value == again.NumberingId.Val.Value);
            return 0;
        });
    }

    [Fact]
    public void Tables_in_markdown_become_word_tables_and_answers_render_too()
    {
        var bytes = MinutesWithContent("| A | B |\n|---|---|\n| 1 | **2** |", answer: "- 第一点\n- 第二点");
        Docx.Read(bytes, d =>
        {
            var body = d.MainDocumentPart!.Document!.Body!;
            Assert.Contains(body.Descendants<Table>(), t => t.InnerText.Contains("A") && t.InnerText.Contains("2") && !t.InnerText.Contains('|'));
            Assert.Contains(body.Descendants<TableCell>(), c => c.Descendants<NumberingProperties>().Any() && c.InnerText.Contains("第一点"));
            return 0;
        });
    }

    [Fact]
    public void Raw_html_is_shown_as_text_and_never_embedded()
    {
        var bytes = MinutesWithContent("<div onclick=\"x\">块</div>\n\n行内 <b>粗</b> <script>alert(1)</script>");
        var text = Docx.BodyText(bytes);
        Assert.Contains("<div onclick=\"x\">块</div>", text);
        Assert.Contains("<b>粗</b>", text);
        Assert.Contains("<script>alert(1)</script>", text);
        Docx.Read(bytes, d =>
        {
            Assert.Empty(d.MainDocumentPart!.AlternativeFormatImportParts);
            Assert.DoesNotContain(d.MainDocumentPart.Document!.Body!.Descendants<Run>(), r => r.InnerText == "粗" && r.RunProperties?.Bold is not null);
            return 0;
        });
    }

    [Fact]
    public void Control_characters_in_user_text_do_not_break_the_file()
    {
        var bytes = MinutesWithContent("坏字符\u0001\u0008在此\uD800。");
        var errors = Docx.Errors(bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains("坏字符在此。", Docx.BodyText(bytes));
    }

    [Fact]
    public void A_pasted_line_or_page_break_keeps_the_words_apart()
    {
        // Word's manual line break (U+000B) and page break (U+000C) in pasted text: XML cannot hold them, a space can.
        var bytes = MinutesWithContent("first\u000Bsecond\u000Cthird");
        var errors = Docx.Errors(bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains("first second third", Docx.BodyText(bytes));
    }
}
