using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Language;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

public class MinutesTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static MadeDocument Minutes(DealLanguage language = DealLanguage.ZhCN, int? exchange = null) =>
        Deliverables.Make(DocumentDeals.Telecom(language), new DocumentRequest(DocumentKind.Minutes, Today, exchange));

    [Theory]
    [InlineData(DealLanguage.ZhCN)]
    [InlineData(DealLanguage.EnUS)]
    public void Minutes_pass_the_validator_with_no_errors(DealLanguage language)
    {
        var errors = Docx.Errors(Minutes(language).Bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Minutes_have_the_nine_sections_in_order()
    {
        var v = Vocabulary.For(DealLanguage.ZhCN);
        var headings = Docx.Read(Minutes().Bytes, d => d.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList());
        Assert.Equal(Enum.GetValues<MinutesSection>().Select(s => MinutesSections.Heading(s, v)), headings);
    }

    [Fact]
    public void Default_is_the_last_held_formal_exchange_and_its_number_names_the_document()
    {
        var made = Minutes();
        Assert.Equal("省电信-方案完善-20260315-交流总结-v1", made.Name);
        var text = Docx.BodyText(made.Bytes);
        Assert.Contains("第一次技术交流", text);
        Assert.Contains("第 2 次交流", text);
        var header = Docx.Read(made.Bytes, d => string.Concat(d.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText)));
        var footer = Docx.Read(made.Bytes, d => string.Concat(d.MainDocumentPart!.FooterParts.Select(f => f.Footer!.InnerText)));
        Assert.Contains(made.Name, header);
        Assert.Contains("省公司四级组网技术改造试点", footer);
    }

    [Fact]
    public void Attendees_questions_and_actions_are_table_rows()
    {
        var rows = Docx.Read(Minutes().Bytes, d => d.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.InnerText).ToList());
        Assert.Contains(rows, r => r.Contains("王处长") && r.Contains("网络部处长") && r.Contains("技术评估者 · 反对"));
        Assert.Contains(rows, r => r.Contains("赵工") && r.Contains("网络工程师"));
        Assert.Contains(rows, r => r.Contains("陈工") && r.Contains("售前"));
        Assert.Contains(rows, r => r.Contains("你们本地只有三个人吧？") && r.Contains("陷阱类") && r.Contains("王处长"));
        Assert.Contains(rows, r => r.Contains("提交兼容性测试报告") && r.Contains("2026-03-22") && r.Contains("进行中"));
    }

    [Fact]
    public void No_content_control_is_left_and_chinese_has_east_asian_font_and_language()
    {
        var bytes = Minutes().Bytes;
        Docx.Read(bytes, d =>
        {
            Assert.Empty(d.MainDocumentPart!.Document!.Descendants<SdtElement>());
            var defaults = d.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
            Assert.False(string.IsNullOrEmpty(defaults.RunFonts!.EastAsia?.Value));
            Assert.Equal("zh-CN", defaults.Languages!.EastAsia?.Value);
            return 0;
        });
    }

    [Fact]
    public void Tables_fit_the_text_width()
    {
        var widths = Docx.Read(Minutes().Bytes, d => d.MainDocumentPart!.Document!.Body!.Descendants<Table>()
            .Where(t => t.Parent is Body)
            .Select(t => t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!))).ToList());
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.InRange(w, 1, DefaultTemplates.TextWidth));
    }

    [Fact]
    public void A_missing_exchange_is_a_clear_error()
    {
        var e = Assert.Throws<DocumentInputException>(() => Minutes(exchange: 7));
        Assert.Contains("没有第 7 次交流", e.Message);
        Assert.Contains("共 3 次", e.Message);
        var none = Assert.Throws<DocumentInputException>(() => Deliverables.Make(TestDeals.Minimal(DealLanguage.EnUS), new DocumentRequest(DocumentKind.Minutes, Today)));
        Assert.Contains("no held formal exchange", none.Message);
    }

    [Fact]
    public void An_exchange_with_nothing_recorded_still_makes_a_valid_document()
    {
        var made = Minutes(exchange: 3);
        var errors = Docx.Errors(made.Bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains("（无）", Docx.BodyText(made.Bytes));
    }

    [Theory]
    [InlineData(DealLanguage.ZhCN, "（无）")]
    [InlineData(DealLanguage.EnUS, "(none recorded)")]
    public void A_table_with_no_rows_says_so_in_one_row_across_its_columns(DealLanguage language, string none)
    {
        var made = Deliverables.Make(DocumentDeals.Telecom(language), new DocumentRequest(DocumentKind.Minutes, Today, 3));
        Assert.Empty(Docx.Errors(made.Bytes));
        var tables = Docx.Read(made.Bytes, d => d.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Select(t => (Columns: t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count(), Rows: t.Elements<TableRow>().Select(r => (r.InnerText, Span: r.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1))).ToList())).ToList());
        // Attendees (both sides), questions and open issues: a header and one row spanning it, never a bare header.
        var empty = tables.Where(t => t.Rows.Count == 2 && t.Rows[1].InnerText == none).ToList();
        Assert.True(empty.Count >= 3, $"{empty.Count} tables say {none}");
        Assert.All(empty, t => Assert.Equal(t.Columns, t.Rows[1].Span));
        Assert.DoesNotContain(tables, t => t.Rows.Count == 1);
    }

    [Fact]
    public void Renders_on_several_threads_share_one_template_safely()
    {
        var deal = DocumentDeals.Telecom();
        var template = File.ReadAllBytes(Support.Repo.Templates("minutes.zh-CN.docx"));
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today, Template: template)).Bytes);
        var text = Docx.BodyText(results[0]);
        Assert.All(results, r => Assert.Equal(text, Docx.BodyText(r)));
        Assert.Empty(Docx.Errors(results[7]));
    }
}
