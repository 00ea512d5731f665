using System.Xml.Linq;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>
/// A group's mapping from its children's coordinates to the slide's, an affine map (X = M11·x + M12·y + Dx,
/// Y = M21·x + M22·y + Dy): a:grpSpPr/a:xfrm maps the child box chOff/chExt onto off/ext, then turns it by its rot
/// and flips it (flipH, flipV) about its centre. Nested groups compose, outermost last.
/// </summary>
internal readonly record struct GroupTransform(double M11, double M12, double M21, double M22, double Dx, double Dy)
{
    public static GroupTransform Identity => new(1, 0, 0, 1, 0, 0);

    /// <summary>
    /// Where a shape with this a:xfrm lies on the slide: its off/ext box turned by its own rot and flips about its
    /// centre, then mapped by the groups around it; null when the xfrm lacks its off or ext.
    /// </summary>
    public Placement? Place(XElement? xfrm)
    {
        if (xfrm?.Element(A + "off") is not { } off || xfrm.Element(A + "ext") is not { } ext)
            return null;
        double x = off.Number("x") ?? 0, y = off.Number("y") ?? 0, w = ext.Number("cx") ?? 0, h = ext.Number("cy") ?? 0;
        var (c11, c12, c21, c22) = Turn(xfrm);
        // The box's corner and its two sides, turned about its centre (an unturned box keeps its exact numbers).
        var (ox, oy) = Turned(xfrm) ? (x + w / 2 - (c11 * w + c12 * h) / 2, y + h / 2 - (c21 * w + c22 * h) / 2) : (x, y);
        var (ux, uy, vx, vy) = (c11 * w, c21 * w, c12 * h, c22 * h);
        return new Placement(M11 * ox + M12 * oy + Dx, M21 * ox + M22 * oy + Dy, M11 * ux + M12 * uy, M21 * ux + M22 * uy, M11 * vx + M12 * vy, M21 * vx + M22 * vy);
    }

    /// <summary>The transform of a group inside this one, from the group's a:xfrm (unchanged when it lacks a part).</summary>
    public GroupTransform Inner(XElement? xfrm)
    {
        if (xfrm?.Element(A + "off") is not { } off || xfrm.Element(A + "ext") is not { } ext
            || xfrm.Element(A + "chOff") is not { } chOff || xfrm.Element(A + "chExt") is not { } chExt)
            return this;
        double sx = chExt.Number("cx") is > 0 and var ccx ? (double)(ext.Number("cx") ?? 0) / ccx : 1;
        double sy = chExt.Number("cy") is > 0 and var ccy ? (double)(ext.Number("cy") ?? 0) / ccy : 1;
        double ox = (off.Number("x") ?? 0) - (chOff.Number("x") ?? 0) * sx, oy = (off.Number("y") ?? 0) - (chOff.Number("y") ?? 0) * sy;
        var (c11, c12, c21, c22) = Turn(xfrm);
        if (Turned(xfrm))
        {
            // Turned about the group's centre: child point p maps to centre + turn·(ox + s·p − centre).
            var (cx, cy) = ((off.Number("x") ?? 0) + (ext.Number("cx") ?? 0) / 2.0, (off.Number("y") ?? 0) + (ext.Number("cy") ?? 0) / 2.0);
            (ox, oy) = (cx + c11 * (ox - cx) + c12 * (oy - cy), cy + c21 * (ox - cx) + c22 * (oy - cy));
        }
        var (k11, k12, k21, k22) = (c11 * sx, c12 * sy, c21 * sx, c22 * sy);
        return new GroupTransform(M11 * k11 + M12 * k21, M11 * k12 + M12 * k22, M21 * k11 + M22 * k21, M21 * k12 + M22 * k22,
            M11 * ox + M12 * oy + Dx, M21 * ox + M22 * oy + Dy);
    }

    private static bool Turned(XElement xfrm) => (xfrm.Number("rot") ?? 0) % 21600000 != 0 || xfrm.Flag("flipH") == true || xfrm.Flag("flipV") == true;

    /// <summary>
    /// An xfrm's turn: its rot (60000ths of a degree, clockwise on the slide, whose y runs down) after its flips.
    /// Quarter turns are exact, so an upright or quarter-turned box keeps whole numbers.
    /// </summary>
    private static (double C11, double C12, double C21, double C22) Turn(XElement xfrm)
    {
        var degrees = ((xfrm.Number("rot") ?? 0) % 21600000 + 21600000) % 21600000 / 60000.0;
        var (cos, sin) = degrees switch
        {
            0 => (1.0, 0.0),
            90 => (0.0, 1.0),
            180 => (-1.0, 0.0),
            270 => (0.0, -1.0),
            _ => (Math.Cos(degrees * Math.PI / 180), Math.Sin(degrees * Math.PI / 180)),
        };
        var fx = xfrm.Flag("flipH") == true ? -1 : 1;
        var fy = xfrm.Flag("flipV") == true ? -1 : 1;
        return (cos * fx, -sin * fy, sin * fx, cos * fy);
    }

    /// <summary>
    /// The elements of a shape tree in drawing order, each with the transform of the groups around it: a group (or an
    /// mc:AlternateContent, by its fallback) is entered, not yielded. Walked with an explicit stack, since a template
    /// or a deck may nest groups deeper than recursion would bear; past <paramref name="maxNesting"/> levels
    /// <paramref name="tooDeep"/> is thrown.
    /// </summary>
    public static IEnumerable<(XElement Element, GroupTransform Placement)> Walk(XElement tree, int maxNesting = int.MaxValue, Func<Exception>? tooDeep = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var stack = new Stack<(IEnumerator<XElement> Children, GroupTransform Placement)>();
        stack.Push((tree.Elements().GetEnumerator(), Identity));
        try
        {
            while (stack.Count > 0)
            {
                var (children, placement) = stack.Peek();
                if (!children.MoveNext())
                {
                    stack.Pop().Children.Dispose();
                    continue;
                }
                var element = children.Current;
                var group = element.Name == P + "grpSp";
                if (!group && element.Name != AlternateContent)
                {
                    yield return (element, placement);
                    continue;
                }
                // Alternate content counts as a level too: a hostile deck could nest it as deep as groups.
                if (stack.Count > maxNesting)
                    throw tooDeep?.Invoke() ?? new InvalidDataException($"shapes nested over {maxNesting} deep");
                var branch = group ? element : element.Element(Mc + "Fallback") ?? element.Element(Mc + "Choice");
                if (branch is not null)
                    stack.Push((branch.Elements().GetEnumerator(), group ? placement.Inner(element.Element(P + "grpSpPr")?.Element(A + "xfrm")) : placement));
            }
        }
        finally
        {
            while (stack.Count > 0)
                stack.Pop().Children.Dispose();
        }
    }

    private static readonly XNamespace Mc = Packaging.OpenXmlNamespaces.Mc;
    private static readonly XName AlternateContent = Mc + "AlternateContent";
}
