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
