using System.Xml.Linq;
using PreSales.DocGen.Language;
using static PreSales.DocGen.Review.Reading.OoXml;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// How tall a table really is: PowerPoint and LibreOffice grow a row to fit its text, so a frame whose rows hold more
/// than their height runs on below it. Each cell's lines are estimated from its column width, margins, font size
/// and text (CJK one em, other characters about half).
/// </summary>
internal static class TableExtent
{
    private const double EmuPerPoint = 12700;

    public static Bounds Grown(Bounds frame, IReadOnlyList<long> rowHeights) => frame with { Height = Math.Max(frame.Height, rowHeights.Sum()) };

    /// <summary>Each row's height, EMU: its own, or what its tallest cell's text needs when that is more.</summary>
    public static IReadOnlyList<long> RowHeights(XElement table)
    {
        var widths = table.Element(A + "tblGrid")?.Elements(A + "gridCol").Select(c => c.Long("w") ?? 0).ToList() ?? [];
        var heights = new List<long>();
        foreach (var row in table.Elements(ATr))
        {
            var height = row.Long("h") ?? 0;
            var column = 0;
            foreach (var cell in row.Elements(ATc))
            {
                var span = (int)Math.Max(1, cell.Long("gridSpan") ?? 1);
                var width = widths.Skip(column).Take(span).Sum();
                column += span;
                if (cell.Bool("hMerge") == true || cell.Bool("vMerge") == true)
                    continue;
                var tcPr = cell.Element(A + "tcPr");
                var inner = (width - (tcPr.Long("marL") ?? 91440) - (tcPr.Long("marR") ?? 91440)) / EmuPerPoint;
                double needed = ((tcPr.Long("marT") ?? 45720) + (tcPr.Long("marB") ?? 45720)) / EmuPerPoint;
                foreach (var paragraph in cell.Element(ATxBody)?.Elements(AP) ?? [])
                {
                    var size = paragraph.Descendants(ARPr).Select(r => r.Long("sz")).FirstOrDefault(v => v.HasValue) ?? 1800;
                    var pt = size / 100.0;
                    var text = string.Concat(paragraph.Descendants(AT).Select(t => t.Value));
                    var ems = text.Sum(c => TextMeasure.IsWide(c) ? 1.0 : char.IsLowSurrogate(c) ? 0 : 0.52);
                    var lines = inner <= 0 ? 1 : Math.Max(1, (int)Math.Ceiling(ems * pt / inner));
                    needed += lines * pt * 1.2;
                }
                height = Math.Max(height, (long)(needed * EmuPerPoint));
            }
            heights.Add(height);
        }
        return heights;
    }
}
