using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Documents.Word;

namespace PreSales.DocGen.Documents.Templates;

/// <summary>
/// Fills a template's content controls (w:sdt) by their w:tag: a text control gets the text, a block control gets
/// rendered blocks, a repeating control is copied once per item. Filled controls are replaced by their content,
/// so the result is a plain document; controls with tags the content does not know are left as they are.
/// </summary>
internal sealed class TemplateFiller
{
    private readonly WordBlocks blocks;
    private readonly bool plainOnly;
    private readonly string? none;

    /// <param name="blocks">The renderer of block fields.</param>
    /// <param name="plainOnly">True for headers and footers: blocks there become plain paragraphs (no list or link parts).</param>
    /// <param name="none">What a table row repeated for no item says instead ("（无）"), so no table is left a bare header.</param>
    public TemplateFiller(WordBlocks blocks, bool plainOnly = false, string? none = null)
    {
        this.blocks = blocks;
        this.plainOnly = plainOnly;
        this.none = none;
    }

    private sealed record Scope(DocumentContent Content, Scope? Parent)
    {
        public Field? Find(string tag) => Content[tag] ?? Parent?.Find(tag);
    }

    /// <summary>Fills every control under the element.</summary>
    public void Fill(OpenXmlElement root, DocumentContent content) => Walk(root, new Scope(content, null));

    private void Walk(OpenXmlElement element, Scope scope)
    {
        if (element is SdtElement sdt)
        {
            FillControl(sdt, scope);
            return;
        }
        foreach (var child in element.ChildElements.ToList())
            Walk(child, scope);
    }

    private void FillControl(SdtElement sdt, Scope scope)
    {
        var tag = TagOf(sdt);
        var content = ContentOf(sdt);
        var field = tag is null ? null : scope.Find(tag);
        if (field is null || content is null)
        {
            if (content is not null)
                Walk(content, scope);
            // Word's repeating-section items carry no tag of their own; unwrap them with their section.
            if (tag is null && content is not null && sdt.SdtProperties?.ChildElements.Any(e => e.LocalName == "repeatingSectionItem") == true)
                Unwrap(sdt, content);
            return;
        }
        switch (field)
        {
            case RepeatField repeat:
                Repeat(sdt, content, repeat, scope);
                break;
            case TextField text:
                PutText(sdt, content, text.Text);
                break;
            case BlocksField blockField:
                PutBlocks(sdt, content, blockField.Blocks);
                break;
        }
    }

    /// <summary>The w:tag of a control, or null.</summary>
    public static string? TagOf(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    private static OpenXmlElement? ContentOf(SdtElement sdt) => sdt.ChildElements.FirstOrDefault(e => e.LocalName == "sdtContent");

    private static void Unwrap(SdtElement sdt, OpenXmlElement content)
    {
        foreach (var child in content.ChildElements.ToList())
        {
            child.Remove();
            sdt.InsertBeforeSelf(child);
        }
        sdt.Remove();
    }

    private void Repeat(SdtElement sdt, OpenXmlElement content, RepeatField repeat, Scope scope)
    {
        if (repeat.Items.Count == 0 && none is not null && content.ChildElements.OfType<TableRow>().FirstOrDefault() is { } row)
            sdt.InsertBeforeSelf(NoneRow(row, none));
        foreach (var item in repeat.Items)
        {
            var itemScope = new Scope(item, scope);
            foreach (var child in content.ChildElements)
            {
                var copy = child.CloneNode(true);
                sdt.InsertBeforeSelf(copy);
                Walk(copy, itemScope);
            }
        }
        sdt.Remove();
    }

    // One row across the table's columns, in the look of the row's first cell.
    private static TableRow NoneRow(TableRow row, string text)
    {
        var cells = row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row).ToList();
        var result = new TableRow();
        if (row.TableRowProperties is { } rowProperties)
            result.Append(rowProperties.CloneNode(true));
        if (cells.Count == 0)
            return result;
        var properties = (TableCellProperties?)cells[0].TableCellProperties?.CloneNode(true) ?? new TableCellProperties();
        var span = cells.Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
        properties.GridSpan = span > 1 ? new GridSpan { Val = span } : null;
        // The cells' widths in twips added up, when every one is given so.
        var widths = cells.Select(c => c.TableCellProperties?.TableCellWidth is { } w && w.Type?.Value == TableWidthUnitValues.Dxa
            && int.TryParse(w.Width?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var twips) ? twips : (int?)null).ToList();
        if (widths.All(w => w is not null))
            properties.TableCellWidth = new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum()!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var cell = new TableCell(properties);
        cell.Append(TextParagraph(cells[0], text));
        result.Append(cell);
        return result;
    }

