using System.Globalization;
using System.Text;

namespace PreSales.AddinHost.KnowledgeBase;

/// <summary>
/// How text becomes search terms, the same for documents and queries and for both databases. Chinese has no spaces
/// and most words are two characters, which trigram indexes cannot find; so a run of CJK characters is indexed as its
/// overlapping character pairs (割接方案 → 割接 接方 方案) in <c>Words</c>, beside Latin words (lowercased, full-width
/// folded by NFKC, plural -s dropped), and as single characters in <c>Chars</c>. A query's CJK run of two or more
/// characters is the phrase of its pairs (so 3- and 4-character words must be contiguous), one character is looked up
/// in <c>Chars</c>, a Latin word is its stem; the parts of a query must all be found.
/// </summary>
public static class SearchTerms
{
    /// <summary>The most text indexed per document (PostgreSQL's tsvector holds at most 1 MB).</summary>
    public const int MaxIndexedCharacters = 200_000;

    /// <summary>A document's terms: word terms (pairs and Latin stems, in text order) and single CJK characters.</summary>
    public sealed record Indexed(string Words, string Chars);

    /// <summary>One part of a query: a phrase of word terms (contiguous), or a single CJK character.</summary>
    /// <param name="Terms">The word terms in order (one for a Latin word, the pairs for a CJK run).</param>
    /// <param name="Character">For a one-character CJK part, that character; the terms are then empty.</param>
    /// <param name="Original">The part as folded, for highlighting (a CJK run, or a Latin stem).</param>
    /// <param name="IsCjk">Whether it is a CJK run (highlighted as a substring) or a Latin word (matched by stem).</param>
    public sealed record Part(IReadOnlyList<string> Terms, string? Character, string Original, bool IsCjk);

    /// <summary>The terms of a document's text.</summary>
    public static Indexed Index(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new StringBuilder(text.Length * 2);
        var chars = new StringBuilder(text.Length * 2);
        var starts = new List<int>();
        foreach (var (run, cjk) in Runs(text.Length > MaxIndexedCharacters ? text[..MaxIndexedCharacters] : text))
        {
            if (!cjk)
            {
                Append(words, Stem(Capped(run)));
                continue;
            }
            // Each character and each pair of neighbours, as spans of the run (a character may be a surrogate pair).
            starts.Clear();
            for (var i = 0; i < run.Length; i += char.IsHighSurrogate(run[i]) && i + 1 < run.Length ? 2 : 1)
                starts.Add(i);
            starts.Add(run.Length);
            var count = starts.Count - 1;
            for (var i = 0; i < count; i++)
                Append(chars, run.AsSpan(starts[i], starts[i + 1] - starts[i]));
            for (var i = 0; i + 1 < count; i++)
                Append(words, run.AsSpan(starts[i], starts[i + 2] - starts[i]));
            if (count == 1)
                Append(words, run);
        }
        return new Indexed(words.ToString(), chars.ToString());
    }

    /// <summary>The parts of a query (empty when it has no letter, digit or CJK character).</summary>
    public static IReadOnlyList<Part> Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<Part>();
        foreach (var (run, cjk) in Runs(query))
        {
            if (!cjk)
            {
                var stem = Stem(Capped(run));
                parts.Add(new Part([stem], null, stem, false));
                continue;
            }
            var characters = Characters(run);
            parts.Add(characters.Count == 1
                ? new Part([], characters[0], run, true)
                : new Part([.. Enumerable.Range(0, characters.Count - 1).Select(i => characters[i] + characters[i + 1])], null, run, true));
        }
        return parts.DistinctBy(p => (string.Join(' ', p.Terms), p.Character)).ToList();
    }

    /// <summary>A Latin word's stem: lowercase, a plural's -s / -es / -ies dropped (proposals → proposal, policies → policy).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !word.All(char.IsAsciiLetterLower))
            return word;
        if (word.EndsWith("ies", StringComparison.Ordinal))
            return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("zes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
            return word[..^2];
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
            return word;
        return word.EndsWith('s') ? word[..^1] : word;
    }

    /// <summary>Whether a character belongs to a CJK run: Han ideographs (all planes), kana, Hangul, bopomofo.</summary>
    public static bool IsCjk(Rune rune)
    {
        var v = rune.Value;
        return v is (>= 0x2E80 and <= 0x2FDF) or (>= 0x3005 and <= 0x3007) or (>= 0x3040 and <= 0x31FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);
    }

    /// <summary>
    /// One character folded for search: NFKC (full-width Ａ１ → A1), lowercase, letters and digits only (both FTS5's
    /// unicode61 and PostgreSQL's parser split words on anything else); empty for a separator.
    /// </summary>
    public static string Fold(Rune rune)
    {
        if (!Rune.IsLetterOrDigit(rune))
            return "";
        var text = rune.ToString();
        if (!text.IsNormalized(NormalizationForm.FormKC))
            text = new string(text.Normalize(NormalizationForm.FormKC).Where(char.IsLetterOrDigit).ToArray());
        return text.ToLowerInvariant();
    }

    // Maximal runs of CJK characters, or of other letters and digits, folded.
    private static IEnumerable<(string Run, bool Cjk)> Runs(string text)
    {
        var run = new StringBuilder();
        var cjk = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var isCjk = IsCjk(rune);
            var at = run.Length;
            FoldInto(rune, run);
            if (run.Length == at)
            {
                if (run.Length > 0)
                    yield return (run.ToString(), cjk);
                run.Clear();
                continue;
            }
            if (at > 0 && isCjk != cjk)
            {
                var folded = run.ToString(at, run.Length - at);
                run.Length = at;
                yield return (run.ToString(), cjk);
                run.Clear().Append(folded);
            }
            cjk = isCjk;
        }
        if (run.Length > 0)
            yield return (run.ToString(), cjk);
    }

    // Fold, written into the run without a string per character for the two kinds nearly all text is made of: ASCII,
    // and the unified ideographs (no case, NFKC leaves them as they are).
    internal static void FoldInto(Rune rune, StringBuilder run)
    {
        var v = rune.Value;
        if (v < 0x80)
        {
            if (char.IsAsciiLetterOrDigit((char)v))
                run.Append(char.ToLowerInvariant((char)v));
            return;
        }
        if (v is >= 0x4E00 and <= 0x9FFF)
        {
            run.Append((char)v);
            return;
        }
        run.Append(Fold(rune));
    }

    // PostgreSQL skips words over 2,047 bytes; no real word is longer than this.
    private static string Capped(string word) => word.Length > MaxWord ? word[..MaxWord] : word;

    private const int MaxWord = 100;

    private static void Append(StringBuilder into, ReadOnlySpan<char> term)
    {
        if (into.Length > 0)
            into.Append(' ');
        into.Append(term);
    }

    private static List<string> Characters(string run)
    {
        var characters = new List<string>(run.Length);
        foreach (var rune in run.EnumerateRunes())
            characters.Add(rune.ToString());
        return characters;
    }

    private static void Append(StringBuilder into, string term)
    {
        if (into.Length > 0)
            into.Append(' ');
        into.Append(term);
    }
}
