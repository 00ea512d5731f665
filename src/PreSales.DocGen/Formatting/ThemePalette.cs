using System.Xml.Linq;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>
/// A master's theme as the reader needs it: scheme colours seen through the master's colour map, and the theme's
/// major/minor fonts for the <c>+mj-lt</c>, <c>+mn-lt</c>, <c>+mj-ea</c>, <c>+mn-ea</c> references.
/// </summary>
internal sealed class ThemePalette
{
    private static readonly HashSet<string> ColorElements = ["srgbClr", "schemeClr", "sysClr", "prstClr", "scrgbClr", "hslClr"];

    private static readonly string[] Names = ["tx1", "bg1", "tx2", "bg2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"];

    private readonly Dictionary<string, Rgb> scheme = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> fonts = new(StringComparer.Ordinal);

    // Asked for on every slide a prepared template renders; the palette never changes, so two threads computing them at
    // once make equal lists and either may be kept.
    private IReadOnlyList<(string Name, Rgb Color)>? candidates, shades;

    /// <param name="theme">The theme part's root (a:theme).</param>
    /// <param name="colorMap">The master's p:clrMap.</param>
    public ThemePalette(XElement? theme, XElement? colorMap)
    {
        var elements = theme?.Element(A + "themeElements");
        foreach (var entry in elements?.Element(A + "clrScheme")?.Elements() ?? [])
        {
            if (Plain(entry.Elements().FirstOrDefault()) is { } rgb)
                scheme[entry.Name.LocalName] = rgb;
        }
        var fontScheme = elements?.Element(A + "fontScheme");
        foreach (var (key, font, script) in new[] { ("+mj-lt", "majorFont", "latin"), ("+mn-lt", "minorFont", "latin"), ("+mj-ea", "majorFont", "ea"), ("+mn-ea", "minorFont", "ea") })
            fonts[key] = fontScheme?.Element(A + font)?.Element(A + script).Attr("typeface") ?? "";
        foreach (var attribute in colorMap?.Attributes() ?? [])
            map[attribute.Name.LocalName] = attribute.Value;
        Name = theme.Attr("name") ?? "";
    }

    private ThemePalette(ThemePalette from, XElement colorMap)
    {
        scheme = from.scheme;
        fonts = from.fonts;
        map = new Dictionary<string, string>(from.map, StringComparer.Ordinal);
        foreach (var attribute in colorMap.Attributes())
            map[attribute.Name.LocalName] = attribute.Value;
    }

    /// <summary>
    /// The palette as a layout or slide sees it: its p:clrMapOvr's overrideClrMapping replaces the master's colour map;
    /// masterClrMapping (or none) keeps it.
    /// </summary>
    public ThemePalette Override(XElement? colorMapOverride) =>
        colorMapOverride?.Element(A + "overrideClrMapping") is { } map && map.HasAttributes ? new ThemePalette(this, map) : this;

    /// <summary>The theme's colours a text or mark may use, by scheme name, in order of preference (text, background, accents).</summary>
    public IReadOnlyList<(string Name, Rgb Color)> Candidates() => candidates ??=
        Names.Select(n => (Name: n, Color: Scheme(n))).Where(c => c.Color is not null).Select(c => (c.Name, c.Color!.Value)).ToList();

    /// <summary>
    /// The accents' shades and tints as PowerPoint's colour picker offers them (darker 25% and 50%, lighter 40% and
    /// 60%), accent by accent: colours of the theme's look for a mark when no plain accent reads on the background.
    /// </summary>
    public IReadOnlyList<(string Name, Rgb Color)> AccentShades() => shades ??=
        Names.Where(n => n.StartsWith("accent", StringComparison.Ordinal)).Select(n => (Name: n, Color: Scheme(n))).Where(c => c.Color is not null)
            .SelectMany(c => Shades.Select(v => (Name: $"{c.Name} {v.Mod}/{v.Off}", Color: Shade(c.Color!.Value, v.Mod, v.Off))))
            .ToList();

    private static readonly (double Mod, double Off)[] Shades = [(0.75, 0), (0.5, 0), (0.6, 0.4), (0.4, 0.6)];

    private static Rgb Shade(Rgb color, double mod, double off)
    {
        var (r, g, b) = Luminance(color.R / 255.0, color.G / 255.0, color.B / 255.0, l => l * mod + off);
        return new Rgb(Byte(r), Byte(g), Byte(b));
    }

