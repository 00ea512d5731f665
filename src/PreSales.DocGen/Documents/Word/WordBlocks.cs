using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdList = Markdig.Syntax.ListBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace PreSales.DocGen.Documents.Word;

/// <summary>
/// Turns a section's blocks into Word paragraphs, lists and tables. Markdown goes through Markdig's syntax tree,
/// never through HTML: emphasis becomes w:b/w:i, lists use the numbering part, links become hyperlink
/// relationships, and raw HTML stays literal text (the pipeline disables HTML), so nothing foreign is embedded.
/// </summary>
internal sealed class WordBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseCjkFriendlyEmphasis()
        .DisableHtml()
        .Build();

    private const string CodeFont = "Consolas";
    private readonly IWordParts parts;
    private readonly ListNumbering numbering;
    private readonly int textWidth;
    private readonly bool chinese;

    public WordBlocks(IWordParts parts, int textWidth, bool chinese)
    {
        this.parts = parts;
        this.textWidth = textWidth;
        this.chinese = chinese;
        numbering = new ListNumbering(parts);
    }

    /// <summary>The Word elements of the blocks, in order.</summary>
    public List<OpenXmlElement> Render(IReadOnlyList<Documents.Block> blocks, int width = 0)
    {
        var available = width > 0 ? width : textWidth;
        var output = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    output.Add(new Paragraph(WordText.Run(text.Text, text.Bold ? new RunProperties(new Bold()) : null)));
                    break;
                case MarkdownBlock markdown:
                    RenderMarkdown(Markdown.Parse(markdown.Markdown, Pipeline), output, 0, available);
                    break;
                case Documents.ListBlock list:
                    var bullets = numbering.Bullets();
                    foreach (var item in list.Items)
                        output.Add(ListParagraph(InlineRuns(item), bullets, 0));
                    break;
                case TableBlock table:
                    output.Add(Table(table.Header, table.Rows, available));
                    break;
            }
        }
        return output;
    }

    /// <summary>Plain text of blocks, for places that take only text (run-level controls, headers).</summary>
    public static string PlainText(IReadOnlyList<Documents.Block> blocks) => string.Join("\n", blocks.SelectMany(b => b switch
    {
        TextBlock t => [t.Text],
        MarkdownBlock m => [Markdown.ToPlainText(m.Markdown, Pipeline).TrimEnd()],
        Documents.ListBlock l => l.Items.Select(i => "• " + i),
        TableBlock t => t.Rows.Select(r => string.Join(" | ", r)),
        _ => [],
    }));

    private Paragraph ListParagraph(IEnumerable<OpenXmlElement> runs, int numId, int level)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = Math.Min(level, 5) }, new NumberingId { Val = numId }),
            new SpacingBetweenLines { After = "40" }));
        paragraph.Append(runs);
        return paragraph;
    }

    private Table Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, int width)
    {
        var all = rows.Prepend(header).ToList();
        var columns = all.Max(r => r.Count);
        var widths = WordTable.Widths(WordTable.WeightsFromText(all, columns), width);
        var table = WordTable.Create(widths);
        table.Append(WordTable.HeaderRow(widths, header));
        foreach (var row in rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < columns; c++)
                tr.Append(WordTable.Cell(widths[c], CellContent(c < row.Count ? row[c] : "", widths[c])));
            table.Append(tr);
        }
        return table;
    }

    private List<OpenXmlElement> CellContent(string markdown, int width)
    {
        var output = new List<OpenXmlElement>();
        RenderMarkdown(Markdown.Parse(markdown, Pipeline), output, 0, width - 160);
        return output;
    }

    private void RenderMarkdown(ContainerBlock container, List<OpenXmlElement> output, int depth, int width)
    {
        foreach (var block in container)
            RenderMarkdownBlock(block, output, depth, width);
    }

    private void RenderMarkdownBlock(MdBlock block, List<OpenXmlElement> output, int depth, int width)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var style = heading.Level <= 1 ? "Heading3" : "Heading4";
                var h = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
                h.Append(Inlines(heading.Inline, default));
                output.Add(h);
                break;
            case ParagraphBlock paragraph:
                var p = new Paragraph();
                p.Append(Inlines(paragraph.Inline, default));
                output.Add(p);
                break;
            case MdList list:
                RenderList(list, output, depth, width);
                break;
            case QuoteBlock quote:
                var start = output.Count;
                RenderMarkdown(quote, output, depth, width);
                foreach (var quoted in output.Skip(start).OfType<Paragraph>())
                    Indent(quoted, 567 * (depth + 1));
                break;
            case MdTable table:
                output.Add(MarkdownTable(table, width));
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    output.Add(new Paragraph(WordText.Run(line.ToString(), Code())));
                break;
            case ThematicBreakBlock:
                output.Add(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Color = "A0A0A0" }))));
                break;
            case HtmlBlock html:
                foreach (var line in html.Lines.Lines.Take(html.Lines.Count))
                    output.Add(new Paragraph(WordText.Run(line.ToString())));
                break;
            case ContainerBlock other:
                RenderMarkdown(other, output, depth, width);
                break;
        }
    }

    private void RenderList(MdList list, List<OpenXmlElement> output, int depth, int width)
    {
        var numId = list.IsOrdered ? numbering.NewOrderedList() : numbering.Bullets();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    output.Add(ListParagraph(Inlines(paragraph.Inline, default), numId, depth));
                    first = false;
                    continue;
                }
                if (child is MdList nested)
                {
                    RenderList(nested, output, depth + 1, width);
                    continue;
                }
                var start = output.Count;
                RenderMarkdownBlock(child, output, depth + 1, width);
                foreach (var p in output.Skip(start).OfType<Paragraph>())
                    Indent(p, 420 * (depth + 1));
                first = false;
            }
        }
    }

    private Table MarkdownTable(MdTable table, int width)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
        var texts = rows.Select(r => (IReadOnlyList<string>)r.OfType<MdTableCell>()
            .Select(c => Markdown.ToPlainText(string.Join("", c.Descendants<LiteralInline>().Select(l => l.Content.ToString())), Pipeline)).ToList()).ToList();
        var widths = WordTable.Widths(WordTable.WeightsFromText(texts, columns), width);
        var word = WordTable.Create(widths);
        foreach (var row in rows)
        {
            var tr = new TableRow(new TableRowProperties(row.IsHeader ? new TableHeader() : new CantSplit()));
            var cells = row.OfType<MdTableCell>().ToList();
            for (var c = 0; c < columns; c++)
            {
                var content = new List<OpenXmlElement>();
                if (c < cells.Count)
                    RenderMarkdown(cells[c], content, 0, widths[c] - 160);
                if (row.IsHeader)
                    foreach (var run in content.SelectMany(e => e.Descendants<Run>()))
                        (run.RunProperties ??= new RunProperties()).Bold = new Bold();
                tr.Append(WordTable.Cell(widths[c], content, row.IsHeader));
            }
            word.Append(tr);
        }
        return word;
    }

    private static void Indent(Paragraph paragraph, int twips)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        if (properties.NumberingProperties is null)
            properties.Indentation = new Indentation { Left = twips.ToString() };
    }

    /// <summary>Runs of one line of Markdown (for list items and table cells made from the deal).</summary>
    private List<OpenXmlElement> InlineRuns(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var runs = new List<OpenXmlElement>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (runs.Count > 0)
                runs.Add(new Run(new Break()));
            if (leaf.Inline is not null)
                runs.AddRange(Inlines(leaf.Inline, default));
            else
                runs.AddRange(leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => WordText.Run(l.ToString())));
        }
        return runs;
    }

    private readonly record struct Look(bool Bold, bool Italic, bool Strike, bool Code, bool Link);

    private List<OpenXmlElement> Inlines(ContainerInline? container, Look look)
    {
        var runs = new List<OpenXmlElement>();
        if (container is null)
            return runs;
        foreach (var inline in container)
            AddInline(inline, look, runs);
        return runs;
    }

    private void AddInline(Inline inline, Look look, List<OpenXmlElement> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(WordText.Run(literal.Content.ToString(), Properties(look)));
                break;
            case CodeInline code:
                runs.Add(WordText.Run(code.Content, Properties(look with { Code = true })));
                break;
            case LineBreakInline lineBreak:
                runs.Add(lineBreak.IsHard ? new Run(new Break()) : WordText.Run(chinese ? "" : " ", Properties(look)));
                break;
            case HtmlInline html:
                runs.Add(WordText.Run(html.Tag, Properties(look)));
                break;
            case HtmlEntityInline entity:
                runs.Add(WordText.Run(entity.Transcoded.ToString(), Properties(look)));
                break;
            case AutolinkInline autolink:
                runs.Add(Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [WordText.Run(autolink.Url, Properties(look with { Link = true }))], look));
                break;
            case LinkInline link:
                AddLink(link, look, runs);
                break;
            case EmphasisInline emphasis:
                var inner = emphasis.DelimiterChar == '~'
                    ? look with { Strike = true }
                    : emphasis.DelimiterCount >= 2 ? look with { Bold = true } : look with { Italic = true };
                foreach (var child in emphasis)
                    AddInline(child, inner, runs);
                break;
            case ContainerInline other:
                foreach (var child in other)
                    AddInline(child, look, runs);
                break;
        }
    }

    private void AddLink(LinkInline link, Look look, List<OpenXmlElement> runs)
    {
        if (link.IsImage)
        {
            // Images are not fetched: the alt text and the address stay visible instead.
            runs.Add(WordText.Run($"[{string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()))}] {link.Url}", Properties(look)));
            return;
        }
        var label = new List<OpenXmlElement>();
        foreach (var child in link)
            AddInline(child, look with { Link = true }, label);
        if (label.Count == 0)
            label.Add(WordText.Run(link.Url ?? "", Properties(look with { Link = true })));
        runs.Add(Link(link.Url, label, look));
    }

    // Only absolute web and mail addresses become hyperlinks; anything else stays text so no odd target is embedded.
    private OpenXmlElement Link(string? url, List<OpenXmlElement> label, Look look)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
        {
            var text = new Run(Properties(look) ?? new RunProperties());
            foreach (var run in label.OfType<Run>())
                text.Append(run.ChildElements.Where(e => e is not RunProperties).Select(e => e.CloneNode(true)));
            return text;
        }
        var hyperlink = new Hyperlink { Id = parts.AddHyperlink(uri), History = true };
        hyperlink.Append(label);
        return hyperlink;
    }

    private static RunProperties? Properties(Look look)
    {
        if (look == default)
            return null;
        var properties = new RunProperties();
        if (look.Link)
            properties.Append(new RunStyle { Val = "Hyperlink" });
        if (look.Code)
            properties.Append(new RunFonts { Ascii = CodeFont, HighAnsi = CodeFont, ComplexScript = CodeFont });
        if (look.Bold)
            properties.Append(new Bold());
        if (look.Italic)
            properties.Append(new Italic());
        if (look.Strike)
            properties.Append(new Strike());
        if (look.Link)
        {
            properties.Append(new Color { Val = "0563C1" });
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }
        return properties;
    }

    private static RunProperties Code() => new(new RunFonts { Ascii = CodeFont, HighAnsi = CodeFont, ComplexScript = CodeFont });
}
