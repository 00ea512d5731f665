namespace PreSales.DocGen.Language;

/// <summary>
/// How much text there is, counted the way a reader reads it (the one text measure of the product: decks, reviews): Chinese (and other CJK) characters one by one,
/// other scripts by words. Mixed text counts both.
/// </summary>
/// <param name="CjkCharacters">Chinese, Japanese or Korean characters.</param>
/// <param name="Words">Words in other scripts (runs of letters or digits).</param>
public readonly record struct TextMeasure(int CjkCharacters, int Words)
{
    /// <summary>Speaking rate for Chinese, characters a minute.</summary>
    public const double CjkPerMinute = 200;

    /// <summary>Speaking rate for English, words a minute.</summary>
    public const double WordsPerMinute = 140;

    /// <summary>Measures a text.</summary>
    public static TextMeasure Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return default;
        int cjk = 0, words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // Rare ideographs (U+20000–U+3FFFF, e.g. 𠮷) are surrogate pairs: count the pair once, by its high half.
            if (IsCjk(c) || c is >= '\uD840' and <= '\uD8BF')
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                    words++;
                inWord = true;
            }
            else if (c is not ('\'' or '’' or '-' or '.' or ',') || !inWord)
            {
                inWord = false;
            }
        }
        return new TextMeasure(cjk, words);
    }

    /// <summary>Whether a character is CJK (ideographs, kana, hangul).</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
          or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>
    /// Whether a character is set one em wide: CJK ideographs, kana, Hangul, full-width forms, and the high half of a
    /// rare ideograph's surrogate pair (its low half then counts as nothing, see <see cref="LatinEms"/>).
    /// </summary>
    public static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u11FF') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6') or (>= '\uD840' and <= '\uD8BF');

    /// <summary>
    /// The width of a character in ems, as decks are fitted: wide characters 1, capitals and m/w 0.65, others 0.5 — a
    /// little generous for proportional Latin fonts, so fitted text does not overflow when the real font is wider.
    /// </summary>
    public static double LatinEms(char c) => IsWide(c) ? 1.0 : char.IsLowSurrogate(c) ? 0 : char.IsUpper(c) || c is 'm' or 'w' ? 0.65 : 0.5;

    /// <summary>Whether the text is mostly Chinese.</summary>
    public bool MostlyCjk => CjkCharacters > Words * 2;

    /// <summary>A single size that weighs both: CJK characters plus words × 1.43 (140 words ≈ 200 characters of speech).</summary>
    public double Weight => CjkCharacters + Words * (CjkPerMinute / WordsPerMinute);

    /// <summary>Estimated minutes to say this text aloud.</summary>
    public double SpeakingMinutes => CjkCharacters / CjkPerMinute + Words / WordsPerMinute;

    /// <summary>Adds two measures.</summary>
    public static TextMeasure operator +(TextMeasure a, TextMeasure b) => new(a.CjkCharacters + b.CjkCharacters, a.Words + b.Words);
}
