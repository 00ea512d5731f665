using System.Text;

namespace PreSales.AddinHost.KnowledgeBase;

/// <summary>
/// A short passage of a document around the first hit of a query, for the result list: hits inside
/// <c>&lt;mark&gt;…&lt;/mark&gt;</c>, everything else HTML-escaped (a document containing &lt;script&gt; shows it as text).
/// Hits are found as the index finds them: a CJK part as a substring of the folded text, a Latin part by its stem.
/// </summary>
public static class Snippet
{
    private const int Before = 30;
    private const int Length = 160;

    /// <summary>The snippet of <paramref name="text"/> for the query's parts (the text's opening when there are none).</summary>
    public static string Of(string text, IReadOnlyList<SearchTerms.Part> parts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        var hits = Hits(text, parts);
        var start = hits.Count == 0 ? 0 : Math.Max(0, hits[0].Start - Before);
        start = LineStartNear(text, start, hits.Count == 0 ? 0 : hits[0].Start);
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            end--;
        var html = new StringBuilder();
        if (start > 0)
            html.Append('…');
        var at = start;
        foreach (var (hitStart, hitEnd) in hits)
        {
            if (hitEnd <= at || hitStart >= end)
                continue;
            var from = Math.Max(hitStart, at);
            var to = Math.Min(hitEnd, end);
            html.Append(Escape(text[at..from])).Append("<mark>").Append(Escape(text[from..to])).Append("</mark>");
            at = to;
        }
        html.Append(Escape(text[at..end]));
        if (end < text.Length)
            html.Append('…');
        return html.ToString();
    }

    /// <summary>Where the query's parts occur in the text (start, end), in order, overlaps merged.</summary>
    public static List<(int Start, int End)> Hits(string text, IReadOnlyList<SearchTerms.Part> parts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        var (folded, origin) = Folded(text);
        var spans = new List<(int Start, int End)>();
        foreach (var part in parts.Where(p => p.IsCjk))
        {
            for (var i = folded.IndexOf(part.Original, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(part.Original, i + 1, StringComparison.Ordinal))
                spans.Add((origin[i], origin[i + part.Original.Length - 1] + RuneLength(text, origin[i + part.Original.Length - 1])));
        }
        var stems = parts.Where(p => !p.IsCjk).Select(p => p.Original).ToHashSet(StringComparer.Ordinal);
        if (stems.Count > 0)
        {
            // Latin words: maximal runs of folded letters and digits that are not CJK.
            var i = 0;
            while (i < folded.Length)
            {
                if (folded[i] == ' ' || SearchTerms.IsCjk(Rune.GetRuneAt(folded, i)))
                {
                    i += char.IsHighSurrogate(folded[i]) ? 2 : 1;
                    continue;
                }
                var j = i;
                while (j < folded.Length && folded[j] != ' ' && !SearchTerms.IsCjk(Rune.GetRuneAt(folded, j)))
                    j += char.IsHighSurrogate(folded[j]) ? 2 : 1;
                if (stems.Contains(SearchTerms.Stem(folded[i..j])))
                    spans.Add((origin[i], origin[j - 1] + RuneLength(text, origin[j - 1])));
                i = j;
            }
        }
        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else
                merged.Add(span);
        }
        return merged;
    }

    // The text folded as the index folds it, a space for every separator, and for each folded char its origin. Through
    // the index's own fold with its fast paths (ASCII, common ideographs): per character through ICU's NFKC and
    // lowercase, this was half of a search request's processor time (every hit's whole text is folded).
    private static (string Folded, List<int> Origin) Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var before = folded.Length;
            SearchTerms.FoldInto(rune, folded);
            if (folded.Length == before)
                folded.Append(' ');
            for (var i = before; i < folded.Length; i++)
                origin.Add(at);
            at += rune.Utf16SequenceLength;
        }
        return (folded.ToString(), origin);
    }

    private static int RuneLength(string text, int at) => char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1;

    // Start at the hit's line when it begins shortly before, so the snippet does not open mid-word needlessly.
    private static int LineStartNear(string text, int start, int hit)
    {
        var newline = text.LastIndexOf('\n', Math.Max(0, hit - 1));
        if (newline >= start - 1 && newline < hit)
            return newline + 1;
        return start > 0 && char.IsLowSurrogate(text[start]) ? start - 1 : start;
    }

    // Only what HTML needs escaped; Chinese stays as it is (WebUtility would turn 𠮷 into a numeric entity).
    private static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' or '\r' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }
}
