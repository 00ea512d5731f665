using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Documents.Word;

namespace PreSales.DocGen.Documents.Templates;

/// <summary>A column of a repeating table in a default template.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Tag">The inner tag of the cell's control.</param>
/// <param name="Weight">Its share of the width.</param>
/// <param name="Blocks">Whether the cell takes blocks (a block control) rather than text.</param>
internal sealed record TemplateColumn(string Header, string Tag, double Weight, bool Blocks = false);

/// <summary>Writes the body of a default template: headings, and content controls the way Word's Developer tab makes them.</summary>
internal sealed class TemplateWriter
{
    private readonly OpenXmlElement target;
    private readonly int textWidth;

    public TemplateWriter(OpenXmlElement target, int textWidth)
    {
        this.target = target;
        this.textWidth = textWidth;
    }

    public void Title(string tag, string hint) =>
        target.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), RunControl(tag, hint)));

    public void Heading(int level, string text) =>
        target.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), WordText.Run(text)));

    public void HeadingControl(int level, string tag, string hint) =>
        target.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), RunControl(tag, hint)));

    public void TextControl(string tag, string hint) => target.Append(new Paragraph(RunControl(tag, hint)));

    public void Blocks(string tag, string hint) => target.Append(BlockControl(tag, hint));

    /// <summary>A heading with the block control that is its part of the document under it.</summary>
    public void Part(int level, string heading, string tag, string hint)
    {
        Heading(level, heading);
        Blocks(tag, hint);
    }

    /// <summary>A label/value table of text controls, two pairs a row.</summary>
    public void Info(params (string Label, string Tag)[] pairs)
    {
        var widths = WordTable.Widths([1, 2.2, 1, 2.2], textWidth);
        var table = WordTable.Create(widths);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var j = 0; j < 2; j++)
            {
                var pair = i + j < pairs.Length ? pairs[i + j] : ("", "");
                row.Append(WordTable.Cell(widths[j * 2], [new Paragraph(WordText.Run(pair.Item1, new RunProperties(new Bold())))], header: true));
                row.Append(WordTable.Cell(widths[j * 2 + 1], pair.Item2.Length == 0 ? [] : [new Paragraph(RunControl(pair.Item2, pair.Item1))]));
            }
            table.Append(row);
        }
        target.Append(table);
        target.Append(new Paragraph());
    }

    /// <summary>A table with a header row and one repeating row of controls.</summary>
    public void RepeatTable(string tag, string hint, params TemplateColumn[] columns)
    {
        var widths = WordTable.Widths(columns.Select(c => c.Weight).ToArray(), textWidth);
        var table = WordTable.Create(widths);
        table.Append(WordTable.HeaderRow(widths, columns.Select(c => c.Header).ToList()));
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            OpenXmlElement inner = column.Blocks ? BlockControl(column.Tag, column.Header) : new Paragraph(RunControl(column.Tag, column.Header));
            row.Append(WordTable.Cell(widths[i], [inner]));
        }
        table.Append(new SdtRow(Properties(tag, hint, text: false), new SdtContentRow(row)));
        target.Append(table);
        target.Append(new Paragraph());
    }

    /// <summary>A 2×2 grid: a label row then a row of block controls, twice (SWOT).</summary>
    public void Grid(params (string Label, string Tag)[] cells)
    {
        var widths = WordTable.Widths([1, 1], textWidth);
        var table = WordTable.Create(widths);
        for (var i = 0; i < cells.Length; i += 2)
        {
            table.Append(WordTable.HeaderRow(widths, [cells[i].Label, cells[i + 1].Label]));
            var row = new TableRow();
            row.Append(WordTable.Cell(widths[0], [BlockControl(cells[i].Tag, cells[i].Label)]));
            row.Append(WordTable.Cell(widths[1], [BlockControl(cells[i + 1].Tag, cells[i + 1].Label)]));
            table.Append(row);
        }
        foreach (var header in table.Elements<TableRow>())
            header.TableRowProperties?.RemoveAllChildren<TableHeader>();
        target.Append(table);
        target.Append(new Paragraph());
    }

    /// <summary>A repeating section: whatever <paramref name="write"/> puts inside is copied once per item.</summary>
    public void RepeatSection(string tag, string hint, Action<TemplateWriter> write)
    {
        var content = new SdtContentBlock();
        write(new TemplateWriter(content, textWidth));
        target.Append(new SdtBlock(Properties(tag, hint, text: false), content));
    }

    /// <summary>A plain-text run-level control showing its hint as placeholder text.</summary>
    public static SdtRun RunControl(string tag, string hint) =>
        new(Properties(tag, hint, text: true),
            new SdtContentRun(new Run(new RunProperties(new RunStyle { Val = "PlaceholderText" }), new Text($"[{hint}]"))));

    private static SdtBlock BlockControl(string tag, string hint) =>
        new(Properties(tag, hint, text: false),
            new SdtContentBlock(new Paragraph(new Run(new RunProperties(new RunStyle { Val = "PlaceholderText" }), new Text($"[{hint}]")))));

    private static SdtProperties Properties(string tag, string hint, bool text)
    {
        var properties = new SdtProperties(new SdtAlias { Val = hint }, new Tag { Val = tag });
        if (text)
            properties.Append(new ShowingPlaceholder(), new SdtContentText { MultiLine = true });
        return properties;
    }
}
