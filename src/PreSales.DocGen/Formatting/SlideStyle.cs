using System.Xml.Linq;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>
/// What a slide inherits from its layout and master, the one resolver the renderer and the review share: the
/// placeholders to match by idx/type, the text styles (master placeholder lstStyle, master txStyles, the
/// presentation's default text style), the theme seen through the master's colour map and the layout's override,
/// and what is drawn behind the slide's shapes (<see cref="Scene"/>). Read once per layout.
/// </summary>
internal sealed class SlideStyle
{
    private readonly List<(string Type, long? Index, XElement Shape)> layoutPlaceholders;
    private readonly Dictionary<string, XElement> masterPlaceholders = new(StringComparer.Ordinal);
    private readonly bool copiedLayouts;

    /// <param name="layout">The layout's root (p:sldLayout).</param>
    /// <param name="master">The master's root (p:sldMaster).</param>
    /// <param name="theme">The master's theme (a:theme).</param>
    /// <param name="defaults">The presentation's p:defaultTextStyle.</param>
    /// <param name="layoutPictures">The layout's pictures by relationship id (null: their colours stay unknown).</param>
    /// <param name="masterPictures">The master's pictures by relationship id.</param>
    /// <param name="slide">The slide's size, which a background picture is stretched over.</param>
    /// <param name="copiedLayouts">
    /// The layouts' placeholders are copies made for every master alike (LibreOffice writes one master's sample text
    /// into the layouts of all its masters): their sample text is not the master's style.
    /// </param>
    public SlideStyle(XElement layout, XElement master, XElement? theme, XElement? defaults,
        PictureSource? layoutPictures = null, PictureSource? masterPictures = null, (long Width, long Height)? slide = null, bool copiedLayouts = false)
    {
        this.copiedLayouts = copiedLayouts;
        MasterPalette = new ThemePalette(theme, master.Element(P + "clrMap"));
        Palette = MasterPalette.Override(layout.Element(P + "clrMapOvr"));
        PresentationDefaults = defaults;
        Name = layout.Element(P + "cSld").Attr("name") is { Length: > 0 } name ? name : layout.Attr("type") ?? "";
        layoutPlaceholders = Placeholders(layout).ToList();
        foreach (var (type, _, shape) in Placeholders(master))
            masterPlaceholders.TryAdd(type, shape);
        var styles = master.Element(P + "txStyles");
        TitleStyle = styles?.Element(P + "titleStyle");
        BodyStyle = styles?.Element(P + "bodyStyle");
        OtherStyle = styles?.Element(P + "otherStyle");
        var background = Paint.OfBackground(layout.Element(P + "cSld")?.Element(P + "bg"), Palette, layoutPictures)
            ?? Paint.OfBackground(master.Element(P + "cSld")?.Element(P + "bg"), MasterPalette, masterPictures)
            ?? (Palette.Scheme("bg1") is { } bg1 ? new Paint([bg1], false) : new Paint([new Rgb(255, 255, 255)], false));
        var masterShapes = layout.Flag("showMasterSp") == false ? [] : Scene.Shapes(master.Element(P + "cSld")?.Element(P + "spTree"), MasterPalette, masterPictures);
        var masterDrawings = layout.Flag("showMasterSp") == false ? [] : Scene.Outlines(master.Element(P + "cSld")?.Element(P + "spTree"), MasterPalette);
        Scene = new Scene(background, masterShapes.Concat(Scene.Shapes(layout.Element(P + "cSld")?.Element(P + "spTree"), Palette, layoutPictures)).ToList(), slide)
        {
            Drawings = masterDrawings.Concat(Scene.Outlines(layout.Element(P + "cSld")?.Element(P + "spTree"), Palette)).ToList(),
        };
        Background = background.Colors.Count == 1 && !background.Picture ? background.Colors[0] : null;
    }

    public string Name { get; }

    /// <summary>The theme through the layout's colour map (the master's unless the layout overrides it).</summary>
    public ThemePalette Palette { get; }

    /// <summary>The theme through the master's colour map.</summary>
    public ThemePalette MasterPalette { get; }

    public XElement? PresentationDefaults { get; }

    public XElement? TitleStyle { get; }

    public XElement? BodyStyle { get; }

    public XElement? OtherStyle { get; }

    /// <summary>What the layout draws behind a slide's shapes.</summary>
    public Scene Scene { get; }

    /// <summary>The background's colour when it is one solid colour; null for gradients, pictures, patterns.</summary>
    public Rgb? Background { get; }

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
            if (p.Type == type || MasterType(p.Type) == MasterType(type) && type is "title" or "ctrTitle")
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

