using System.Text.RegularExpressions;
using System.Text;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents;

/// <summary>The values a naming convention can use.</summary>
/// <param name="Customer">The customer's short name (or full name).</param>
/// <param name="Deal">The deal's id.</param>
/// <param name="Stage">The deal's (or exchange's) stage label.</param>
/// <param name="Date">The document's date.</param>
/// <param name="Document">The document's name, e.g. 交流总结.</param>
/// <param name="Version">The version number.</param>
/// <param name="Exchange">The exchange's 1-based number, for minutes.</param>
public sealed record NameParts(string Customer, string Deal, string Stage, DateOnly Date, string Document, int Version, int? Exchange);

/// <summary>
/// The company's document naming convention (METHOD §6: summaries are named by it), e.g.
/// <c>{customer}-{stage}-{date}-{document}-v{n}</c>. The result is both the document number printed in the header
/// and the file name, so it is sanitised for every file system.
/// </summary>
public static partial class DocumentNaming
{
    /// <summary>The default convention.</summary>
    public const string DefaultPattern = "{customer}-{stage}-{date}-{document}-v{n}";

    /// <summary>The placeholders a pattern may use.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["customer", "deal", "stage", "date", "document", "n", "exchange"];

    /// <summary>Applies the pattern and sanitises the result.</summary>
    /// <exception cref="DocumentInputException">The pattern uses an unknown placeholder.</exception>
    public static string Format(string pattern, NameParts parts, Vocabulary v)
    {
        var unknown = Placeholder().Matches(pattern).Select(m => m.Groups[1].Value).Where(p => !Placeholders.Contains(p)).Distinct().ToList();
        if (unknown.Count > 0)
            throw new DocumentInputException(v.Pick(
                $"命名规则中有未知的占位符 {string.Join(", ", unknown.Select(u => "{" + u + "}"))};可用:{string.Join(" ", Placeholders.Select(p => "{" + p + "}"))}",
                $"the naming convention has unknown placeholder(s) {string.Join(", ", unknown.Select(u => "{" + u + "}"))}; known: {string.Join(" ", Placeholders.Select(p => "{" + p + "}"))}"));
        var name = Placeholder().Replace(pattern, m => m.Groups[1].Value switch
        {
            "customer" => parts.Customer,
            "deal" => parts.Deal,
            "stage" => parts.Stage,
            "date" => parts.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            "document" => parts.Document,
            "n" => parts.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "exchange" => parts.Exchange?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            _ => m.Value,
        });
        return Sanitise(name);
    }

    /// <summary>
    /// Makes a text safe as a file name on Windows, macOS and Linux: no path separators, reserved characters or
    /// control characters, no trailing dots or spaces, no reserved device names, at most 120 characters.
    /// </summary>
    public static string Sanitise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x20 || c is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*' || char.IsSurrogate(c))
                builder.Append('_');
            else
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        var clean = Spaces().Replace(builder.ToString(), " ").Trim().TrimEnd('.', ' ');
        if (clean.Length > 120)
            clean = clean[..120].TrimEnd('.', ' ');
        if (clean.Length == 0)
            return "document";
        var stem = clean.Split('.')[0].ToUpperInvariant();
        if (stem is "CON" or "PRN" or "AUX" or "NUL" || stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && char.IsDigit(stem[3]))
            clean = "_" + clean;
        return clean;
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
