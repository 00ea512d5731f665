using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// A master's theme as the reader needs it: scheme colours seen through the master's colour map, and the theme's
/// major/minor fonts for the <c>+mj-lt</c>, <c>+mn-lt</c>, <c>+mj-ea</c>, <c>+mn-ea</c> references.
/// </summary>
internal sealed class ThemePalette
{
    private readonly Dictionary<string, Rgb> scheme = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> fonts = new(StringComparer.Ordinal);

    public ThemePalette(SlideMasterPart master)
    {
        var elements = master.ThemePart?.Theme?.ThemeElements;
        foreach (var entry in elements?.ColorScheme?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
        {
            if (Plain(entry.FirstChild) is { } rgb)
                scheme[entry.LocalName] = rgb;
        }
        var fontScheme = elements?.FontScheme;
        fonts["+mj-lt"] = fontScheme?.MajorFont?.LatinFont?.Typeface?.Value ?? "";
        fonts["+mn-lt"] = fontScheme?.MinorFont?.LatinFont?.Typeface?.Value ?? "";
        fonts["+mj-ea"] = fontScheme?.MajorFont?.EastAsianFont?.Typeface?.Value ?? "";
        fonts["+mn-ea"] = fontScheme?.MinorFont?.EastAsianFont?.Typeface?.Value ?? "";
        foreach (var attribute in master.SlideMaster?.ColorMap?.GetAttributes() ?? [])
            map[attribute.LocalName] = attribute.Value ?? "";
    }

    /// <summary>The colour an element holding a colour choice (solidFill, fontRef, bgRef…) resolves to.</summary>
    public Rgb? ColorOf(OpenXmlElement? holder)
    {
        foreach (var child in holder?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
        {
            var baseColor = child switch
            {
                A.SchemeColor s => Scheme(s.Val?.InnerText),
                _ => Plain(child),
            };
            if (baseColor is { } color)
                return Transform(color, child);
            if (child is A.SchemeColor or A.RgbColorModelHex or A.SystemColor or A.PresetColor)
                return null;
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

    private static Rgb? Plain(OpenXmlElement? color) => color switch
    {
        A.RgbColorModelHex hex => Rgb.Parse(hex.Val?.Value),
        A.SystemColor sys => Rgb.Parse(sys.LastColor?.Value) ?? (sys.Val?.InnerText == "window" ? new Rgb(255, 255, 255) : new Rgb(0, 0, 0)),
        A.PresetColor preset => preset.Val?.InnerText switch
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
    private static Rgb Transform(Rgb color, OpenXmlElement colorElement)
    {
        double r = color.R / 255.0, g = color.G / 255.0, b = color.B / 255.0;
        foreach (var t in colorElement.ChildElements)
        {
            switch (t)
            {
                case A.LuminanceModulation mod:
                    (r, g, b) = Luminance(r, g, b, l => l * (mod.Val?.Value ?? 100000) / 100000.0);
                    break;
                case A.LuminanceOffset off:
                    (r, g, b) = Luminance(r, g, b, l => l + (off.Val?.Value ?? 0) / 100000.0);
                    break;
                case A.Tint tint:
                    var k = (tint.Val?.Value ?? 100000) / 100000.0;
                    (r, g, b) = (1 - (1 - r) * k, 1 - (1 - g) * k, 1 - (1 - b) * k);
                    break;
                case A.Shade shade:
                    var s = (shade.Val?.Value ?? 100000) / 100000.0;
                    (r, g, b) = (r * s, g * s, b * s);
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
