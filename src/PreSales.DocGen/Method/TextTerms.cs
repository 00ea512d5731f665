using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>
/// How two deal texts are said to speak of the same thing: the terms they share (CJK bigrams, Latin words of four
/// letters or more). One measure for placing prepared answers beside slides, pairing strengths with evidence and the review.
/// </summary>
/// <remarks>
/// A plan compares the same deal texts with each other thousands of times (every question against every FAB row, case
/// and slide), so a text's terms are kept as a sorted array of 64-bit keys, found once per text and thread, and two
/// texts are compared by merging their arrays: no strings, no sets.
/// </remarks>
public static partial class TextTerms
{
    // Keyed by the text's content, not its instance: a deal read afresh for each request has new strings of the same texts.
    [ThreadStatic]
    private static Dictionary<string, ulong[]>? known;
    private const int KnownLimit = 8192;

    // The common words' keys of each list of common words passed to the overload that leaves them out.
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, ulong[]> IgnoredKeys = new();

    /// <summary>How many terms two texts share.</summary>
    public static int Overlap(string a, string b) => Shared(Keys(a), Keys(b), []);

    /// <summary>How many terms two texts share, leaving out the terms of <paramref name="ignored"/> (common words).</summary>
    public static int Overlap(string a, string b, IReadOnlySet<string> ignored)
    {
        ArgumentNullException.ThrowIfNull(ignored);
        return Shared(Keys(a), Keys(b), IgnoredKeys.GetValue(ignored, set => [.. set.SelectMany(w => Find(w)).Distinct().Order()]));
    }

    /// <summary>The terms of a text: CJK bigrams and Latin words of four letters or more.</summary>
    public static IEnumerable<string> Of(string text)
    {
        var run = new List<char>();
        foreach (var c in text + " ")
        {
            if (TextMeasure.IsCjk(c))
            {
                run.Add(c);
                continue;
            }
            for (var i = 0; i + 1 < run.Count; i++)
                yield return new string([run[i], run[i + 1]]);
            run.Clear();
        }
        foreach (var w in Word().Matches(text).Select(m => m.Value).Where(w => w.Length >= 4))
            yield return w;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]+")]
    private static partial Regex Word();

    // How many keys two sorted arrays have in common, leaving out the ignored ones (sorted too).
    private static int Shared(ulong[] a, ulong[] b, ulong[] ignored)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
                i++;
            else if (a[i] > b[j])
                j++;
            else
            {
                if (ignored.Length == 0 || Array.BinarySearch(ignored, a[i]) < 0)
                    shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    private static ulong[] Keys(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var memo = known ??= new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        if (memo.TryGetValue(text, out var keys))
            return keys;
        if (memo.Count >= KnownLimit)
            memo.Clear();
        return memo[text] = Find(text);
    }

    // The distinct keys of a text's terms, sorted: the same terms as Of, case ignored.
    private static ulong[] Find(string text)
    {
        var found = new List<ulong>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (TextMeasure.IsCjk(c))
            {
                if (i + 1 < text.Length && TextMeasure.IsCjk(text[i + 1]))
                    found.Add(Cjk | (ulong)c << 16 | text[i + 1]);
                i++;
            }
            else if (char.IsAsciiLetter(c))
            {
                var end = i + 1;
                while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                    end++;
                if (end - i >= 4)
                    found.Add(LatinKey(text.AsSpan(i, end - i)));
                i = end;
            }
            else
                i++;
        }
        found.Sort();
        var distinct = 0;
        for (var k = 0; k < found.Count; k++)
        {
            if (distinct == 0 || found[k] != found[distinct - 1])
                found[distinct++] = found[k];
        }
        return [.. found.Take(distinct)];
    }

    private const ulong Cjk = 1UL << 63;
    private const ulong Hashed = 1UL << 62;

    // A word of up to eleven letters and digits is its own base-37 number (exact, below 2^62); a longer one is hashed
    // (FNV-1a) into the range above, where a collision is as likely as one in 2^62.
    private static ulong LatinKey(ReadOnlySpan<char> word)
    {
        if (word.Length <= 11)
        {
            ulong n = 0;
            foreach (var c in word)
                n = n * 37 + (ulong)(char.IsAsciiDigit(c) ? c - '0' + 27 : (c | 0x20) - 'a' + 1);
            return n;
        }
        var hash = 14695981039346656037UL;
        foreach (var c in word)
            hash = (hash ^ (char.IsAsciiLetter(c) ? (ulong)(c | 0x20) : c)) * 1099511628211UL;
        return Hashed | hash >> 2;
    }
}
