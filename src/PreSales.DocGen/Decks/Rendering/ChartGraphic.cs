using System.Globalization;
using System.Text;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// A native clustered bar chart: a ChartPart with cached values, and the embedded workbook holding the same data
/// (c:externalData) so PowerPoint can edit it.
/// </summary>
internal static class ChartGraphic
{
    private const string ChartNs = "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static readonly string[] Preferred = ["accent1", "accent3", "accent2", "accent4", "accent5", "accent6"];

    public static void Write(SlideXml slide, SlideRelations relations, SlideChart chart, Rect area, RunStyle style, TemplateColors colors)
    {
        // Every series at 3:1 against what is behind the chart and unlike the series before it; labels readable.
        var behind = colors.Under(area).Colors;
        // On a background no text colour reads on everywhere (a band, a gradient), the chart gets the theme's background;
        // so it does where only the text colour would read as bars (decorations of several colours behind the box) and
        // the theme's accents read on that background: bars in the template's colours, not black.
        var ground = colors.Backing(colors.Scheme("tx1", new(0, 0, 0)));
        Formatting.Rgb? backing = colors.TryText(behind, 18, false, "tx1") is null || !colors.AccentReads(behind) && colors.AccentReads([ground]) ? ground : null;
        if (backing is { } b)
            behind = [b];
        var series = new List<Formatting.Rgb>();
        for (var s = 0; s < chart.Series.Count; s++)
            series.Add(colors.Mark(behind, Preferred[s % Preferred.Length], series, new("图表数据系列", "chart series")));
        var text = colors.Text(behind, 18, false, "tx1", new("图表文字", "chart labels"));
        var target = relations.Package.AddChart(ChartXml(chart, style, series, text, backing, Shape.Of(chart, area)), ChartWorkbook.Build(chart));
        var rel = relations.Add("chart", target);
        var id = slide.NextId();
        slide.Raw.Append(CultureInfo.InvariantCulture, $"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"Chart {id}\" descr=\"{RunStyle.Escape(chart.AltText)}\"/>")
            .Append("<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>")
            .Append(SlideXml.FrameXfrm(area))
            .Append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
            .Append(CultureInfo.InvariantCulture, $"<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"{rel}\"/>")
            .Append("</a:graphicData></a:graphic></p:graphicFrame>");
    }

    /// <summary>
    /// How the chart is drawn: columns, or bars beside their names when the names do not fit under columns (then
    /// <paramref name="Names"/> is the names' share of the chart's width); and its text size.
    /// </summary>
    internal readonly record struct Shape(bool Horizontal, double SizePt, double Names = 0)
    {
        private const double LargestPt = 18;
        private const double SmallestPt = 14; // the review's floor for table text, read as closely
        private static readonly double[] NameShares = [0.35, 0.42, 0.5, 0.56];

        // Every category name whole: under its column on at most two lines; else beside its bar on at most three, in a
        // names' column as narrow as lets them, the bars' rows tall enough for them. Otherwise an application turns long
        // names on their side or leaves every other one out.
        public static Shape Of(SlideChart chart, Rect area)
        {
            var width = area.Width / 12700.0;
            var height = area.Height / 12700.0;
            var n = Math.Max(1, chart.Categories.Count);
            for (var size = LargestPt; size >= SmallestPt; size--)
            {
                if (chart.Categories.All(c => Reads(c, width * 0.85 / n - 6, size, 2)))
                    return new(false, size);
            }
            for (var size = LargestPt; size >= SmallestPt; size--)
            {
                foreach (var share in NameShares)
                {
                    var names = width * share - 10; // less the axis labels' padding
                    var rows = chart.Categories.Sum(c => DeckText.Wrap(c, names, size).Count);
                    if (chart.Categories.All(c => Reads(c, names, size, 3)) && rows * size * 1.25 <= height * PlotHeight)
                        return new(true, size, share);
                }
            }
            return new(true, SmallestPt, NameShares[^1]);
        }

        // Whole words, and no line left with a character or two ("定位时" over "间").
        private static bool Reads(string name, double widthPt, double sizePt, int lines) =>
            DeckText.Wrap(name, widthPt, sizePt).Count <= lines && !DeckText.Cramped(name, widthPt, sizePt);

        // Bars: the plot placed by hand, so the names' column is as wide as measured, with room above for the legend
        // and right of the bars for their values.
        public string Layout() => string.Create(CultureInfo.InvariantCulture,
            $"<c:layout><c:manualLayout><c:layoutTarget val=\"inner\"/><c:xMode val=\"edge\"/><c:yMode val=\"edge\"/><c:x val=\"{Names:0.###}\"/><c:y val=\"0.14\"/><c:w val=\"{0.9 - Names:0.###}\"/><c:h val=\"{PlotHeight}\"/></c:manualLayout></c:layout>");
    }

    private const double PlotHeight = 0.8;