    private static void PutText(SdtElement sdt, OpenXmlElement content, string text)
    {
        switch (sdt)
        {
            case SdtRun:
                sdt.InsertBeforeSelf(WordText.Run(text, RunLook(content)));
                sdt.Remove();
                break;
            case SdtCell:
                if (content.Descendants<TableCell>().FirstOrDefault() is { } cell)
                {
                    var filled = (TableCell)cell.CloneNode(false);
                    if (cell.TableCellProperties is { } properties)
                        filled.Append(properties.CloneNode(true));
                    filled.Append(TextParagraph(content, text));
                    sdt.InsertBeforeSelf(filled);
                }
                sdt.Remove();
                break;
            default:
                sdt.InsertBeforeSelf(TextParagraph(content, text));
                sdt.Remove();
                break;
        }
    }

    private void PutBlocks(SdtElement sdt, OpenXmlElement content, IReadOnlyList<Block> fieldBlocks)
    {
        if (sdt is SdtRun)
        {
            PutText(sdt, content, WordBlocks.PlainText(fieldBlocks));
            return;
        }
        var width = sdt.Ancestors<TableCell>().FirstOrDefault()?.TableCellProperties?.TableCellWidth?.Width?.Value is { } w
            && int.TryParse(w, out var twips) ? twips - 160 : 0;
        var elements = plainOnly
            ? WordBlocks.PlainText(fieldBlocks).Split('\n').Select(line => (OpenXmlElement)TextParagraph(content, line)).ToList()
            : blocks.Render(fieldBlocks, width);
        if (sdt is SdtCell)
        {
            if (content.Descendants<TableCell>().FirstOrDefault() is { } cell)
            {
                var filled = new TableCell();
                if (cell.TableCellProperties is { } properties)
                    filled.Append(properties.CloneNode(true));
                filled.Append(elements);
                if (filled.LastChild is not Paragraph)
                    filled.Append(new Paragraph());
                sdt.InsertBeforeSelf(filled);
            }
            sdt.Remove();
            return;
        }
        foreach (var element in elements)
            sdt.InsertBeforeSelf(element);
        // A cell must end with a paragraph; a table rendered last in a cell would break that.
        if (sdt.Parent is TableCell && sdt.NextSibling() is null && elements.LastOrDefault() is not Paragraph)
            sdt.InsertBeforeSelf(new Paragraph());
        sdt.Remove();
    }

    private static Paragraph TextParagraph(OpenXmlElement content, string text)
    {
        var template = content.Descendants<Paragraph>().FirstOrDefault();
        var paragraph = new Paragraph();
        if (template?.ParagraphProperties is { } properties)
            paragraph.Append(properties.CloneNode(true));
        paragraph.Append(WordText.Run(text, RunLook(content)));
        return paragraph;
    }

    // The look of the control's first run, without Word's grey placeholder style.
    private static RunProperties? RunLook(OpenXmlElement content)
    {
        var properties = content.Descendants<Run>().FirstOrDefault()?.RunProperties;
        if (properties is null)
            return null;
        var copy = (RunProperties)properties.CloneNode(true);
        if (copy.RunStyle?.Val?.Value is "PlaceholderText" or "Placeholder")
            copy.RunStyle.Remove();
        return copy.HasChildren ? copy : null;
    }
}
