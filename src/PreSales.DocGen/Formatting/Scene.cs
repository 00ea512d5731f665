using System.Xml.Linq;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>What a fill shows: its colours (one for a solid fill, the stops of a gradient, a pattern's two), or a picture.</summary>
/// <param name="Colors">The colours that can be behind text on it.</param>
/// <param name="Picture">Whether it is (or includes) a picture.</param>
internal sealed record Paint(IReadOnlyList<Rgb> Colors, bool Picture)
{
    public static Paint None { get; } = new([], false);

    public bool IsNone => Colors.Count == 0 && !Picture;

    /// <summary>How opaque a solid fill is (its colour's a:alpha): a veil under 1 lets what is below show through.</summary>
    public double Opacity { get; init; } = 1;

    /// <summary>A picture's decoded colours; null when they are not known (not decoded, or a format not read).</summary>
    public PictureColors? Image { get; init; }

    /// <summary>The part of the picture shown (a:srcRect), as fractions cut from its left, top, right and bottom.</summary>
    public (double Left, double Top, double Right, double Bottom) Crop { get; init; }

    /// <summary>A gradient some of whose stops are translucent (LibreOffice's Lights: a white glow from 90% to 20% over a dark
    /// band): seen point by point, since what shows through differs from its middle to its edges; null otherwise.</summary>
    public Veil? Glow { get; init; }

    /// <summary>Whether the picture is tiled: its average colour is what lies anywhere under it.</summary>
    public bool Tiled { get; init; }

    /// <summary>
    /// The average colour of the picture under a part of the slide (<paramref name="under"/>), the picture stretched
    /// over <paramref name="area"/> (turned and flipped with it), with how opaque the picture is there; null when the
    /// colours are not known or the part lies off the picture.
    /// </summary>
    public (Rgb Color, double Opacity)? PictureUnder(Placement area, Placement under)
    {
        if (Image is null || area.Flat)
            return null;
        if (Tiled)
            return Image.Average(0, 0, 1, 1);
        var (l, t, r, b) = Crop;
        var (shownWidth, shownHeight) = (1 - l - r, 1 - t - b);
        if (shownWidth <= 0 || shownHeight <= 0)
            return null;
        // The part's corners in the picture's own box: over a turned picture, the box around them.
        var places = under.Corners.Select(c => area.Local(c.X, c.Y)!.Value).ToList();
        var (u0, u1, v0, v1) = (places.Min(p => p.U), places.Max(p => p.U), places.Min(p => p.V), places.Max(p => p.V));
        if (u1 < 0 || u0 > 1 || v1 < 0 || v0 > 1)
            return null;
        return Image.Average(l + u0 * shownWidth, t + v0 * shownHeight, l + u1 * shownWidth, t + v1 * shownHeight);
    }

    /// <summary>
    /// The colour of the picture's finer grid (<see cref="PictureColors.At"/>) at a slide point, the picture stretched
    /// over <paramref name="area"/>; null when its colours are not known, it is tiled, or the point is off it.
    /// </summary>
    public Rgb? PictureAt(Placement area, double x, double y)
    {
        if (Image is null || Tiled || area.Local(x, y) is not { } place)
            return null;
        var (l, t, r, b) = Crop;
        return Image.At(l + place.U * (1 - l - r), t + place.V * (1 - t - b));
    }

    /// <summary>A blipFill (of a p:pic, a shape or a background): a picture, with its colours when a source can decode it.</summary>
    public static Paint OfPicture(XElement blipFill, PictureSource? pictures)
    {
        var embed = blipFill.Element(A + "blip")?.Attribute(R + "embed")?.Value;
        var image = embed is null || pictures is null ? null : pictures(embed);
        var crop = blipFill.Element(A + "srcRect");
        return new Paint([], true)
        {
            Image = image,
            Crop = (Share(crop, "l"), Share(crop, "t"), Share(crop, "r"), Share(crop, "b")),
            Tiled = blipFill.Element(A + "tile") is not null,
        };
    }

    // A colour's a:alpha, thousandths of a percent.
    private static double Alpha(XElement fill) =>
        Math.Clamp((fill.Elements().FirstOrDefault()?.Element(A + "alpha").Number("val") ?? 100000) / 100000.0, 0, 1);

    // srcRect values are thousandths of a percent.
    private static double Share(XElement? crop, string side) => Math.Clamp((crop.Number(side) ?? 0) / 100000.0, -1, 1);

    /// <summary>The fill an element holds (spPr, bgPr, tcPr…): null when it names none, <see cref="None"/> for noFill.</summary>
    public static Paint? Of(XElement? holder, ThemePalette palette, PictureSource? pictures = null)
    {
        foreach (var child in holder?.Elements() ?? [])
        {
            switch (child.Name.LocalName)
            {
                case "noFill":
                    return None;
                case "solidFill":
                    return palette.ColorOf(child) is { } c ? new Paint([c], false) { Opacity = Alpha(child) } : None;
                case "gradFill":
                    var stops = child.Element(A + "gsLst")?.Elements(A + "gs").Select(gs => (At: (gs.Number("pos") ?? 0) / 100000.0, Color: palette.ColorOf(gs), Opacity: Alpha(gs)))
                        .Where(g => g.Color is not null).Select(g => (g.At, Color: g.Color!.Value, g.Opacity)).OrderBy(g => g.At).ToList() ?? [];
                    return new Paint(stops.Select(g => g.Color).ToList(), false) { Glow = stops.Any(g => g.Opacity < 1) ? Veil.Of(child, stops) : null };
                case "pattFill":
                    return new Paint(new[] { child.Element(A + "fgClr"), child.Element(A + "bgClr") }.Select(palette.ColorOf).OfType<Rgb>().ToList(), false);
                case "blipFill":
                    return OfPicture(child, pictures);
            }
        }
        return null;
    }

    /// <summary>A p:bg: its bgPr fill, or the colour of its bgRef; null when there is none.</summary>
    public static Paint? OfBackground(XElement? background, ThemePalette palette, PictureSource? pictures = null)
    {
        if (background is null)
            return null;
        if (background.Element(P + "bgPr") is { } properties)
            return Of(properties, palette, pictures) ?? None;
        if (background.Element(P + "bgRef") is { } reference)
            return palette.ColorOf(reference) is { } c ? new Paint([c], false) : None;
        return null;
    }
}

/// <summary>The colours seen behind a rectangle, sampled at nine points; whether a picture of unknown colours is among what lies behind.</summary>
/// <param name="Colors">Distinct colours behind (for a decoded picture, its average colour around each point).</param>
/// <param name="Picture">Whether a picture whose colours are not known lies behind some of it.</param>
internal readonly record struct Behind(IReadOnlyList<Rgb> Colors, bool Picture);

/// <summary>A painted shape of a scene: where it lies (turned with its groups) and what it paints.</summary>
/// <param name="Where">Its box on the slide.</param>
/// <param name="Paint">Its fill.</param>
internal readonly record struct Layer(Placement Where, Paint Paint)
{
    /// <summary>An upright box.</summary>
    public Layer((long X, long Y, long Width, long Height) area, Paint paint) : this(Placement.Of(area.X, area.Y, area.Width, area.Height), paint)
    {
    }

    /// <summary>The axis-aligned rectangle it covers.</summary>
    public (long X, long Y, long Width, long Height) Area => Where.Extent;
}

/// <summary>
/// What a slide's layout shows behind the slide's own shapes, back to front: the background (layout's, else the
/// master's), the master's shapes (unless the layout hides them, showMasterSp="0"), the layout's shapes. Placeholders
/// are left out: on a slide they show only when the slide fills them. The review adds the slide's own shapes over
/// it (<see cref="With"/>), so one compositing judges what lies behind text wherever it comes from.
/// </summary>
internal sealed class Scene
{
    private readonly List<(Placement? Where, Paint Paint)> layers = [];

    // Each layer's rectangle (the background's: everything), to pass over the layers nowhere near a box quickly.
    private readonly List<(double Left, double Top, double Right, double Bottom)> extents = [];

    /// <param name="background">The background's fill.</param>
    /// <param name="shapes">The painted shapes over it, back to front.</param>
    /// <param name="slide">The slide's size, the area a background picture is stretched over (unknown: its average counts everywhere).</param>
    public Scene(Paint background, IEnumerable<Layer> shapes, (long Width, long Height)? slide = null)
    {
        Background = background;
        Slide = slide;
        layers.Add((null, background));
        extents.Add((double.NegativeInfinity, double.NegativeInfinity, double.PositiveInfinity, double.PositiveInfinity));
        foreach (var (where, paint) in shapes)
        {
            layers.Add((where, paint));
            var (x, y, width, height) = where.Extent;
            extents.Add((x - 1, y - 1, x + width + 1, y + height + 1));
        }
    }

    /// <summary>The background fill.</summary>
    public Paint Background { get; }

    /// <summary>The slide's size, when known.</summary>
    public (long Width, long Height)? Slide { get; }

    /// <summary>The painted shapes over the background, back to front, where the slide shows them.</summary>
    public IEnumerable<Layer> Painted => layers.Skip(1).Select(l => new Layer(l.Where!.Value, l.Paint));

    /// <summary>
    /// The line drawings the layout shows (outlines of custom shapes with no fill, such as Yellow Idea's light bulb),
    /// with their line's colour: not part of what lies behind a point (their inside is empty), but drawn under text.
    /// </summary>
    public IReadOnlyList<((long X, long Y, long Width, long Height) Area, Paint Line)> Drawings { get; init; } = [];

    /// <summary>
    /// The <see cref="Drawings"/> a person sees as a drawing: their line told apart from the background and, unless
    /// <paramref name="smallMarks"/>, not a small mark (over at least 1% of the slide).
    /// </summary>
    public IEnumerable<(long X, long Y, long Width, long Height)> VisibleDrawings(bool smallMarks = false) =>
        Drawings.Where(d => (Background.Colors.Count == 0 || d.Line.Colors.Any(c => Background.Colors.All(c.TellsApart)))
            && (smallMarks || Slide is not { } slide || (double)d.Area.Width * d.Area.Height >= (double)slide.Width * slide.Height / 100)).Select(d => d.Area);

    /// <summary>The scene as a slide changes it: its own background (when it has one), the template's shapes shown or hidden.</summary>
    public Scene Restyled(Paint? background, bool showShapes) =>
        background is null && showShapes ? this : new(background ?? Background, showShapes ? Painted : [], Slide) { Drawings = showShapes ? Drawings : [] };

    /// <summary>The scene with more shapes drawn on top (a slide's own shapes, in drawing order).</summary>
    public Scene With(IEnumerable<Layer> shapes) => new(Background, Painted.Concat(shapes), Slide) { Drawings = Drawings };

    /// <summary>How many layers it has, the background's included.</summary>
    public int Count => layers.Count;

    /// <summary>What lies behind an upright rectangle (<see cref="Under(Placement, int?, Paint?)"/>).</summary>
    public Behind Under(long x, long y, long width, long height) => Under(Placement.Of(x, y, width, height));

    /// <summary>
    /// What lies behind a box (a text box, turned with it): the top-most painted layer at each of nine points inside
    /// it. A decoded picture counts with its average colour over the ninth of the box around the point; where it is
    /// mostly transparent, the layer below it counts. Translucent solid fills over a point are mixed over what lies
    /// below them (a 30% white bubble over a photo), however many there are. With <paramref name="layerCount"/>, only
    /// the bottom that many layers count (what lies below a shape of the scene); <paramref name="over"/> is a
    /// translucent fill over the whole box (a table cell's), mixed over all of it.
    /// </summary>
    public Behind Under(Placement box, int? layerCount = null, Paint? over = null)
    {
        var near = Near(box, layerCount);
        var stretched = Stretched(near, box);
        var colors = new List<Rgb>();
        var picture = false;
        var veils = new List<(Rgb Color, double Opacity)>();
        // The ninth of the box around the point being walked: a picture counts by its average over it.
        var ninth = box;
        Rgb? Sample(int n, Paint paint) =>
            paint.PictureUnder(stretched[n], ninth) is { Opacity: >= 0.5 } seen ? seen.Color : null;
        var row = 0;
        foreach (var fv in new[] { 0.15, 0.5, 0.85 })
        {
            var column = 0;
            foreach (var fu in new[] { 0.1, 0.5, 0.9 })
            {
                var (px, py) = box.At(fu, fv);
                ninth = box.Part(column / 3.0, row / 3.0, (column + 1) / 3.0, (row + 1) / 3.0);
                var (sampled, layer) = TopAt(px, py, near, Sample, over, veils);
                if (sampled is { } color)
                    colors.Add(Veiled(color, veils));
                else if (layer is { } paint)
                {
                    picture |= paint.Picture && paint.Image is null;
                    colors.AddRange(paint.Colors.Select(c => Veiled(c, veils)));
                }
                else if (veils.Count > 0)
                    colors.Add(Veiled(new Rgb(255, 255, 255), veils));
                column++;
            }
            row++;
        }
        if (colors.Count == 0 && !picture)
            colors.Add(new Rgb(255, 255, 255));
        return new Behind(colors.Distinct().ToList(), picture);
    }

    /// <summary>
    /// The bottom <paramref name="layerCount"/> layers (all when null) whose rectangle meets a part's, by index, back
    /// to front: found once a part, not once a point (a slide of thousands of shapes would otherwise cost thousands
    /// of tests for every point of every text).
    /// </summary>
    private List<int> Near(Placement part, int? layerCount)
    {
        var top = Math.Clamp(layerCount ?? layers.Count, 1, layers.Count);
        var (left, topEdge, width, height) = part.Extent;
        var near = new List<int>();
        for (var i = 0; i < top; i++)
        {
            var e = extents[i];
            if (e.Left <= left + width && left <= e.Right && e.Top <= topEdge + height && topEdge <= e.Bottom)
                near.Add(i);
        }
        return near;
    }

    // The area each of the near layers' pictures is stretched over: its box, the background's the slide (unknown: the part).
    private Placement[] Stretched(List<int> near, Placement part) => near.Select(i => Area(layers[i].Where) ?? part).ToArray();

    // Where a layer lies: its box, the background's the slide (null when the slide's size is not known).
    private Placement? Area(Placement? where) => where ?? (Slide is { } s ? Placement.Of(0, 0, s.Width, s.Height) : null);

    /// <summary>
    /// The walk down the <paramref name="near"/> layers at a point, top first: the colour of the top-most decoded
    /// picture there that <paramref name="sample"/> can tell (given the layer's place in <paramref name="near"/>;
    /// one it cannot tell lets the layer below show), else the top-most other painted layer, else neither (nothing
    /// painted there). The translucent solid fills passed over on the way, <paramref name="over"/>'s first, are left
    /// in <paramref name="veils"/>, top last, to mix over what was found (<see cref="Veiled"/>).
    /// </summary>
    private (Rgb? Sampled, Paint? Layer) TopAt(double px, double py, List<int> near, Func<int, Paint, Rgb?> sample, Paint? over,
        List<(Rgb Color, double Opacity)> veils)
    {
        veils.Clear();
        if (over is { Picture: false, Colors: [var veil], Opacity: < 1 })
            veils.Add((veil, over.Opacity));
        for (var n = near.Count - 1; n >= 0; n--)
        {
            var (where, paint) = layers[near[n]];
            if (paint.IsNone || (where is { } w && !w.Contains(px, py)))
                continue;
            if (paint.Image is not null)
            {
                if (sample(n, paint) is { } seen)
                    return (seen, null);
                if (paint.Colors.Count == 0)
                    continue;
            }
            if (paint.Glow is { } glow && Area(where)?.Local(px, py) is { } uv)
            {
                var (color, opacity) = glow.At(uv.U, uv.V);
                if (opacity >= 1)
                    return (color, null);
                veils.Add((color, opacity));
                continue;
            }
            if (paint.Opacity < 1 && !paint.Picture && paint.Colors.Count == 1)
            {
                veils.Add((paint.Colors[0], paint.Opacity));
                continue;
            }
            return (null, paint);
        }
        return (null, null);
    }

    // A colour as seen through the veils over it, the top-most last mixed.
    private static Rgb Veiled(Rgb below, List<(Rgb Color, double Opacity)> veils)
    {
        for (var v = veils.Count - 1; v >= 0; v--)
            below = below.Mix(veils[v].Color, veils[v].Opacity);
        return below;
    }

    /// <summary>
    /// Whether a decoded picture is among the bottom <paramref name="layerCount"/> layers (all when null) where a part
    /// of the slide lies: what is under it is then worth seeing cell by cell (<see cref="Ground"/>).
    /// </summary>
    public bool PictureNear(Placement part, int? layerCount = null)
    {
        var top = Math.Clamp(layerCount ?? layers.Count, 1, layers.Count);
        var (left, topEdge, width, height) = part.Extent;
        for (var i = 0; i < top; i++)
        {
            var e = extents[i];
            if (layers[i].Paint.Image is not null && e.Left <= left + width && left <= e.Right && e.Top <= topEdge + height && topEdge <= e.Bottom)
                return true;
        }
        return false;
    }

    /// <summary>
    /// What lies under a part of the slide (a text's lines, turned with its box) cell by cell, cells of about
    /// <paramref name="cell"/> EMU (at most 96 × 24 of them): at each cell's centre the top-most painted layer, a
    /// decoded picture by its finer grid's colour there (<see cref="Paint.PictureAt"/>; where it is mostly
    /// transparent, the layer below), translucent solid fills mixed over what is below them, as <see
    /// cref="Under(Placement, int?, Paint?)"/> sees its nine points; the slide's white where nothing is painted.
    /// </summary>
    public LetterGround Ground(Placement part, double cell, int? layerCount = null, Paint? over = null)
    {
        var near = Near(part, layerCount);
        var (across, down) = (Math.Sqrt(part.UX * part.UX + part.UY * part.UY), Math.Sqrt(part.VX * part.VX + part.VY * part.VY));
        var columns = (int)Math.Clamp(Math.Round(across / Math.Max(1, cell)), 1, 96);
        var rows = (int)Math.Clamp(Math.Round(down / Math.Max(1, cell)), 1, 24);
        var stretched = Stretched(near, part);
        // A tiled picture's average is what lies anywhere under it: found once a layer, not once a cell.
        var tiled = near.Select(i => layers[i].Paint is { Tiled: true, Image: { } image } && image.Average(0, 0, 1, 1) is { Opacity: >= 0.5 } seen ? seen.Color : (Rgb?)null).ToArray();
        var (px, py) = (0.0, 0.0);
        Rgb? Sample(int n, Paint paint) => paint.Tiled ? tiled[n] : paint.PictureAt(stretched[n], px, py);
        var cells = new List<Rgb>(columns * rows);
        var others = new HashSet<Rgb>();
        var veils = new List<(Rgb Color, double Opacity)>();
        // Each cell's luminance by column in the row above and the cell before (NaN: not known), to count edges.
        var above = new double[columns];
        Array.Fill(above, double.NaN);
        var (pairs, edges) = (0, 0);
        void Edge(double a, double b)
        {
            if (double.IsNaN(a) || double.IsNaN(b))
                return;
            pairs++;
            if (Rgb.Ratio(a, b) >= 1.5)
                edges++;
        }
        for (var r = 0; r < rows; r++)
        {
            var before = double.NaN;
            for (var c = 0; c < columns; c++)
            {
                var known = cells.Count;
                (px, py) = part.At((c + 0.5) / columns, (r + 0.5) / rows);
                var (sampled, layer) = TopAt(px, py, near, Sample, over, veils);
                if (sampled is { } color)
                    cells.Add(Veiled(color, veils));
                else if (layer is null)
                    cells.Add(Veiled(new Rgb(255, 255, 255), veils));
                // An undecoded picture: nothing is known there. A gradient or pattern: its colours, judged apart.
                else if (layer is not { Picture: true, Image: null })
                {
                    if (layer.Colors.Count == 1)
                        cells.Add(Veiled(layer.Colors[0], veils));
                    else
                        others.UnionWith(layer.Colors.Select(o => Veiled(o, veils)));
                }
                var here = cells.Count > known ? cells[^1].Luminance : double.NaN;
                Edge(before, here);
                Edge(above[c], here);
                (before, above[c]) = (here, here);
            }
        }
        return new LetterGround([.. cells], [.. others], pairs == 0 ? 0 : edges / (double)pairs);
    }

    /// <summary>
    /// The decoded picture that is all a person sees behind a box: the top-most layer painted there is a picture of
    /// known colours (the background's, or a picture over the whole box) with nothing else drawn over any of the box;
    /// null otherwise (a shape there is the shape-based clearing's to see).
    /// </summary>
    public (Paint Paint, Placement Area)? PictureBehind((long X, long Y, long Width, long Height) box)
    {
        var whole = Placement.Of(box.X, box.Y, box.Width, box.Height);
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            var (where, paint) = layers[i];
            var e = extents[i];
            if (paint.IsNone || e.Left > box.X + box.Width || box.X > e.Right || e.Top > box.Y + box.Height || box.Y > e.Bottom)
                continue;
            var area = where ?? (Slide is { } s ? Placement.Of(0, 0, s.Width, s.Height) : (Placement?)null);
            return paint.Image is not null && !paint.Tiled && area is { } a && whole.Corners.All(c => a.Contains(c.X, c.Y)) ? (paint, a) : null;
        }
        return null;
    }

    /// <summary>
    /// The painted shapes of a shape tree (not placeholders), in drawing order, groups flattened with their
    /// transforms (nested ones composed, turns and flips included) so each box is where the slide shows it
    /// (<see cref="GroupTransform.Walk"/>).
    /// </summary>
    public static IEnumerable<Layer> Shapes(XElement? tree, ThemePalette palette, PictureSource? pictures = null)
    {
        if (tree is null)
            yield break;
        foreach (var (element, transform) in GroupTransform.Walk(tree))
        {
            if (element.Name != P + "sp" && element.Name != P + "pic" || PlaceholderOf(element) is not null
                || transform.Place(element.Element(P + "spPr")?.Element(A + "xfrm")) is not { } where)
                continue;
            if (PaintOf(element, palette, pictures) is { IsNone: false } paint)
                yield return new Layer(where, paint);
        }
    }

    /// <summary>
    /// The line drawings of a shape tree (not placeholders): custom shapes with no fill whose outline is drawn, with
    /// the outline's colour (its a:ln fill, else its style's line colour), groups flattened as in <see cref="Shapes"/>.
    /// </summary>
    public static IEnumerable<((long X, long Y, long Width, long Height) Area, Paint Line)> Outlines(XElement? tree, ThemePalette palette)
    {
        if (tree is null)
            yield break;
        foreach (var (element, transform) in GroupTransform.Walk(tree))
        {
            if (element.Name != P + "sp" || PlaceholderOf(element) is not null
                || element.Element(P + "spPr") is not { } properties || properties.Element(A + "custGeom") is null
                || transform.Place(properties.Element(A + "xfrm")) is not { } where)
                continue;
            var style = element.Element(P + "style");
            var filled = Paint.Of(properties, palette) is { } fill ? !fill.IsNone
                : style?.Element(A + "fillRef") is { } fillRef && (fillRef.Number("idx") ?? 0) > 0;
            if (filled)
                continue;
            var line = properties.Element(A + "ln") is { } ln ? Paint.Of(ln, palette) : null;
            line ??= style?.Element(A + "lnRef") is { } lnRef && (lnRef.Number("idx") ?? 0) > 0 && palette.ColorOf(lnRef) is { } c ? new Paint([c], false) : null;
            if (line is { IsNone: false, Colors.Count: > 0 })
                yield return (where.Extent, line); // a turned drawing by the box it covers
        }
    }

    /// <summary>
    /// What a p:sp or p:pic paints: a picture's blip, else its spPr fill, else its style's fill reference; null when
    /// it names none (a shape with no fill shows what is below it).
    /// </summary>
    public static Paint? PaintOf(XElement element, ThemePalette palette, PictureSource? pictures = null) =>
        element.Name == P + "pic" ? Paint.OfPicture(element.Element(P + "blipFill") ?? new XElement(P + "blipFill"), pictures)
            : Paint.Of(element.Element(P + "spPr"), palette, pictures)
              ?? (element.Element(P + "style")?.Element(A + "fillRef") is { } fillRef && (fillRef.Number("idx") ?? 0) > 0 && palette.ColorOf(fillRef) is { } c
                  ? new Paint([c], false) : null);
}

