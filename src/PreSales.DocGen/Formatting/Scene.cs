using System.Xml.Linq;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>What a fill shows: its colours (one for a solid fill, the stops of a gradient, a pattern's two), or a picture.</summary>
/// <param name="Colors">The colours that can be behind text on it.</param>
/// <param name="Picture">Whether it is (or includes) a picture, whose colours are not known.</param>
internal sealed record Paint(IReadOnlyList<Rgb> Colors, bool Picture)
{
    public static Paint None { get; } = new([], false);

    public bool IsNone => Colors.Count == 0 && !Picture;

    /// <summary>The fill an element holds (spPr, bgPr, tcPr…): null when it names none, <see cref="None"/> for noFill.</summary>
    public static Paint? Of(XElement? holder, ThemePalette palette)
    {
        foreach (var child in holder?.Elements() ?? [])
        {
            switch (child.Name.LocalName)
            {
                case "noFill":
                    return None;
                case "solidFill":
                    return palette.ColorOf(child) is { } c ? new Paint([c], false) : None;
                case "gradFill":
                    return new Paint(child.Element(A + "gsLst")?.Elements(A + "gs").Select(palette.ColorOf).OfType<Rgb>().ToList() ?? [], false);
                case "pattFill":
                    return new Paint(new[] { child.Element(A + "fgClr"), child.Element(A + "bgClr") }.Select(palette.ColorOf).OfType<Rgb>().ToList(), false);
                case "blipFill":
                    return new Paint([], true);
            }
        }
        return null;
    }

    /// <summary>A p:bg: its bgPr fill, or the colour of its bgRef; null when there is none.</summary>
    public static Paint? OfBackground(XElement? background, ThemePalette palette)
    {
        if (background is null)
            return null;
        if (background.Element(P + "bgPr") is { } properties)
            return Of(properties, palette) ?? None;
        if (background.Element(P + "bgRef") is { } reference)
            return palette.ColorOf(reference) is { } c ? new Paint([c], false) : None;
        return null;
    }
}

/// <summary>The colours seen behind a rectangle, sampled at nine points; whether a picture is among what lies behind.</summary>
/// <param name="Colors">Distinct colours behind.</param>
/// <param name="Picture">Whether a picture lies behind some of it.</param>
internal readonly record struct Behind(IReadOnlyList<Rgb> Colors, bool Picture);

/// <summary>
/// What a slide's layout shows behind the slide's own shapes, back to front: the background (layout's, else the
/// master's), the master's shapes (unless the layout hides them, showMasterSp="0"), the layout's shapes. Placeholders
/// are left out: on a slide they show only when the slide fills them.
/// </summary>
internal sealed class Scene
{
    private readonly List<((long X, long Y, long Width, long Height)? Area, Paint Paint)> layers = [];

    public Scene(Paint background, IEnumerable<((long X, long Y, long Width, long Height) Area, Paint Paint)> shapes)
    {
        Background = background;
        layers.Add((null, background));
        foreach (var (area, paint) in shapes)
            layers.Add((area, paint));
    }

    /// <summary>The background fill.</summary>
    public Paint Background { get; }

    /// <summary>The scene as a slide changes it: its own background (when it has one), the template's shapes shown or hidden.</summary>
    public Scene Restyled(Paint? background, bool showShapes) =>
        background is null && showShapes ? this : new(background ?? Background, showShapes ? layers.Skip(1).Select(l => (l.Area!.Value, l.Paint)) : []);

    /// <summary>The scene with more shapes drawn on top (a slide's own shapes, in drawing order).</summary>
    public Scene With(IEnumerable<((long X, long Y, long Width, long Height) Area, Paint Paint)> shapes) =>
        new(Background, layers.Skip(1).Select(l => (l.Area!.Value, l.Paint)).Concat(shapes));

    /// <summary>What lies behind a rectangle: the top-most painted layer at each of nine points inside it.</summary>
    public Behind Under(long x, long y, long width, long height)
    {
        var colors = new List<Rgb>();
        var picture = false;
        foreach (var fy in new[] { 0.15, 0.5, 0.85 })
        {
            foreach (var fx in new[] { 0.1, 0.5, 0.9 })
            {
                var (px, py) = (x + (long)(width * fx), y + (long)(height * fy));
                for (var i = layers.Count - 1; i >= 0; i--)
                {
                    var (area, paint) = layers[i];
                    if (paint.IsNone || (area is { } a && (px < a.X || px > a.X + a.Width || py < a.Y || py > a.Y + a.Height)))
                        continue;
                    picture |= paint.Picture;
                    colors.AddRange(paint.Colors);
                    break;
                }
            }
        }
        if (colors.Count == 0 && !picture)
            colors.Add(new Rgb(255, 255, 255));
        return new Behind(colors.Distinct().ToList(), picture);
    }

    /// <summary>The painted shapes of a shape tree (not placeholders), groups flattened, in drawing order.</summary>
    public static IEnumerable<((long X, long Y, long Width, long Height) Area, Paint Paint)> Shapes(XElement? tree, ThemePalette palette)
    {
        foreach (var element in tree?.Elements() ?? [])
        {
            if (element.Name == P + "grpSp")
            {
                foreach (var inner in Shapes(element, palette))
                    yield return inner;
                continue;
            }
            if (element.Name != P + "sp" && element.Name != P + "pic" || PlaceholderOf(element) is not null || Box(element) is not { } box)
                continue;
            var paint = element.Name == P + "pic" ? new Paint([], true)
                : Paint.Of(element.Element(P + "spPr"), palette)
                  ?? (element.Element(P + "style")?.Element(A + "fillRef") is { } fillRef && (fillRef.Number("idx") ?? 0) > 0 && palette.ColorOf(fillRef) is { } c
                      ? new Paint([c], false) : null);
            if (paint is not null && !paint.IsNone)
                yield return (box, paint);
        }
    }
}
