using System.Xml.Linq;
using PreSales.DocGen.Formatting;
using static PreSales.DocGen.Review.Reading.OoXml;

namespace PreSales.DocGen.Review.Reading;

/// <summary>Reads a slide's shape tree into <see cref="ShapeFacts"/>, flattening groups into slide coordinates.</summary>
internal sealed class ShapeReader(SlideStyle template, PictureSource? pictures = null, XElement? tableStyles = null, Func<string, XElement?>? charts = null)
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private const string TableUri = "http://schemas.openxmlformats.org/drawingml/2006/table";
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string ChartExUri = "http://schemas.microsoft.com/office/drawing/2014/chartex";
    private const string DiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

    public List<ShapeFacts> Read(XElement? tree, int slide, ReadBudget budget)
    {
        var shapes = new List<ShapeFacts>();
        if (tree is not null)
            Walk(tree, slide, budget, shapes);
        return shapes;
    }

    /// <summary>
    /// Walks the tree in drawing order with an explicit stack — a hostile deck may nest groups thousands deep, and
    /// recursion would overflow the thread's stack — refusing a slide that nests deeper or holds more than the limits.
    /// </summary>
    private void Walk(XElement tree, int slide, ReadBudget budget, List<ShapeFacts> into)
    {
        foreach (var (element, placement) in GroupTransform.Walk(tree, budget.Limits.MaxNesting, () => budget.TooDeep(slide)))
        {
            if (element.Name.Namespace != P)
                continue;
            var shape = element.Name.LocalName switch
            {
                "sp" => Shape(element, placement, budget),
                "pic" => Picture(element, placement),
                "graphicFrame" => Frame(element, placement, budget),
                "cxnSp" => Connector(element, placement),
                _ => null,
            };
            if (shape is null)
                continue;
            into.Add(shape);
            budget.Shape(slide, into.Count);
        }
    }

    private static ShapeFacts Connector(XElement element, GroupTransform placement)
    {
        var cNvPr = element.Element(PNvCxnSpPr)?.Element(PCNvPr);
        return Placed(new ShapeFacts
        {
            Id = Id(cNvPr),
            Name = cNvPr.Text("name") ?? "",
            Kind = ShapeKind.Connector,
        }, placement.Place(element.Element(PSpPr)?.Element(AXfrm)));
    }

    /// <summary>A shape's id; ids outside the unsigned range (negative, huge) read as 0, as a missing one.</summary>
    private static uint Id(XElement? cNvPr) => cNvPr.Long("id") is >= 0 and <= uint.MaxValue and var id ? (uint)id : 0;

    private ShapeFacts Shape(XElement shape, GroupTransform placement, ReadBudget budget)
    {
        var cNvPr = shape.Element(PNvSpPr)?.Element(PCNvPr);
        var ph = FormatXml.PlaceholderOf(shape);
        var type = ph is null ? null : SlideStyle.TypeOf(ph);
        var layoutShape = type is null ? null : template.LayoutPlaceholder(type, ph.Long("idx"));
        var masterType = layoutShape is not null && FormatXml.PlaceholderOf(layoutShape) is { } lph ? SlideStyle.TypeOf(lph) : type;
        var masterShape = masterType is null ? null : template.MasterPlaceholder(masterType);
        var properties = shape.Element(PSpPr);
        var xfrm = Xfrm(shape) ?? Xfrm(layoutShape) ?? Xfrm(masterShape);
        var textBody = shape.Element(PTxBody);
        var bodies = new[] { textBody, layoutShape?.Element(PTxBody), masterShape?.Element(PTxBody) }.Select(t => t?.Element(ABodyPr)).ToArray();
        var style = shape.Element(PStyle);
        var chain = type is null
            ? template.TextBoxChain(shape, FontScale(bodies))
            : template.Chain(type, ph.Long("idx"), shape, intended: false, FontScale(bodies));
        var (fill, unknownFill) = FillOf(properties, style);
        var pictureFill = properties?.Element(A + "blipFill") is { } blip ? Paint.OfPicture(blip, pictures) : null;
        var body = bodies[0];
        return Placed(new ShapeFacts
        {
            Id = Id(cNvPr),
            Name = cNvPr.Text("name") ?? "",
            Kind = KindOf(type),
            PlaceholderType = type,
            Paragraphs = textBody is null ? [] : Paragraphs(textBody, chain, budget),
            AltText = AltText(cNvPr),
            Decorative = Decorative(cNvPr),
            WordArt = WordArt(textBody),
            Fill = fill,
            UnknownFill = unknownFill,
            PictureFill = pictureFill,
            Fit = FitOf(bodies),
            Anchor = bodies.Select(b => b.Text("anchor")).FirstOrDefault(a => a is not null) ?? "t",
            Insets = ((body.Long("lIns") ?? 91440) + (body.Long("rIns") ?? 91440), (body.Long("tIns") ?? 45720) + (body.Long("bIns") ?? 45720)),
            Paint = Scene.PaintOf(shape, template.Palette, pictures) is { } paint ? paint : unknownFill ? Unknown : null,
        }, placement.Place(xfrm));
    }

    private static XElement? Xfrm(XElement? shape) => shape?.Element(PSpPr)?.Element(AXfrm);

    private static XElement? ListStyle(XElement? shape) => shape?.Element(PTxBody)?.Element(ALstStyle);

    private ShapeFacts Picture(XElement picture, GroupTransform placement)
    {
        var nv = picture.Element(PNvPicPr);
        var cNvPr = nv?.Element(PCNvPr);
        var media = nv?.Element(PNvPr)?.Elements().Any(c => c.Name.LocalName is "videoFile" or "audioFile" or "wavAudioFile" or "quickTimeFile"
            || c.Descendants().Any(d => d.Name.LocalName == "media")) == true;
        return Placed(new ShapeFacts
        {
            Id = Id(cNvPr),
            Name = cNvPr.Text("name") ?? "",
            Kind = media ? ShapeKind.Media : ShapeKind.Picture,
            AltText = AltText(cNvPr),
            Decorative = Decorative(cNvPr),
            UnknownFill = true,
            PictureFill = media ? null : Paint.OfPicture(picture.Element(P + "blipFill") ?? new XElement(P + "blipFill"), pictures),
            Paint = media ? Unknown : Scene.PaintOf(picture, template.Palette, pictures),
        }, placement.Place(picture.Element(PSpPr)?.Element(AXfrm)));
    }

    private ShapeFacts Frame(XElement frame, GroupTransform placement, ReadBudget budget)
    {
        var cNvPr = frame.Element(PNvGraphicFramePr)?.Element(PCNvPr);
        var data = frame.Element(AGraphic)?.Element(AGraphicData);
        var uri = data.Text("uri") ?? "";
        var table = data?.Element(ATbl);
        // Tables and charts do not turn (PowerPoint draws a frame's rot upright): the frame's box is where it lies.
        var frameBounds = placement.Place(frame.Element(PXfrm)) is { } where ? Bounded(where.Frame) : (Bounds?)null;
        var heights = table is null ? [] : TableExtent.RowHeights(table);
        var cells = table is null ? [] : TableCellsOf(table, frameBounds, heights, budget);
        var kind = uri switch
        {
            TableUri => ShapeKind.Table,
            ChartUri or ChartExUri => ShapeKind.Chart,
            DiagramUri => ShapeKind.SmartArt,
            _ => ShapeKind.Other,
        };
        var chart = uri == ChartUri ? ChartOf(data) : null;
        return new ShapeFacts
        {
            Id = Id(cNvPr),
            Name = cNvPr.Text("name") ?? "",
            Kind = kind,
            // A table's rows grow with their text: its extent is what it needs, not the frame's height.
            Bounds = frameBounds is { } b && table is not null ? TableExtent.Grown(b, heights) : frameBounds,
            AltText = AltText(cNvPr),
            Decorative = Decorative(cNvPr),
            TableHeader = table is null ? null : table.Element(ATblPr).Bool("firstRow") == true,
            Paragraphs = cells.SelectMany(c => c.Paragraphs).ToList(),
            Cells = cells,
            UnknownFill = kind != ShapeKind.Table,
            SeriesColors = chart is null ? [] : SeriesColorsOf(chart),
            ChartFill = chart is null ? null : FillOf(chart.Element(C + "spPr"), null).Item1 ?? FillOf(chart.Element(C + "chart")?.Element(C + "plotArea")?.Element(C + "spPr"), null).Item1,
            Paint = kind != ShapeKind.Table ? Unknown : null,
            Placement = frameBounds is { } f ? Placement.Of(f.X, f.Y, f.Width, f.Height) : null,
        };
    }

    // The chart part a frame shows (c:chart r:id), when the reader was given the slide's charts.
    private XElement? ChartOf(XElement? data) =>
        data?.Element(C + "chart")?.Attribute(R + "id")?.Value is { } id && charts is not null ? charts(id) : null;

    // Each series' solid fill; a series without one is drawn in the theme's accents in turn, as Office does.
    private List<Rgb> SeriesColorsOf(XElement chart) =>
        chart.Descendants(C + "ser").Select((series, i) =>
            FillOf(series.Element(C + "spPr"), null).Item1 ?? template.Palette.Scheme($"accent{i % 6 + 1}")).OfType<Rgb>().ToList();

    /// <summary>Each cell's fill, paragraphs and place; its text colour, unless a run sets one, is its table style's.</summary>
    private List<TableCellFacts> TableCellsOf(XElement table, Bounds? frame, IReadOnlyList<long> rowHeights, ReadBudget budget)
    {
        var cells = new List<TableCellFacts>();
        var box = frame is { } f ? (f.X, f.Y, f.Width, f.Height) : ((long, long, long, long)?)null;
        foreach (var cell in TableCells.Of(table, template.Palette, tableStyles, box, rowHeights))
        {
            if (cell.Cell.Element(ATxBody) is not { } body)
                continue;
            var styled = cell.Text is { } text ? TextColorStyle(text) : null;
            var chain = new TextStyleChain([body.Element(ALstStyle), styled, template.PresentationDefaults, template.OtherStyle], null, template.Palette, 1, false);
            cells.Add(new TableCellFacts(cell.Fill, Paragraphs(body, chain, budget), cell.Row, cell.Column, cell.Area is { } a ? Bounded(a) : null));
        }
        return cells;
    }

    // A list style giving every level one text colour: how the table style's text colour enters the chain.
    private static XElement TextColorStyle(Rgb color) =>
        new(ALstStyle, Enumerable.Range(1, 9).Select(level =>
            new XElement(A + $"lvl{level}pPr", new XElement(A + "defRPr", new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", color.Hex)))))));

    private static List<ParagraphFacts> Paragraphs(XElement textBody, TextStyleChain chain, ReadBudget budget)
    {
        var paragraphs = new List<ParagraphFacts>();
        foreach (var paragraph in textBody.Elements(AP))
        {
            var pPr = paragraph.Element(APPr);
            var level = (int)Math.Clamp(pPr.Long("lvl") ?? 0, 0, 8);
            var runs = new List<RunFacts>();
            foreach (var child in paragraph.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "r" or "fld":
                        var text = (string?)child.Element(AT) ?? "";
                        budget.Text(text.Length);
                        var format = chain.Run(text, child.Element(ARPr), level);
                        runs.Add(new RunFacts(text, format.SizePt, format.Typeface, format.Color, format.Bold));
                        break;
                    case "br":
                        runs.Add(new RunFacts("\n", 0, "", null, false));
                        break;
                }
            }
            var facts = new ParagraphFacts(level, runs, false) { Alignment = chain.Alignment(pPr, level) };
            paragraphs.Add(facts.Text.Length > 0 && chain.Bullet(pPr, level) ? facts with { Bullet = true } : facts);
        }
        return paragraphs;
    }

    private static ShapeKind KindOf(string? placeholderType) => placeholderType switch
    {
        null => ShapeKind.TextBox,
        "title" or "ctrTitle" => ShapeKind.Title,
        "body" or "obj" or "subTitle" => ShapeKind.Body,
        "dt" or "ftr" or "sldNum" => ShapeKind.Footer,
        _ => ShapeKind.OtherPlaceholder,
    };

    private static double FontScale(XElement?[] bodies)
    {
        var fit = bodies.Select(b => b?.Element(ANormAutofit)).FirstOrDefault(f => f is not null);
        return (fit.Long("fontScale") ?? 100000) / 100000.0;
    }

    private static TextFit FitOf(XElement?[] bodies)
    {
        foreach (var body in bodies)
        {
            if (body is null)
                continue;
            if (body.Element(ANormAutofit) is not null)
                return TextFit.Shrink;
            if (body.Element(ASpAutoFit) is not null)
                return TextFit.Grow;
            if (body.Element(ANoAutofit) is not null)
                return TextFit.None;
        }
        return TextFit.None;
    }

    private (Rgb?, bool) FillOf(XElement? properties, XElement? style)
    {
        foreach (var child in properties?.Elements() ?? [])
        {
            switch (child.Name.LocalName)
            {
                case "solidFill":
                    return (template.Palette.ColorOf(child), false);
                case "noFill":
                    return (null, false);
                case "gradFill" or "blipFill" or "pattFill" or "grpFill":
                    return (null, true);
            }
        }
        if (style?.Element(AFillRef) is { } reference && (reference.Long("idx") ?? 0) > 0)
            return (template.Palette.ColorOf(reference), false);
        return (null, false);
    }

    // A fill whose colours are not known (a chart's, a group's, a clip's): text on it is not judged.
    private static readonly Paint Unknown = new([], true);

    private static Bounds Bounded((long X, long Y, long Width, long Height) box) => new(box.X, box.Y, box.Width, box.Height);

    /// <summary>A shape placed: its upright frame as its bounds, and its turned box.</summary>
    private static ShapeFacts Placed(ShapeFacts shape, Placement? where) =>
        where is { } w ? shape with { Bounds = Bounded(w.Frame), Placement = w } : shape;

    private static string? AltText(XElement? cNvPr) =>
        cNvPr.Text("descr") is { Length: > 0 } d ? d : cNvPr.Text("title") is { Length: > 0 } t ? t : null;

    private static bool Decorative(XElement? cNvPr) =>
        cNvPr?.Element(AExtLst)?.Descendants().Any(e => e.Name.LocalName == "decorative" && e.Text("val") is "1" or "true") == true;

    private static bool WordArt(XElement? body) =>
        body is not null && (body.Element(ABodyPr)?.Element(APrstTxWarp) is { } warp && warp.Text("prst") != "textNoShape"
            || body.Descendants(AEffectLst).Any(e => e.Elements().Any(c => c.Name.LocalName is "glow" or "reflection")));
}
