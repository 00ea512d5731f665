namespace PreSales.DocGen.Language;

/// <summary>
/// The widths, in ems, a typeface sets the characters that the generic measure (<see cref="TextMeasure.LatinEms"/>)
/// gets most wrong: digits (0.5 there; tabular in these fonts, so one width each), the percent sign and arrows (0.5
/// there; 0.7–1 em in these fonts). Letters and spaces keep the generic classes, which are generous on average.
/// Figures read from the fonts' hmtx tables (Carlito = Calibri's metrics, Caladea = Cambria's); a typeface not known
/// here gets <see cref="Unknown"/>, the widest of them (LibreOffice falls back to DejaVu Sans: 0.636 em digits).
/// </summary>
/// <param name="Digit">Width of a digit.</param>
/// <param name="Percent">Width of %.</param>
/// <param name="Arrow">Width of an arrow (U+2190–U+21FF).</param>
public sealed record FontWidths(double Digit, double Percent, double Arrow)
{
    /// <summary>A typeface whose widths are not known: the widest known ones, so a line measured to fit does fit.</summary>
    public static FontWidths Unknown { get; } = new(0.64, 0.95, 1.0);

    private static readonly FontWidths Calibri = new(0.51, 0.72, 0.91);
    private static readonly FontWidths Cambria = new(0.52, 0.89, 0.79);
    private static readonly FontWidths DejaVu = new(0.64, 0.95, 0.84);
    private static readonly FontWidths NotoCjk = new(0.56, 0.93, 1.0);

    /// <summary>The widths of a typeface by its name (null or unknown: <see cref="Unknown"/>).</summary>
    public static FontWidths For(string? typeface) => typeface?.Trim() switch
    {
        "Calibri" or "Carlito" or "Calibri Light" => Calibri,
        "Cambria" or "Caladea" => Cambria,
        "DejaVu Sans" or "DejaVu Serif" => DejaVu,
        { } name when name.StartsWith("Noto Sans CJK", StringComparison.Ordinal) || name.StartsWith("Noto Serif CJK", StringComparison.Ordinal)
            || name.StartsWith("Source Han", StringComparison.Ordinal) || name is "思源黑体" or "思源宋体" => NotoCjk,
        _ => Unknown,
    };

    /// <summary>The wider of two typefaces' widths, for text set in either (digits in Chinese text: the Latin face in
    /// PowerPoint, the East Asian one in LibreOffice after a Chinese character).</summary>
    public FontWidths Wider(FontWidths other) =>
        new(Math.Max(Digit, other.Digit), Math.Max(Percent, other.Percent), Math.Max(Arrow, other.Arrow));

    /// <summary>The width of a character in ems in this typeface.</summary>
    public double Ems(char c) =>
        c is >= '0' and <= '9' ? Digit : c == '%' ? Percent : c is >= '\u2190' and <= '\u21FF' ? Arrow : TextMeasure.LatinEms(c);
}
