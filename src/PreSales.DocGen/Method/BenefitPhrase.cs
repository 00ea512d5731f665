namespace PreSales.DocGen.Method;

/// <summary>
/// A FAB benefit ("Cuts the workload … and reduces …", METHOD §5) turned into a phrase that fits after "could", "to"
/// or "will": the benefit verbs in their base form ("cut the workload … and reduce …"). Benefits are written as
/// sentences about the solution, so their verbs carry the third-person -s; a sentence built on them must drop it.
/// </summary>
public static class BenefitPhrase
{
    // The benefit verbs of the four kinds and their usual neighbours, base forms.
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "raise", "increase", "improve", "boost", "speed", "accelerate", "grow", "lift", "strengthen", "enhance",
        "cut", "reduce", "lower", "decrease", "shorten", "save", "lessen", "remove", "eliminate", "avoid", "prevent",
        "achieve", "meet", "satisfy", "ensure", "secure", "fulfil", "fulfill", "reach", "pass", "comply", "guarantee",
        "keep", "maintain", "preserve", "sustain", "protect", "retain", "help", "make", "give", "let", "bring", "turn",
    };

    /// <summary>The benefit as a verb phrase in the base form, starting lower-case: "cut the cost and reduce the risk".</summary>
    /// <param name="benefit">The benefit as the deal states it (English); Chinese text is returned unchanged.</param>
    public static string AsVerbPhrase(string benefit)
    {
        var text = benefit.Trim().TrimEnd('.', '。');
        if (text.Length == 0 || text.Any(c => c > 0x2E80))
            return text;
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            // The first word, and a verb right after "and" / "or" or a comma: "raises X and increases Y", "cuts X, reduces Y".
            var joins = i == 0 || words[i - 1] is "and" or "or" || words[i - 1].EndsWith(',');
            if (joins && BaseForm(words[i]) is { } verb)
                words[i] = i == 0 ? verb.ToLowerInvariant() : verb;
            else if (i == 0 && words[0].Length > 1 && char.IsUpper(words[0][0]) && !char.IsUpper(words[0][1]))
                words[0] = char.ToLowerInvariant(words[0][0]) + words[0][1..];
        }
        return string.Join(' ', words);
    }

    /// <summary>The base form of a third-person verb of benefit ("Cuts" → "Cut", "satisfies" → "satisfy"), or null when the word is none.</summary>
    public static string? BaseForm(string word)
    {
        if (Verbs.Contains(word))
            return word;
        string? Candidate(string stem) => Verbs.Contains(stem) ? stem : null;
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && Candidate(word[..^3] + "y") is { } y)
            return y;
        if (word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && Candidate(word[..^2]) is { } es)
            return es;
        if (word.EndsWith('s') && Candidate(word[..^1]) is { } s)
            return s;
        return null;
    }

    /// <summary>Whether a word is a benefit verb with the third-person -s ("Cuts", "maintains"), which must not follow a modal.</summary>
    public static bool IsThirdPerson(string word) =>
        word.Length > 2 && word.EndsWith('s') && !Verbs.Contains(word) && BaseForm(word) is not null;
}
