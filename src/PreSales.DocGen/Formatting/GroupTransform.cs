using System.Xml.Linq;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>
/// A group's mapping from its children's coordinates to the slide's: X = OffsetX + x·ScaleX (a:grpSpPr/a:xfrm maps
/// the child box chOff/chExt onto off/ext). Nested groups compose, outermost last. Rotation is not applied.
/// </summary>
internal readonly record struct GroupTransform(double OffsetX, double ScaleX, double OffsetY, double ScaleY)
{
    public static GroupTransform Identity => new(0, 1, 0, 1);

    /// <summary>A box in the group's child coordinates, in slide coordinates.</summary>
    public (long X, long Y, long Width, long Height) Map((long X, long Y, long Width, long Height) box) =>
        ((long)(OffsetX + box.X * ScaleX), (long)(OffsetY + box.Y * ScaleY), (long)(box.Width * ScaleX), (long)(box.Height * ScaleY));

    /// <summary>The transform of a group inside this one, from the group's a:xfrm (unchanged when it lacks a part).</summary>
    public GroupTransform Inner(XElement? xfrm)
    {
        if (xfrm?.Element(A + "off") is not { } off || xfrm.Element(A + "ext") is not { } ext
            || xfrm.Element(A + "chOff") is not { } chOff || xfrm.Element(A + "chExt") is not { } chExt)
            return this;
        double sx = chExt.Number("cx") is > 0 and var ccx ? (double)(ext.Number("cx") ?? 0) / ccx : 1;
        double sy = chExt.Number("cy") is > 0 and var ccy ? (double)(ext.Number("cy") ?? 0) / ccy : 1;
        double ox = (off.Number("x") ?? 0) - (chOff.Number("x") ?? 0) * sx, oy = (off.Number("y") ?? 0) - (chOff.Number("y") ?? 0) * sy;
        return new GroupTransform(OffsetX + ox * ScaleX, ScaleX * sx, OffsetY + oy * ScaleY, ScaleY * sy);
    }
}
