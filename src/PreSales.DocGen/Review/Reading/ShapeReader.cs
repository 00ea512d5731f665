using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace PreSales.DocGen.Review.Reading;

/// <summary>Reads a slide's shape tree into <see cref="ShapeFacts"/>, flattening groups into slide coordinates.</summary>
internal sealed class ShapeReader(SlideTemplate template)
{
    private const string TableUri = "http://schemas.openxmlformats.org/drawingml/2006/table";
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string ChartExUri = "http://schemas.microsoft.com/office/drawing/2014/chartex";
    private const string DiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

    /// <summary>A group's mapping from child to slide coordinates: X = OffsetX + x·ScaleX.</summary>
    private readonly record struct Placement(double OffsetX, double ScaleX, double OffsetY, double ScaleY)
    {
        public static Placement Identity => new(0, 1, 0, 1);

        public Bounds Map(Bounds b) => new(
            (long)(OffsetX + b.X * ScaleX), (long)(OffsetY + b.Y * ScaleY), (long)(b.Width * ScaleX), (long)(b.Height * ScaleY));
    }

    public List<ShapeFacts> Read(P.ShapeTree? tree)
    {
        var shapes = new List<ShapeFacts>();
        if (tree is not null)
            Walk(tree, Placement.Identity, shapes);
        return shapes;
    }

