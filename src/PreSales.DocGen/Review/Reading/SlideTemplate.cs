using System.Xml.Linq;
using static PreSales.DocGen.Review.Reading.OoXml;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// What a slide inherits from its layout and master: placeholders to match by idx/type, the text styles, the theme
/// and the background. Read once per layout and shared by every slide that uses it.
/// </summary>
internal sealed class SlideTemplate
{
    private readonly List<(string Type, long? Index, XElement Shape)> layoutPlaceholders;
    private readonly Dictionary<string, XElement> masterPlaceholders = new(StringComparer.Ordinal);

    /// <param name="layout">The layout's root (p:sldLayout).</param>
    /// <param name="master">The master's root (p:sldMaster).</param>
    /// <param name="palette">The master's theme.</param>
    /// <param name="defaults">The presentation's p:defaultTextStyle.</param>
    public SlideTemplate(XElement layout, XElement master, ThemePalette palette, XElement? defaults)
    {
        Palette = palette;
        PresentationDefaults = defaults;
        Name = layout.Element(PCSld).Text("name") is { Length: > 0 } name ? name : layout.Text("type") ?? "";
        layoutPlaceholders = Placeholders(layout).ToList();
        foreach (var (type, _, shape) in Placeholders(master))
            masterPlaceholders.TryAdd(type, shape);
        var styles = master.Element(PTxStyles);
        TitleStyle = styles?.Element(PTitleStyle);
        BodyStyle = styles?.Element(PBodyStyle);
        OtherStyle = styles?.Element(POtherStyle);
        Background = BackgroundOf(layout.Element(PCSld)?.Element(PBg), palette)
            ?? BackgroundOf(master.Element(PCSld)?.Element(PBg), palette)
            ?? (true, palette.Scheme("bg1") ?? new Rgb(255, 255, 255));
    }

    public string Name { get; }

    public ThemePalette Palette { get; }

    public XElement? PresentationDefaults { get; }

    public XElement? TitleStyle { get; }

    public XElement? BodyStyle { get; }

    public XElement? OtherStyle { get; }

    /// <summary>The background the slide shows unless it sets its own: (known, colour); a known null means not solid.</summary>
    public (bool Known, Rgb? Color) Background { get; }

    /// <summary>The layout placeholder a slide placeholder inherits from: same idx, else same type.</summary>
    public XElement? LayoutPlaceholder(string type, long? index)
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
    public XElement? MasterPlaceholder(string type) => masterPlaceholders.GetValueOrDefault(MasterType(type));

    /// <summary>The master text style a placeholder type takes its formatting from.</summary>
    public XElement? StyleFor(string type) => MasterType(type) switch
    {
        "title" => TitleStyle,
        "dt" or "ftr" or "sldNum" => OtherStyle,
        _ => BodyStyle,
    };

    /// <summary>Reads a p:bg: null when absent; (true, colour) when solid; (true, null) when a gradient or picture.</summary>
    public static (bool Known, Rgb? Color)? BackgroundOf(XElement? background, ThemePalette palette)
    {
        if (background is null)
            return null;
        if (background.Element(PBgPr) is { } properties)
            return (true, properties.Element(ASolidFill) is { } fill ? palette.ColorOf(fill) : null);
        if (background.Element(PBgRef) is { } reference)
            return (true, palette.ColorOf(reference));
        return null;
    }

    /// <summary>A shape's p:ph element, when it is a placeholder.</summary>
    public static XElement? PlaceholderOf(XElement shape) =>
        shape.Element(PNvSpPr)?.Element(PNvPr)?.Element(PPh);

    /// <summary>The placeholder type as written, with the default (obj) when the ph element has none.</summary>
    public static string TypeOf(XElement ph) => ph.Text("type") ?? "obj";

    private static string MasterType(string type) => type switch
    {
        "title" or "ctrTitle" => "title",
        "dt" or "ftr" or "sldNum" => type,
        _ => "body",
    };

    private static IEnumerable<(string, long?, XElement)> Placeholders(XElement root)
    {
        foreach (var shape in root.Element(PCSld)?.Element(PSpTree)?.Elements(PSp) ?? [])
        {
            if (PlaceholderOf(shape) is { } ph)
                yield return (TypeOf(ph), ph.Long("idx"), shape);
        }
    }
}
