namespace PreSales.DocGen.Formatting;

/// <summary>
/// What lies under a text's letters, cell by cell (<see cref="Scene.Ground"/>): the colour a person sees behind each
/// small part of the lines, a picture by its finer grid, not its average, so a stripe or a busy patch of a photo that
/// an average hides counts for the share of the letters it lies under. Cells whose colour is not known one by one (an
/// undecoded picture) are left out; the colours of a gradient or pattern on top are kept aside (<see cref="Others"/>),
/// to be judged as before, each against the text.
/// </summary>
internal sealed class LetterGround
{
    private readonly Rgb[] cells;
    private readonly double[] luminances;

    public LetterGround(Rgb[] cells, IReadOnlyList<Rgb> others, double edges = 0)
    {
        this.cells = cells;
        Others = others;
        Edges = edges;
        luminances = Array.ConvertAll(cells, c => c.Luminance);
    }

    /// <summary>
    /// The share (0–1) of neighbouring known cells, across and down, a step of lightness apart (1.5:1): the edges of
    /// what a photo shows (sweets in a bowl) that compete with the letters', where a soft gradient or a blur has none.
    /// </summary>
    public double Edges { get; }

    /// <summary>How many cells' colours are known.</summary>
    public int Count => cells.Length;

    /// <summary>The colours of gradients and patterns on top of some cells (each stop may lie under any of them).</summary>
    public IReadOnlyList<Rgb> Others { get; }

    /// <summary>The share (0–1) of the known cells on which a text colour is below a ratio; 0 when none is known.</summary>
    public double Below(Rgb text, double needed)
    {
        if (cells.Length == 0)
            return 0;
        var l = text.Luminance;
        var below = 0;
        foreach (var c in luminances)
        {
            if (Rgb.Ratio(l, c) < needed)
                below++;
        }
        return below / (double)cells.Length;
    }

    /// <summary>The colour of the cell, among those below the ratio, of median contrast with the text: what it mostly lies on there.</summary>
    public Rgb? Typical(Rgb text, double needed)
    {
        var low = cells.Where(c => text.Contrast(c) < needed).OrderBy(text.Contrast).ToList();
        return low.Count == 0 ? null : low[low.Count / 2];
    }

    /// <summary>The lowest contrast of a text colour on the cells with a translucent fill over them (opacity 0: none).</summary>
    public double Worst(Rgb text, Rgb veil, double opacity)
    {
        var worst = double.PositiveInfinity;
        foreach (var c in cells.Concat(Others))
            worst = Math.Min(worst, text.Contrast(opacity > 0 ? c.Mix(veil, opacity) : c));
        return worst;
    }
}
