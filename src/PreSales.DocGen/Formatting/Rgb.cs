namespace PreSales.DocGen.Formatting;

/// <summary>A colour.</summary>
/// <param name="R">Red 0–255.</param>
/// <param name="G">Green 0–255.</param>
/// <param name="B">Blue 0–255.</param>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Parses RRGGBB; null when it is not six hex digits.</summary>
    public static Rgb? Parse(string? hex) =>
        hex is { Length: 6 } && int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var v)
            ? new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v)
            : null;

    /// <summary>WCAG relative luminance.</summary>
    public double Luminance => 0.2126 * Linears[R] + 0.7152 * Linears[G] + 0.0722 * Linears[B];

    /// <summary>WCAG contrast ratio with another colour (1–21).</summary>
    public double Contrast(Rgb other)
    {
        var (a, b) = (Luminance, other.Luminance);
        return Ratio(a, b);
    }

    /// <summary>WCAG contrast ratio of two relative luminances (1–21), for luminances worked out once.</summary>
    public static double Ratio(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);

    /// <summary>RRGGBB, as DrawingML's srgbClr writes it.</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";

    /// <summary>This colour moved towards another by a share (0 = this, 1 = the other).</summary>
    public Rgb Mix(Rgb other, double share) => new(
        (byte)Math.Round(R + (other.R - R) * share), (byte)Math.Round(G + (other.G - G) * share), (byte)Math.Round(B + (other.B - B) * share));

    /// <summary>Euclidean distance in RGB (0–441): how different two colours look side by side, roughly.</summary>
    public double Distance(Rgb other) => Math.Sqrt(Math.Pow(R - other.R, 2) + Math.Pow(G - other.G, 2) + Math.Pow(B - other.B, 2));

    /// <summary>
    /// Whether a person tells this colour apart from another at a glance: a clear difference in colour (RGB distance
    /// 110) or in lightness (1.6:1). Chart series from each other, a drawing's line from its ground.
    /// </summary>
    public bool TellsApart(Rgb other) => Distance(other) >= 110 || Contrast(other) >= 1.6;

    /// <inheritdoc />
    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";

    // Each channel's linear value, worked out once: the review compares text with every cell under its letters.
    private static readonly double[] Linears = Enumerable.Range(0, 256).Select(c => Linear((byte)c)).ToArray();

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
