using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// What a slide inherits from its layout and master: placeholders to match by idx/type, the text styles, the theme
/// and the background. Read once per layout and shared by every slide that uses it.
/// </summary>
internal sealed class SlideTemplate
{
    private readonly List<(string Type, uint? Index, P.Shape Shape)> layoutPlaceholders;
    private readonly Dictionary<string, P.Shape> masterPlaceholders = new(StringComparer.Ordinal);

    public SlideTemplate(SlideLayoutPart layout, ThemePalette palette, P.DefaultTextStyle? defaults)
    {
        var master = layout.SlideMasterPart!;
        Palette = palette;
        PresentationDefaults = defaults;
        var layoutRoot = layout.SlideLayout;
        var masterRoot = master.SlideMaster;
        Name = layoutRoot?.CommonSlideData?.Name?.Value is { Length: > 0 } name ? name : layoutRoot?.Type?.InnerText ?? "";
        layoutPlaceholders = Placeholders(layoutRoot?.CommonSlideData?.ShapeTree).ToList();
        foreach (var (type, _, shape) in Placeholders(masterRoot?.CommonSlideData?.ShapeTree))
            masterPlaceholders.TryAdd(type, shape);
        TitleStyle = masterRoot?.TextStyles?.TitleStyle;
        BodyStyle = masterRoot?.TextStyles?.BodyStyle;
        OtherStyle = masterRoot?.TextStyles?.OtherStyle;
        Background = BackgroundOf(layoutRoot?.CommonSlideData?.Background, palette)
            ?? BackgroundOf(masterRoot?.CommonSlideData?.Background, palette)
            ?? (true, palette.Scheme("bg1") ?? new Rgb(255, 255, 255));
    }

    public string Name { get; }

    public ThemePalette Palette { get; }

    public P.DefaultTextStyle? PresentationDefaults { get; }

    public P.TitleStyle? TitleStyle { get; }

    public P.BodyStyle? BodyStyle { get; }

    public P.OtherStyle? OtherStyle { get; }

    /// <summary>The background the slide shows unless it sets its own: (known, colour); a known null means not solid.</summary>
    public (bool Known, Rgb? Color) Background { get; }

    /// <summary>The layout placeholder a slide placeholder inherits from: same idx, else same type.</summary>
    public P.Shape? LayoutPlaceholder(string type, uint? index)
    {
        if (index is not null)
        {
            foreach (var p in layoutPlaceholders)
            {
                if (p.Index == index)
                    return p.Shape;
            }
        }
        foreach (var p in layoutPlaceholders)
        {
            if (p.Type == type)
                return p.Shape;
        }
        return null;
    }

    /// <summary>The master placeholder of the same type (body for objects, subtitles and content placeholders).</summary>
    public P.Shape? MasterPlaceholder(string type) =>
        masterPlaceholders.GetValueOrDefault(MasterType(type));

    /// <summary>The master text style a placeholder type takes its formatting from.</summary>
    public OpenXmlElement? StyleFor(string type) => MasterType(type) switch
    {
        "title" => TitleStyle,
        "dt" or "ftr" or "sldNum" => OtherStyle,
        _ => BodyStyle,
    };

    /// <summary>Reads a p:bg: null when absent; (true, colour) when solid; (true, null) when a gradient or picture.</summary>
    public static (bool Known, Rgb? Color)? BackgroundOf(P.Background? background, ThemePalette palette)
    {
        if (background is null)
            return null;
        if (background.BackgroundProperties is { } properties)
            return (true, properties.GetFirstChild<A.SolidFill>() is { } fill ? palette.ColorOf(fill) : null);
        if (background.BackgroundStyleReference is { } reference)
            return (true, palette.ColorOf(reference));
        return null;
    }

    /// <summary>The placeholder type as written, with the default (obj) when the ph element has none.</summary>
    public static string TypeOf(P.PlaceholderShape ph) => ph.Type?.InnerText ?? "obj";

    private static string MasterType(string type) => type switch
    {
        "title" or "ctrTitle" => "title",
        "dt" or "ftr" or "sldNum" => type,
        _ => "body",
    };

    private static IEnumerable<(string, uint?, P.Shape)> Placeholders(P.ShapeTree? tree)
    {
        foreach (var shape in tree?.Elements<P.Shape>() ?? [])
        {
            var ph = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
            if (ph is not null)
                yield return (TypeOf(ph), ph.Index?.Value, shape);
        }
    }
}