    /// <summary>
    /// The formatting chain of a placeholder of a type and index, with the slide's own shape when there is one.
    /// <paramref name="intended"/> adds, last, what the template's author saw but PowerPoint does not inherit: the run
    /// formatting of the master placeholder's sample paragraphs ("Click to edit…"), where LibreOffice and some other
    /// suites keep their text styles when the master has no p:txStyles and its placeholders no lstStyle. A layout's
    /// sample text comes first, unless the layouts are copies (LibreOffice) and the master has a placeholder of the
    /// same kind: then the master's sample is the style (a subtitle, which masters lack, still takes the layout's).
    /// </summary>
    public TextStyleChain Chain(string type, long? index, XElement? slideShape, bool intended, double fontScale = 1)
    {
        var layoutShape = LayoutPlaceholder(type, index);
        var masterType = layoutShape is not null && PlaceholderOf(layoutShape) is { } lph ? TypeOf(lph) : type;
        var masterShape = MasterPlaceholder(masterType);
        var containers = new List<XElement?> { ListStyle(slideShape), ListStyle(layoutShape), ListStyle(masterShape), StyleFor(masterType) };
        if (intended)
        {
            var masterFirst = copiedLayouts && masterShape is not null && type != "subTitle";
            containers.Add(SampleStyle(masterFirst ? masterShape : layoutShape));
            containers.Add(SampleStyle(masterFirst ? layoutShape : masterShape));
        }
        containers.Add(PresentationDefaults);
        return new TextStyleChain(containers, slideShape?.Element(P + "style")?.Element(A + "fontRef"), Palette, fontScale, masterType is "title" or "ctrTitle");
    }

    /// <summary>The chain of a text box (not a placeholder): its own list style, the presentation's defaults, the master's other style.</summary>
    public TextStyleChain TextBoxChain(XElement? shape, double fontScale = 1) =>
        new([ListStyle(shape), PresentationDefaults, OtherStyle], shape?.Element(P + "style")?.Element(A + "fontRef"), Palette, fontScale, false);

    /// <summary>The placeholder type as written, with the default (obj) when the ph element has none.</summary>
    public static string TypeOf(XElement ph) => ph.Attr("type") ?? "obj";

    /// <summary>
    /// A list style made of a placeholder's sample paragraphs: for each level, the first paragraph at that level's
    /// paragraph properties, with its first run's properties as the level's run defaults.
    /// </summary>
    internal static XElement? SampleStyle(XElement? shape)
    {
        var body = shape?.Element(P + "txBody");
        if (body is null)
            return null;
        var style = new XElement(A + "lstStyle");
        foreach (var paragraph in body.Elements(A + "p"))
        {
            var pPr = paragraph.Element(A + "pPr");
            var level = (int)Math.Clamp(pPr.Number("lvl") ?? 0, 0, 8);
            var name = A + $"lvl{level + 1}pPr";
            if (style.Element(name) is not null)
                continue;
            var run = paragraph.Elements().FirstOrDefault(e => e.Name.LocalName is "r" or "fld")?.Element(A + "rPr") ?? paragraph.Element(A + "endParaRPr");
            var lvl = new XElement(name, pPr?.Attributes().Where(a => a.Name.LocalName != "lvl"), pPr?.Elements().Where(e => e.Name.LocalName != "defRPr"));
            if (run is not null)
                lvl.Add(new XElement(A + "defRPr", run.Attributes().Where(a => a.Name.LocalName is not ("lang" or "altLang" or "dirty" or "err")), run.Elements()));
            style.Add(lvl);
        }
        return style.HasElements ? style : null;
    }

    /// <summary>Whether the master gives this placeholder type a text style PowerPoint reads (txStyles or its lstStyle).</summary>
    public bool HasReadableStyle(string type) =>
        StyleFor(type)?.Element(A + "lvl1pPr")?.Element(A + "defRPr")?.Attribute("sz") is not null
        || ListStyle(MasterPlaceholder(type))?.Element(A + "lvl1pPr")?.Element(A + "defRPr")?.Attribute("sz") is not null;

    private static XElement? ListStyle(XElement? shape) => shape?.Element(P + "txBody")?.Element(A + "lstStyle");

    private static string MasterType(string type) => type switch
    {
        "title" or "ctrTitle" => "title",
        "dt" or "ftr" or "sldNum" => type,
        _ => "body",
    };

    private static IEnumerable<(string, long?, XElement)> Placeholders(XElement root)
    {
        foreach (var shape in root.Element(P + "cSld")?.Element(P + "spTree")?.Elements(P + "sp") ?? [])
        {
            if (PlaceholderOf(shape) is { } ph)
                yield return (TypeOf(ph), ph.Number("idx"), shape);
        }
    }
}