    /// <summary>The theme's name (a:theme/@name), for messages.</summary>
    public string Name { get; private init; } = "";

    /// <summary>The colour an element holding a colour choice (solidFill, fontRef, bgRef…) resolves to.</summary>
    public Rgb? ColorOf(XElement? holder)
    {
        foreach (var child in holder?.Elements() ?? [])
        {
            if (!ColorElements.Contains(child.Name.LocalName))
                continue;
            var color = child.Name.LocalName == "schemeClr" ? Scheme(child.Attr("val")) : Plain(child);
            return color is { } c ? Transform(c, child) : null;
        }
        return null;
    }

    /// <summary>Replaces a theme font reference (+mj-lt…) with the theme's typeface; other names pass through.</summary>
    public string Font(string? typeface) =>
        typeface is null ? "" : typeface.StartsWith('+') ? fonts.GetValueOrDefault(typeface, typeface) : typeface;

    /// <summary>The colour of a scheme name seen through the colour map (bg1 → lt1, tx1 → dk1…).</summary>
    public Rgb? Scheme(string? name)
    {
        if (name is null)
            return null;
        var mapped = map.TryGetValue(name, out var m) ? m : name switch { "bg1" => "lt1", "tx1" => "dk1", "bg2" => "lt2", "tx2" => "dk2", _ => name };
        return scheme.TryGetValue(mapped, out var rgb) ? rgb : null;
    }

    private static Rgb? Plain(XElement? color) => color?.Name.LocalName switch
    {
        "srgbClr" => Rgb.Parse(color.Attr("val")),
        "sysClr" => Rgb.Parse(color.Attr("lastClr")) ?? (color.Attr("val") == "window" ? new Rgb(255, 255, 255) : new Rgb(0, 0, 0)),
        "prstClr" => color.Attr("val") switch
        {
            "black" => new Rgb(0, 0, 0),
            "white" => new Rgb(255, 255, 255),
            "red" => new Rgb(255, 0, 0),
            "blue" => new Rgb(0, 0, 255),
            "green" => new Rgb(0, 128, 0),
            "yellow" => new Rgb(255, 255, 0),
            "gray" or "grey" => new Rgb(128, 128, 128),
            _ => null,
        },
        _ => null,
    };

    /// <summary>Applies lumMod/lumOff (in HSL) and tint/shade, the transforms themes use for lighter and darker shades.</summary>
    private static Rgb Transform(Rgb color, XElement colorElement)
    {
        double r = color.R / 255.0, g = color.G / 255.0, b = color.B / 255.0;
        foreach (var t in colorElement.Elements())
        {
            var value = (t.Number("val") ?? 100000) / 100000.0;
            switch (t.Name.LocalName)
            {
                case "lumMod":
                    (r, g, b) = Luminance(r, g, b, l => l * value);
                    break;
                case "lumOff":
                    (r, g, b) = Luminance(r, g, b, l => l + (t.Number("val") ?? 0) / 100000.0);
                    break;
                case "tint":
                    (r, g, b) = (1 - (1 - r) * value, 1 - (1 - g) * value, 1 - (1 - b) * value);
                    break;
                case "shade":
                    (r, g, b) = (r * value, g * value, b * value);
                    break;
            }
        }
        return new Rgb(Byte(r), Byte(g), Byte(b));
    }

    private static byte Byte(double v) => (byte)Math.Round(Math.Clamp(v, 0, 1) * 255);

    private static (double, double, double) Luminance(double r, double g, double b, Func<double, double> change)
    {
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var l = (max + min) / 2;
        double h = 0, s = 0;
        if (max > min)
        {
            var d = max - min;
            s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
            h = max == r ? (g - b) / d + (g < b ? 6 : 0) : max == g ? (b - r) / d + 2 : (r - g) / d + 4;
            h /= 6;
        }
        l = Math.Clamp(change(l), 0, 1);
        if (s == 0)
            return (l, l, l);
        var q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        var p = 2 * l - q;
        return (Hue(p, q, h + 1.0 / 3), Hue(p, q, h), Hue(p, q, h - 1.0 / 3));
    }

    private static double Hue(double p, double q, double t)
    {
        if (t < 0) t += 1;
        if (t > 1) t -= 1;
        return t < 1.0 / 6 ? p + (q - p) * 6 * t : t < 0.5 ? q : t < 2.0 / 3 ? p + (q - p) * (2.0 / 3 - t) * 6 : p;
    }
}
