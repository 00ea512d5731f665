namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// Finds a slide's title: the title placeholder's text; on slides without one (decks made by code), the top-most,
/// largest short text in the upper part of the slide; failing that (title and closing slides centre one big text),
/// the one largest short text box of 28 pt or more.
/// </summary>
internal static class TitleFinder
{
    /// <summary>Share of the slide's height (from the top) a title's centre may lie in.</summary>
    private const double UpperPart = 0.35;

    public static (string? Title, uint? ShapeId) Find(IReadOnlyList<ShapeFacts> shapes, long slideHeight)
    {
        foreach (var shape in shapes)
        {
            if (shape.Kind == ShapeKind.Title)
                return (shape.HasText ? Flat(shape.Text) : null, shape.Id);
        }
        ShapeFacts? best = null;
        double bestSize = 0;
        foreach (var shape in shapes)
        {
            if (shape.Kind is not (ShapeKind.TextBox or ShapeKind.Body) || !shape.HasText || shape.Bounds is not { } b)
                continue;
            if (shape.Paragraphs.Count(p => p.Text.Length > 0) > 2 || shape.Text.Length > 120)
                continue;
            var size = MaxSize(shape);
            if (b.Y + b.Height / 2 > slideHeight * UpperPart)
                continue;
            if (size > bestSize || (size == bestSize && best?.Bounds is { } bb && b.Y < bb.Y))
                (best, bestSize) = (shape, size);
        }
        best ??= CentredTitle(shapes);
        return best is null ? (null, null) : (Flat(best.Text), best.Id);
    }

    /// <summary>Title and closing slides centre one big text: the largest short text of at least 28 pt, when it is the only one that size.</summary>
    private static ShapeFacts? CentredTitle(IReadOnlyList<ShapeFacts> shapes)
    {
        var sized = shapes.Where(s => s.Kind == ShapeKind.TextBox && s.HasText && s.Text.Length <= 120 && s.Paragraphs.Count(p => p.Text.Length > 0) <= 2)
            .Select(s => (Shape: s, Size: MaxSize(s))).Where(x => x.Size >= 28).OrderByDescending(x => x.Size).ToList();
        return sized.Count == 1 || (sized.Count > 1 && sized[0].Size > sized[1].Size) ? sized[0].Shape : null;
    }

    private static double MaxSize(ShapeFacts shape) => shape.Paragraphs.SelectMany(p => p.Runs).Select(r => r.SizePt).DefaultIfEmpty(0).Max();

    private static string Flat(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
