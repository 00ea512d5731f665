using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PreSales.DocGen.Documents.Word;

/// <summary>
/// Tables that fit the page: 100 % of the text width, fixed layout, column widths in twips shared out by content
/// (East Asian characters count double) so a long column gets room and no table runs off the page.
/// </summary>
internal static class WordTable
{
    /// <summary>The header row's shading.</summary>
    public const string HeaderFill = "DCE6F2";

    /// <summary>Column widths in twips summing to <paramref name="textWidth"/>, proportional to the weights, each at least a minimum.</summary>
    public static int[] Widths(IReadOnlyList<double> weights, int textWidth)
    {
        var count = weights.Count;
        var floor = Math.Min(textWidth / count, 560);
        var spare = textWidth - floor * count;
        var total = weights.Sum();
        var widths = weights.Select(w => floor + (int)(spare * (total > 0 ? w / total : 1.0 / count))).ToArray();
        widths[^1] += textWidth - widths.Sum();
        return widths;
    }

    /// <summary>Weights from the display widths of a column's texts, softened so short columns are not starved.</summary>
    public static double[] WeightsFromText(IReadOnlyList<IReadOnlyList<string>> rows, int columns) =>
        Enumerable.Range(0, columns)
            .Select(c => Math.Sqrt(Math.Max(4, rows.Max(r => c < r.Count ? Math.Min(WordText.DisplayWidth(r[c]), 400) : 0))))
            .ToArray();

    /// <summary>An empty table with grid and properties; rows are appended by the caller.</summary>
    public static Table Create(int[] widths)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" });
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                borders,
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }),
                // Val alone (first row, no vertical bands): the firstRow/noVBand attributes are Word 2010+ and invalid in 2007 files.
                new TableLook { Val = "04A0" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        return table;
    }

    /// <summary>A cell of the given width holding the paragraphs (an empty paragraph when none: Word needs one).</summary>
    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, bool header = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (header)
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill });
        var cell = new TableCell(properties);
        cell.Append(content);
        // Word needs a paragraph in every cell; a block control holding one counts (the filler keeps one at the end).
        if (!cell.Descendants<Paragraph>().Any() || cell.LastChild is Table)
            cell.Append(new Paragraph());
        return cell;
    }

    /// <summary>A header row: repeated on each page, never split.</summary>
    public static TableRow HeaderRow(int[] widths, IReadOnlyList<string> texts)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < texts.Count ? texts[i] : "";
            row.Append(Cell(widths[i], [new Paragraph(WordText.Run(text, new RunProperties(new Bold(), new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" })))], header: true));
        }
        return row;
    }
}
