using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// Colours for what the renderer draws itself (table cells, timeline marks and labels, chart series, text boxes),
/// taken from the template's theme and checked against what the layout shows behind them (<see cref="Scene"/>):
/// the preferred theme colour when it reaches the WCAG ratio, else the first theme colour that does, else the best
/// one and a warning. Colours are written as RGB so every viewer and the review see the same.
/// </summary>
internal sealed class TemplateColors(LayoutEntry layout, RenderWarnings warnings)
{
    private static readonly Rgb White = new(255, 255, 255);
    private static readonly Rgb Black = new(0, 0, 0);

    public ThemePalette Palette => layout.Style.MasterPalette;

    /// <summary>What lies behind a rectangle of the slide.</summary>
    public Behind Under(Rect r) => layout.Style.Scene.Under(r.X, r.Y, r.Width, r.Height);

    /// <summary>A theme colour by scheme name, or a fallback.</summary>
    public Rgb Scheme(string name, Rgb fallback) => Palette.Scheme(name) ?? fallback;

    /// <summary>A text colour readable on everything behind a rectangle (or on the given colours).</summary>
    public Rgb Text(IReadOnlyList<Rgb> behind, double sizePt, bool bold, string preferred, Bilingual what) =>
        behind.Count == 0 && PictureText() is { } designed ? designed : Choose(behind, Contrast.Needed(sizePt, bold), Ordered(preferred, Palette.Candidates()), what, []);

    // On a picture the colours behind are unknown: the colour the template's designer gave the body text on it.
    private Rgb? PictureText() =>
        layout.Content.FirstOrDefault() is { } slot ? layout.Style.Chain(slot.Type ?? "obj", slot.Index, null, intended: true).Run("Sample", null, 0).Color
        : layout.Title is { } title ? layout.Style.Chain(title.Type ?? "title", title.Index, null, intended: true).Run("Sample", null, 0).Color : null;

    /// <summary>
    /// A mark colour (a line, a bar, a circle) at 3:1 against what is behind and unlike the colours to avoid: an accent,
    /// else an accent's shade or tint, and the text and background colours last, so a chart keeps the theme's look
    /// where a plain accent is too light for part of the ground (black bars read, but are not the template's).
    /// </summary>
    public Rgb Mark(IReadOnlyList<Rgb> behind, string preferred, IReadOnlyList<Rgb> avoid, Bilingual what)
    {
        var theme = Palette.Candidates();
        var accents = theme.Where(c => c.Name.StartsWith("accent", StringComparison.Ordinal));
        var plain = theme.Where(c => !c.Name.StartsWith("accent", StringComparison.Ordinal));
        return Choose(behind, Contrast.Large, Ordered(preferred, [.. accents, .. Palette.AccentShades(), .. plain]), what, avoid);
    }

    /// <summary>Whether an accent, or one of its shades or tints, reaches 3:1 on everything behind.</summary>
    public bool AccentReads(IReadOnlyList<Rgb> behind) =>
        Palette.Candidates().Where(c => c.Name.StartsWith("accent", StringComparison.Ordinal)).Concat(Palette.AccentShades())
            .Any(c => Contrast.Worst(c.Color, behind) >= Contrast.Large);

    // The preferred scheme colour first, then the others in their order.
    private List<(string Key, Rgb Color)> Ordered(string preferred, IEnumerable<(string Name, Rgb Color)> others)
    {
        var candidates = new List<(string Key, Rgb Color)>();
        if (Palette.Scheme(preferred) is { } first)
            candidates.Add((preferred, first));
        candidates.AddRange(others.Where(c => c.Name != preferred));
        return candidates;
    }

    /// <summary>A theme colour for text that reaches its ratio on everything behind, or null when none does.</summary>
    public Rgb? TryText(IReadOnlyList<Rgb> behind, double sizePt, bool bold, string preferred)
    {
        var candidates = Palette.Candidates().OrderBy(c => c.Name != preferred).ToList();
        if (candidates.Count == 0)
            return null;
        var (key, passes) = Contrast.Pick(candidates, behind, Contrast.Needed(sizePt, bold));
        return passes ? candidates.First(c => c.Name == key).Color : null;
    }

    /// <summary>
    /// A backing fill for text whose background has no theme colour that reads on all of it (a band across the box,
    /// a gradient from dark to light): the theme colour, background first, on which the text colour reads best.
    /// </summary>
    public Rgb Backing(Rgb text) =>
        Palette.Candidates().Where(c => c.Name is "bg1" or "bg2" or "tx1" or "tx2").Select(c => c.Color).DefaultIfEmpty(White).MaxBy(c => c.Contrast(text));

    private Rgb Choose(IReadOnlyList<Rgb> behind, double needed, List<(string Key, Rgb Color)> candidates, Bilingual what, IReadOnlyList<Rgb> avoid)
    {
        var distinct = candidates.Where(c => avoid.All(a => a.TellsApart(c.Color))).ToList();
        if (distinct.Count == 0)
            distinct = candidates;
        if (distinct.Count > 0)
        {
            var (key, passes) = Contrast.Pick(distinct, behind, needed);
            if (passes)
                return distinct.First(c => c.Key == key).Color;
        }
        // No theme colour reaches the ratio: black or white, whichever reads better (and is unlike the marks to avoid), and say so.
        var plains = new[] { White, Black }.Where(c => avoid.All(a => a.TellsApart(c))).ToList();
        if (plains.Count == 0)
            plains = [White, Black];
        var plain = plains.MaxBy(c => Contrast.Worst(c, behind));
        warnings.Add(new Bilingual(
            $"模板的主题颜色在版式“{layout.Name}”的背景上都达不到 {needed:0.#}:1 的对比度，{what.Chinese}改用{(plain == White ? "白色" : "黑色")}。",
            $"no theme colour of the template reaches {needed:0.#}:1 on the background of layout \"{layout.Name}\"; the {what.English} uses {(plain == White ? "white" : "black")} instead."));
        return plain;
    }
}

/// <summary>What the renderer had to do differently from the template, once each, for the user to read.</summary>
internal sealed class RenderWarnings
{
    private readonly List<Bilingual> list = [];

    public IReadOnlyList<Bilingual> List => list;

    public void Add(Bilingual warning)
    {
        if (!list.Contains(warning))
            list.Add(warning);
    }
}
