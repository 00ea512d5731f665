using System.Text.RegularExpressions;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>
/// How two deal texts are said to speak of the same thing: the terms they share (CJK bigrams, Latin words of four
/// letters or more). One measure for placing prepared answers beside slides, pairing strengths with evidence and the review.
/// </summary>
public static partial class TextTerms
{
    /// <summary>How many terms two texts share.</summary>
    public static int Overlap(string a, string b)
    {
        var terms = Of(a).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Of(b).Distinct(StringComparer.OrdinalIgnoreCase).Count(terms.Contains);
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
