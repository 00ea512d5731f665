using System.Globalization;
using System.Xml.Linq;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Formatting;

/// <summary>The DrawingML and PresentationML names the formatting resolver reads, and attribute helpers.</summary>
internal static class FormatXml
{
    public static readonly XNamespace A = OpenXmlNamespaces.A;
    public static readonly XNamespace P = OpenXmlNamespaces.P;
    public static readonly XNamespace R = OpenXmlNamespaces.R;

    /// <summary>An integer attribute, or null.</summary>
    public static long? Number(this XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A boolean attribute (1/true/on), or null.</summary>
    public static bool? Flag(this XElement? element, string attribute) =>
        (string?)element?.Attribute(attribute) switch
        {
            "1" or "true" or "on" => true,
            "0" or "false" or "off" => false,
            _ => null,
        };

    /// <summary>A string attribute, or null.</summary>
    public static string? Attr(this XElement? element, string attribute) => (string?)element?.Attribute(attribute);

    /// <summary>A shape's p:ph element, when it is a placeholder (sp, pic or graphicFrame).</summary>
    public static XElement? PlaceholderOf(XElement shape) =>
        shape.Elements().FirstOrDefault(e => e.Name.LocalName.StartsWith("nv", StringComparison.Ordinal))?.Element(P + "nvPr")?.Element(P + "ph");

    /// <summary>A shape's a:xfrm (or p:xfrm for frames) as a rectangle in EMU, or null.</summary>
    public static (long X, long Y, long Width, long Height)? Box(XElement? shape)
    {
        var xfrm = shape?.Element(P + "spPr")?.Element(A + "xfrm") ?? shape?.Element(P + "xfrm");
        return xfrm?.Element(A + "off") is { } off && xfrm.Element(A + "ext") is { } ext
            ? (off.Number("x") ?? 0, off.Number("y") ?? 0, ext.Number("cx") ?? 0, ext.Number("cy") ?? 0)
            : null;
    }
}