    private static string ChartXml(SlideChart chart, RunStyle style, IReadOnlyList<Formatting.Rgb> colors, Formatting.Rgb text, Formatting.Rgb? backing, Shape shape)
    {
        var n = chart.Categories.Count;
        var x = new StringBuilder(4096);
        x.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><c:chartSpace {ChartNs}><c:date1904 val=\"0\"/><c:lang val=\"{style.Lang}\"/><c:roundedCorners val=\"0\"/>")
            .Append($"<c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea>{(shape.Horizontal ? shape.Layout() : "<c:layout/>")}<c:barChart><c:barDir val=\"{(shape.Horizontal ? "bar" : "col")}\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var col = ChartWorkbook.Column(s + 1);
            x.Append(CultureInfo.InvariantCulture, $"<c:ser><c:idx val=\"{s}\"/><c:order val=\"{s}\"/><c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{RunStyle.Escape(series.Name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>")
                .Append(CultureInfo.InvariantCulture, $"<c:spPr><a:solidFill><a:srgbClr val=\"{colors[s].Hex}\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>")
                .Append("<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>")
                .Append(CultureInfo.InvariantCulture, $"<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val=\"{n}\"/>");
            for (var i = 0; i < n; i++)
                x.Append(CultureInfo.InvariantCulture, $"<c:pt idx=\"{i}\"><c:v>{RunStyle.Escape(chart.Categories[i])}</c:v></c:pt>");
            x.Append(CultureInfo.InvariantCulture, $"</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"{n}\"/>");
            for (var i = 0; i < n && i < series.Values.Count; i++)
                x.Append(CultureInfo.InvariantCulture, $"<c:pt idx=\"{i}\"><c:v>{series.Values[i]}</c:v></c:pt>");
            x.Append("</c:numCache></c:numRef></c:val></c:ser>");
        }
        var max = chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        // A share in percent never runs past 100: Office's automatic axis would end at 120 above values in the nineties.
        var percent = max <= 100 && chart.Series.Any(x => x.Name.Contains('%') || x.Name.Contains('％'));
        var axisMax = max <= 5 ? "<c:max val=\"5\"/><c:min val=\"0\"/>" : percent ? "<c:max val=\"100\"/><c:min val=\"0\"/>" : "<c:min val=\"0\"/>";
        // A unit of 1 suits 1–5 scores only; larger values (per cent) let the application choose.
        var majorUnit = max <= 5 ? "<c:majorUnit val=\"1\"/>" : percent ? "<c:majorUnit val=\"20\"/>" : "";
        x.Append("<c:gapWidth val=\"80\"/><c:overlap val=\"-10\"/><c:axId val=\"500000001\"/><c:axId val=\"500000002\"/></c:barChart>")
            // Bars read top down in the categories' order (a reversed axis); names stay level (rot 0), wrapped rather than
            // turned. Bars carry their values at their ends, so they need no value axis in their narrow room.
            .Append(CultureInfo.InvariantCulture, $"<c:catAx><c:axId val=\"500000001\"/><c:scaling><c:orientation val=\"{(shape.Horizontal ? "maxMin" : "minMax")}\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"{(shape.Horizontal ? "l" : "b")}\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
            .Append(TextProperties("<a:bodyPr rot=\"0\" vert=\"horz\"/>", shape.SizePt, text, style)).Append("<c:crossAx val=\"500000002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
            .Append(CultureInfo.InvariantCulture, $"<c:valAx><c:axId val=\"500000002\"/><c:scaling><c:orientation val=\"minMax\"/>{axisMax}</c:scaling>{(shape.Horizontal ? "<c:delete val=\"1\"/><c:axPos val=\"b\"/>" : "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>")}<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"500000001\"/><c:crosses val=\"{(shape.Horizontal ? "max" : "autoZero")}\"/><c:crossBetween val=\"between\"/>{majorUnit}</c:valAx>")
            .Append("</c:plotArea><c:legend><c:legendPos val=\"t\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
            .Append(backing is { } fill ? $"<c:spPr><a:solidFill><a:srgbClr val=\"{fill.Hex}\"/></a:solidFill></c:spPr>" : "")
            .Append(TextProperties("<a:bodyPr/>", shape.SizePt, text, style))
            .Append("<c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>");
        return x.ToString();
    }

    // The chart's text, and the names' axis over it: one size, the chosen colour, the deck's fonts.
    private static string TextProperties(string bodyProperties, double sizePt, Formatting.Rgb text, RunStyle style) => string.Create(CultureInfo.InvariantCulture,
        $"<c:txPr>{bodyProperties}<a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"{(int)Math.Round(sizePt * 100)}\"><a:solidFill><a:srgbClr val=\"{text.Hex}\"/></a:solidFill>{style.Fonts}</a:defRPr></a:pPr><a:endParaRPr {style.Attributes}/></a:p></c:txPr>");
}