/// <summary>
/// A gradient with translucent stops, as seen at a point of the shape it fills: along its angle (a:lin), or out from
/// the middle of its fillToRect to the corners (a:path circle, rect or shape).
/// </summary>
internal sealed record Veil(IReadOnlyList<(double At, Rgb Color, double Opacity)> Stops, double? Angle, (double U, double V) Middle)
{
    public static Veil Of(XElement gradient, IReadOnlyList<(double At, Rgb Color, double Opacity)> stops)
    {
        if (gradient.Element(A + "path") is { } path)
        {
            var rect = path.Element(A + "fillToRect");
            double Inset(string side) => (rect.Number(side) ?? 50000) / 100000.0;
            return new(stops, null, ((Inset("l") + 1 - Inset("r")) / 2, (Inset("t") + 1 - Inset("b")) / 2));
        }
        // a:lin ang is in 60000ths of a degree, clockwise from the left-to-right direction.
        return new(stops, (gradient.Element(A + "lin")?.Number("ang") ?? 0) / 60000.0 * Math.PI / 180, (0.5, 0.5));
    }

    /// <summary>The colour and opacity at a point (u, v from the shape's top left, 0–1).</summary>
    public (Rgb Color, double Opacity) At(double u, double v)
    {
        double t;
        if (Angle is { } a)
        {
            var (dx, dy) = (Math.Cos(a), Math.Sin(a));
            t = 0.5 + ((u - 0.5) * dx + (v - 0.5) * dy) / (Math.Abs(dx) + Math.Abs(dy));
        }
        else
        {
            var far = new[] { (0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0) }.Max(c => Math.Sqrt(Math.Pow(c.Item1 - Middle.U, 2) + Math.Pow(c.Item2 - Middle.V, 2)));
            t = far <= 0 ? 0 : Math.Sqrt(Math.Pow(u - Middle.U, 2) + Math.Pow(v - Middle.V, 2)) / far;
        }
        t = Math.Clamp(t, 0, 1);
        if (t <= Stops[0].At)
            return (Stops[0].Color, Stops[0].Opacity);
        for (var i = 1; i < Stops.Count; i++)
        {
            if (t <= Stops[i].At)
            {
                var (from, to) = (Stops[i - 1], Stops[i]);
                var f = to.At - from.At <= 0 ? 1 : (t - from.At) / (to.At - from.At);
                return (from.Color.Mix(to.Color, f), from.Opacity + (to.Opacity - from.Opacity) * f);
            }
        }
        return (Stops[^1].Color, Stops[^1].Opacity);
    }
}