    private void Walk(OpenXmlElement container, Placement placement, List<ShapeFacts> into)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case P.Shape shape:
                    into.Add(Shape(shape, placement));
                    break;
                case P.Picture picture:
                    into.Add(Picture(picture, placement));
                    break;
                case P.GraphicFrame frame:
                    into.Add(Frame(frame, placement));
                    break;
                case P.ConnectionShape connector:
                    into.Add(new ShapeFacts
                    {
                        Id = connector.NonVisualConnectionShapeProperties?.NonVisualDrawingProperties?.Id?.Value ?? 0,
                        Name = connector.NonVisualConnectionShapeProperties?.NonVisualDrawingProperties?.Name?.Value ?? "",
                        Kind = ShapeKind.Connector,
                        Bounds = Map(connector.ShapeProperties?.Transform2D, placement),
                    });
                    break;
                case P.GroupShape group:
                    Walk(group, Inner(group.GroupShapeProperties?.TransformGroup, placement), into);
                    break;
                case AlternateContent alternate:
                    var branch = (OpenXmlElement?)alternate.GetFirstChild<AlternateContentFallback>() ?? alternate.GetFirstChild<AlternateContentChoice>();
                    if (branch is not null)
                        Walk(branch, placement, into);
                    break;
            }
        }
    }

    private ShapeFacts Shape(P.Shape shape, Placement placement)
    {
        var nv = shape.NonVisualShapeProperties;
        var ph = nv?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
        var type = ph is null ? null : SlideTemplate.TypeOf(ph);
        var layoutShape = type is null ? null : template.LayoutPlaceholder(type, ph!.Index?.Value);
        var masterType = layoutShape?.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape is { } lph ? SlideTemplate.TypeOf(lph) : type;
        var masterShape = masterType is null ? null : template.MasterPlaceholder(masterType);
        var xfrm = shape.ShapeProperties?.Transform2D ?? layoutShape?.ShapeProperties?.Transform2D ?? masterShape?.ShapeProperties?.Transform2D;
        var bodies = new[] { shape.TextBody?.BodyProperties, layoutShape?.TextBody?.BodyProperties, masterShape?.TextBody?.BodyProperties };
        var chain = new TextStyleChain(
            type is null
                ? [shape.TextBody?.ListStyle, template.PresentationDefaults, template.OtherStyle]
                : [shape.TextBody?.ListStyle, layoutShape?.TextBody?.ListStyle, masterShape?.TextBody?.ListStyle, template.StyleFor(masterType!)],
            shape.ShapeStyle?.FontReference,
            template.Palette,
            FontScale(bodies),
            masterType is "title" or "ctrTitle");
        var (fill, unknownFill) = FillOf(shape.ShapeProperties, shape.ShapeStyle);
        var body = shape.TextBody?.BodyProperties;
        return new ShapeFacts
        {
            Id = nv?.NonVisualDrawingProperties?.Id?.Value ?? 0,
            Name = nv?.NonVisualDrawingProperties?.Name?.Value ?? "",
            Kind = KindOf(type),
            PlaceholderType = type,
            Bounds = Map(xfrm, placement),
            Paragraphs = shape.TextBody is null ? [] : Paragraphs(shape.TextBody, chain),
            AltText = AltText(nv?.NonVisualDrawingProperties),
            Decorative = Decorative(nv?.NonVisualDrawingProperties),
            WordArt = WordArt(shape.TextBody),
            Fill = fill,
            UnknownFill = unknownFill,
            Fit = FitOf(bodies),
            Insets = ((body?.LeftInset?.Value ?? 91440) + (body?.RightInset?.Value ?? 91440), (body?.TopInset?.Value ?? 45720) + (body?.BottomInset?.Value ?? 45720)),
        };
    }

    private ShapeFacts Picture(P.Picture picture, Placement placement)
    {
        var nv = picture.NonVisualPictureProperties;
        var app = nv?.ApplicationNonVisualDrawingProperties;
        var media = app is not null && app.ChildElements.Any(c => c is A.VideoFromFile or A.AudioFromFile or A.WaveAudioFile or A.QuickTimeFromFile
            || c.Descendants().Any(d => d.LocalName == "media"));
        return new ShapeFacts
        {
            Id = nv?.NonVisualDrawingProperties?.Id?.Value ?? 0,
            Name = nv?.NonVisualDrawingProperties?.Name?.Value ?? "",
            Kind = media ? ShapeKind.Media : ShapeKind.Picture,
            Bounds = Map(picture.ShapeProperties?.Transform2D, placement),
            AltText = AltText(nv?.NonVisualDrawingProperties),
            Decorative = Decorative(nv?.NonVisualDrawingProperties),
            UnknownFill = true,
        };
    }

    private ShapeFacts Frame(P.GraphicFrame frame, Placement placement)
    {
        var cNvPr = frame.NonVisualGraphicFrameProperties?.NonVisualDrawingProperties;
        var data = frame.Graphic?.GraphicData;
        var uri = data?.Uri?.Value ?? "";
        var table = data?.GetFirstChild<A.Table>();
        var kind = uri switch
        {
            TableUri => ShapeKind.Table,
            ChartUri or ChartExUri => ShapeKind.Chart,
            DiagramUri => ShapeKind.SmartArt,
            _ => ShapeKind.Other,
        };
        var xfrm = frame.Transform;
        Bounds? bounds = xfrm?.Offset is { } off && xfrm.Extents is { } ext
            ? placement.Map(new Bounds(off.X?.Value ?? 0, off.Y?.Value ?? 0, ext.Cx?.Value ?? 0, ext.Cy?.Value ?? 0))
            : null;
        return new ShapeFacts
        {
            Id = cNvPr?.Id?.Value ?? 0,
            Name = cNvPr?.Name?.Value ?? "",
            Kind = kind,
            Bounds = bounds,
            AltText = AltText(cNvPr),
            Decorative = Decorative(cNvPr),
            TableHeader = table is null ? null : table.TableProperties?.FirstRow?.Value == true,
            Paragraphs = table is null ? [] : TableParagraphs(table),
            UnknownFill = kind != ShapeKind.Table,
        };
    }

    private List<ParagraphFacts> TableParagraphs(A.Table table)
    {
        var paragraphs = new List<ParagraphFacts>();
        foreach (var cell in table.Descendants<A.TableCell>())
        {
            if (cell.TextBody is { } body)
                paragraphs.AddRange(Paragraphs(body, new TextStyleChain([body.ListStyle, template.PresentationDefaults, template.OtherStyle], null, template.Palette, 1, false)));
        }
        return paragraphs;
    }

    private static List<ParagraphFacts> Paragraphs(OpenXmlElement textBody, TextStyleChain chain)
    {
        var paragraphs = new List<ParagraphFacts>();
        foreach (var paragraph in textBody.Elements<A.Paragraph>())
        {
            var level = paragraph.ParagraphProperties?.Level?.Value ?? 0;
            var runs = new List<RunFacts>();
            foreach (var child in paragraph.ChildElements)
            {
                switch (child)
                {
                    case A.Run run:
                        runs.Add(chain.Run(run.Text?.Text ?? "", run.RunProperties, level));
                        break;
                    case A.Field field:
                        runs.Add(chain.Run(field.Text?.Text ?? "", field.RunProperties, level));
                        break;
                    case A.Break:
                        runs.Add(new RunFacts("\n", 0, "", null, false));
                        break;
                }
            }
            var facts = new ParagraphFacts(level, runs, false);
            paragraphs.Add(facts.Text.Length > 0 && chain.Bullet(paragraph.ParagraphProperties, level) ? facts with { Bullet = true } : facts);
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

    private static double FontScale(A.BodyProperties?[] bodies)
    {
        var fit = bodies.Select(b => b?.GetFirstChild<A.NormalAutoFit>()).FirstOrDefault(f => f is not null);
        return (fit?.FontScale?.Value ?? 100000) / 100000.0;
    }

    private static TextFit FitOf(A.BodyProperties?[] bodies)
    {
        foreach (var body in bodies)
        {
            if (body is null)
                continue;
            if (body.GetFirstChild<A.NormalAutoFit>() is not null)
                return TextFit.Shrink;
            if (body.GetFirstChild<A.ShapeAutoFit>() is not null)
                return TextFit.Grow;
            if (body.GetFirstChild<A.NoAutoFit>() is not null)
                return TextFit.None;
        }
        return TextFit.None;
    }

    private (Rgb?, bool) FillOf(P.ShapeProperties? properties, P.ShapeStyle? style)
    {
        foreach (var child in properties?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
        {
            switch (child)
            {
                case A.SolidFill solid:
                    return (template.Palette.ColorOf(solid), false);
                case A.NoFill:
                    return (null, false);
                case A.GradientFill or A.BlipFill or A.PatternFill or A.GroupFill:
                    return (null, true);
            }
        }
        if (style?.FillReference is { } reference && (reference.Index?.Value ?? 0) > 0)
            return (template.Palette.ColorOf(reference), false);
        return (null, false);
    }

    private static Bounds? Map(A.Transform2D? xfrm, Placement placement) =>
        xfrm?.Offset is { } off && xfrm.Extents is { } ext
            ? placement.Map(new Bounds(off.X?.Value ?? 0, off.Y?.Value ?? 0, ext.Cx?.Value ?? 0, ext.Cy?.Value ?? 0))
            : null;

    private static Placement Inner(A.TransformGroup? xfrm, Placement outer)
    {
        if (xfrm?.Offset is not { } off || xfrm.Extents is not { } ext || xfrm.ChildOffset is not { } chOff || xfrm.ChildExtents is not { } chExt)
            return outer;
        double sx = chExt.Cx?.Value is > 0 ? (double)(ext.Cx?.Value ?? 0) / chExt.Cx.Value : 1;
        double sy = chExt.Cy?.Value is > 0 ? (double)(ext.Cy?.Value ?? 0) / chExt.Cy.Value : 1;
        double ox = (off.X?.Value ?? 0) - (chOff.X?.Value ?? 0) * sx, oy = (off.Y?.Value ?? 0) - (chOff.Y?.Value ?? 0) * sy;
        return new Placement(outer.OffsetX + ox * outer.ScaleX, outer.ScaleX * sx, outer.OffsetY + oy * outer.ScaleY, outer.ScaleY * sy);
    }

    private static string? AltText(P.NonVisualDrawingProperties? cNvPr) =>
        cNvPr?.Description?.Value is { Length: > 0 } d ? d : cNvPr?.Title?.Value is { Length: > 0 } t ? t : null;

    private static bool Decorative(P.NonVisualDrawingProperties? cNvPr) =>
        cNvPr?.NonVisualDrawingPropertiesExtensionList?.Descendants().Any(e => e.LocalName == "decorative" && e.GetAttributes().Any(a => a.LocalName == "val" && a.Value is "1" or "true")) == true;

    private static bool WordArt(P.TextBody? body) =>
        body is not null && (body.BodyProperties?.GetFirstChild<A.PresetTextWarp>() is { } warp && warp.Preset?.InnerText != "textNoShape"
            || body.Descendants<A.EffectList>().Any(e => e.ChildElements.Any(c => c is A.Glow or A.Reflection)));
}
