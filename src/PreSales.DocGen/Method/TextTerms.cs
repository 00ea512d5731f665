using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>
/// How two deal texts are said to speak of the same thing: the terms they share (CJK bigrams, Latin words of four
/// letters or more). One measure for placing prepared answers beside slides, pairing strengths with evidence and the review.
/// </summary>
public static partial class TextTerms
{
    // A plan compares the same deal texts with each other many times (every question against every FAB row, case and
    // slide): each text's terms are found once and kept for as long as the text itself lives.
    private static readonly ConditionalWeakTable<string, HashSet<string>> Known = new();

    /// <summary>How many terms two texts share.</summary>
    public static int Overlap(string a, string b)
    {
        var (small, large) = (TermSet(a), TermSet(b));
        if (small.Count > large.Count)
            (small, large) = (large, small);
        var shared = 0;
        foreach (var term in small)
            if (large.Contains(term))
                shared++;
        return shared;
    }

    /// <summary>How many terms two texts share, leaving out the terms of <paramref name="ignored"/> (common words).</summary>
    public static int Overlap(string a, string b, IReadOnlySet<string> ignored)
    {
        ArgumentNullException.ThrowIfNull(ignored);
        var other = TermSet(b);
        return TermSet(a).Count(t => !ignored.Contains(t) && other.Contains(t));
    }

    /// <summary>The distinct terms of a text (case ignored), found once per text.</summary>
    public static IReadOnlySet<string> TermSet(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Known.GetValue(text, t => Of(t).ToHashSet(StringComparer.OrdinalIgnoreCase));
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
}
