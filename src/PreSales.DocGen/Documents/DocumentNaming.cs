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
                $"命名规则中有未知的占位符 {string.Join(", ", unknown.Select(u => "{" + u + "}"))}；可用：{string.Join(" ", Placeholders.Select(p => "{" + p + "}"))}",
                $"the naming convention has unknown placeholder(s) {string.Join(", ", unknown.Select(u => "{" + u + "}"))}; known: {string.Join(" ", Placeholders.Select(p => "{" + p + "}"))}"));
        var name = Placeholder().Replace(pattern, m => m.Groups[1].Value switch
        {
            "customer" => WithoutArticle(parts.Customer),
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
    /// control characters, no trailing dots or spaces, no reserved device names, at most 200 UTF-8 bytes.
    /// </summary>
    public static string Sanitise(string name)
    {
        var builder = new StringBuilder(name.Length);
        // Rune by rune: a rare CJK character or emoji outside the BMP (𠮷) is a valid file name character; a lone
        // surrogate half (invalid text) comes as U+FFFD and is replaced.
        foreach (var rune in name.ReplaceLineEndings(" ").EnumerateRunes())
        {
            var value = rune.Value;
            if (value < 0x20 || value == 0x7F || value is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*' || rune == Rune.ReplacementChar)
                builder.Append('_');
            else if (Rune.IsWhiteSpace(rune))
                builder.Append(' ');
            else
                builder.Append(rune.ToString());
        }
        var clean = Limit(Spaces().Replace(builder.ToString().Normalize(NormalizationForm.FormC), " ").Trim().TrimEnd('.', ' '));
        if (clean.Length == 0)
            return "document";
        var stem = clean.Split('.')[0].ToUpperInvariant();
        if (stem is "CON" or "PRN" or "AUX" or "NUL" || stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && char.IsDigit(stem[3]))
            clean = "_" + clean;
        return clean;
    }

    // File systems limit a name to 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS); a Chinese character is three
    // UTF-8 bytes, so the cap is in bytes. The middle goes, so the end (document and version) still tells versions
    // apart; the cut is between text elements, so no character or emoji sequence is split.
    private static string Limit(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxNameBytes)
            return name;
        var elements = new List<string>();
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(name);
        while (enumerator.MoveNext())
            elements.Add(enumerator.GetTextElement());
        var tail = Enumerable.Reverse(Take(Enumerable.Reverse(elements), TailBytes));
        var head = Take(elements, MaxNameBytes - TailBytes - Encoding.UTF8.GetByteCount(Ellipsis));
        return string.Concat(head).TrimEnd('.', ' ') + Ellipsis + string.Concat(tail).TrimStart();
    }

    private static List<string> Take(IEnumerable<string> elements, int maxBytes)
    {
        var taken = new List<string>();
        var bytes = 0;
        foreach (var element in elements)
        {
            bytes += Encoding.UTF8.GetByteCount(element);
            if (bytes > maxBytes)
                break;
            taken.Add(element);
        }
        return taken;
    }

    // 255 bytes less ".docx" and a margin; the last 60 bytes keep e.g. "-20261022-交流总结-v12".
    private const int MaxNameBytes = 200;
    private const int TailBytes = 60;
    private const string Ellipsis = "…";

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // "the Revenue Office" reads well in a sentence; a file or document number starts with the name itself.
    private static string WithoutArticle(string customer) =>
        customer.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && customer.Length > 4 ? customer[4..] : customer;
}
