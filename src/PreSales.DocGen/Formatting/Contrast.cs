namespace PreSales.DocGen.Formatting;

/// <summary>
/// WCAG 2 contrast (1.4.3 for text, 1.4.11 for graphics): 4.5:1 for body text, 3:1 for large text (≥ 18 pt, or
/// ≥ 14 pt bold) and for chart marks and diagram shapes. One place for the thresholds the renderer meets and the
/// review checks.
/// </summary>
public static class Contrast
{
    /// <summary>Body text: 4.5:1.</summary>
    public const double Body = 4.5;

    /// <summary>Large text and graphical marks: 3:1.</summary>
    public const double Large = 3;

    /// <summary>Whether text of this size counts as large.</summary>
    public static bool IsLarge(double sizePt, bool bold) => sizePt >= 18 || (bold && sizePt >= 14);

    /// <summary>The ratio text of this size needs.</summary>
    public static double Needed(double sizePt, bool bold) => IsLarge(sizePt, bold) ? Large : Body;

    /// <summary>The worst ratio of a colour against every colour behind it; +∞ when nothing is known.</summary>
    public static double Worst(Rgb color, IEnumerable<Rgb> behind) =>
        behind.Select(color.Contrast).DefaultIfEmpty(double.PositiveInfinity).Min();

    /// <summary>
    /// The first candidate that reaches the ratio against everything behind; when none does, the best one and false.
    /// </summary>
    public static (T Choice, bool Passes) Pick<T>(IReadOnlyList<(T Key, Rgb Color)> candidates, IReadOnlyList<Rgb> behind, double needed)
    {
        if (candidates.Count == 0)
            throw new ArgumentException("no candidate colours", nameof(candidates));
        foreach (var (key, color) in candidates)
        {
            if (Worst(color, behind) >= needed)
                return (key, true);
        }
        return (candidates.MaxBy(c => Worst(c.Color, behind)).Key, false);
    }
}
