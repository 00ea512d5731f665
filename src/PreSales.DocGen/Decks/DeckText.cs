using System.Globalization;
using System.Text.RegularExpressions;
using PreSales.DocGen.Language;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Decks;

/// <summary>
/// Text rules for slides: characters XML cannot hold, width in ems (a Chinese character is about one em,
/// a Latin letter about half), speaking time, and shortening by rules instead of silent overflow.
/// </summary>
public static partial class DeckText
{
    /// <summary>Removes characters XML 1.0 cannot hold (<see cref="XmlChars.Clean"/>).</summary>
    public static string Clean(string? text) => XmlChars.Clean(text);

    /// <summary>Whether a character is set one em wide (<see cref="TextMeasure.IsWide"/>).</summary>
    public static bool IsWide(char c) => TextMeasure.IsWide(c);

    /// <summary>The width of a text in ems.</summary>
    public static double Ems(string text) => Ems(text, null);

    /// <summary>The width of a text in ems in a typeface (<see cref="FontWidths"/>; null: the generic measure).</summary>
    public static double Ems(string text, FontWidths? font)
    {
        double ems = 0;
        for (var i = 0; i < text.Length; i++)
            ems += At(text, i, font);
        return ems;
    }

    // The width a character adds at its place in a text: its own, and the gap before it (Gap).
    private static double At(string text, int i, FontWidths? font) =>
        (font?.Ems(text[i]) ?? TextMeasure.LatinEms(text[i])) + (i > 0 ? Gap(text[i - 1], text[i]) : 0);

    /// <summary>
    /// The space a viewer sets between a Chinese character (or full-width mark) and a Latin letter or digit beside it:
    /// LibreOffice spaces them apart by about a quarter em ("是A公司" is set "是 A 公司", "做法：A" "做法： A"; Forestbird's
    /// 29 pt title lost a line to it), PowerPoint does not. Counted, so what fits in one fits in both.
    /// </summary>
    public static double Gap(char before, char after) =>
        (TextMeasure.IsWide(before) && char.IsAsciiLetterOrDigit(after)) || (char.IsAsciiLetterOrDigit(before) && TextMeasure.IsWide(after)) ? AsianGap : 0;

    /// <summary>The space between Chinese and Latin text as LibreOffice sets it, in ems (7 pt at 29 pt).</summary>
    public const double AsianGap = 0.25;

    /// <summary>The width in ems of a text's longest word: a run without spaces or wide characters (a line can break at either).</summary>
    public static double LongestWordEms(string text)
    {
        double longest = 0, word = 0;
        foreach (var c in text)
        {
            word = char.IsWhiteSpace(c) || IsWide(c) || c == '-' ? 0 : word + TextMeasure.LatinEms(c);
            longest = Math.Max(longest, word);
        }
        return longest;
    }

    /// <summary>How many lines a text takes in a box of the given width at a font size (points).</summary>
    public static int Lines(string text, double boxWidthPt, double fontPt)
    {
        var perLine = Math.Max(1, boxWidthPt / fontPt);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
            lines += Math.Max(1, (int)Math.Ceiling(Ems(paragraph) / perLine));
        return lines;
    }

    /// <summary>
    /// How many lines a text takes in a box when it wraps as a viewer wraps it: Latin words kept whole (a word longer
    /// than the line broken), Chinese characters one at a time; the room lost at line ends is counted, which
    /// <see cref="Lines"/> leaves out. For table cells, whose narrow columns lose much of it.
    /// </summary>
    public static int WrappedLines(string text, double boxWidthPt, double fontPt, FontWidths? font = null) => Wrap(text, boxWidthPt, fontPt, font: font).Count;

    /// <summary>
    /// The lines a text wraps into in a box, as <see cref="WrappedLines"/> counts them: each with its text (spaces at
    /// its end kept) and whether it ends inside a Latin word too long for the line. With <paramref name="hang"/>, a
    /// closing punctuation mark that would start a line (a full-width one, or a Latin one after a Chinese character)
    /// stays at the end of the line before, as viewers set Chinese (LibreOffice hangs it in the margin). With
    /// <paramref name="font"/>, digits, % and arrows take that typeface's widths (null: the generic measure's).
    /// </summary>
    public static IReadOnlyList<(string Text, bool Broken)> Wrap(string text, double boxWidthPt, double fontPt, bool hang = false, FontWidths? font = null)
    {
        var perLine = Math.Max(1, boxWidthPt / fontPt);
        var lines = new List<(string Text, bool Broken)>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            double used = 0;
            var i = 0;
            while (i < paragraph.Length)
            {
                // One token: a wide character, or a run of Latin up to and including its spaces.
                var end = i + 1;
                if (!TextMeasure.IsWide(paragraph[i]))
                {
                    while (end < paragraph.Length && paragraph[end] != ' ' && !TextMeasure.IsWide(paragraph[end]))
                        end++;
                }
                var letters = paragraph[i..end];
                var word = Ems(letters, font) + (i > 0 ? Gap(paragraph[i - 1], paragraph[i]) : 0);
                var space = 0.0;
                var spaces = end;
                while (end < paragraph.Length && paragraph[end] == ' ')
                {
                    space += TextMeasure.LatinEms(' ');
                    end++;
                }
                if (used > 0 && used + word > perLine && !(hang && letters.All(c => ClosingMarks.Contains(c))))
                {
                    lines.Add((line.ToString(), false));
                    line.Clear();
                    used = 0;
                }
                // A word longer than a whole line breaks across lines: a line's worth of it on each.
                while (word > perLine)
                {
                    var cut = Math.Max(1, FitLength(letters, perLine, font));
                    lines.Add((letters[..cut], true));
                    letters = letters[cut..];
                    word -= perLine;
                }
                line.Append(letters).Append(' ', end - spaces);
                used += word + space;
                i = end;
            }
            lines.Add((line.ToString(), false));
        }
        return lines;
    }

    /// <summary>
    /// Whether a text, wrapped in a box at a size (<see cref="Wrap"/>, its closing marks hung), breaks a Latin word
    /// inside, or leaves a line of a paragraph of at most <paramref name="maxLines"/> lines with at most <paramref
    /// name="maxCharacters"/> characters (Chinese counted one by one, spaces not counted): a box too narrow for its
    /// text (Focus's 198 pt subtitle at 23 pt left "部" and "03" alone).
    /// </summary>
    public static bool Cramped(string text, double boxWidthPt, double fontPt, int maxCharacters = 2, int maxLines = int.MaxValue, FontWidths? font = null) =>
        text.Split('\n').Select(p => Wrap(p.Trim(), boxWidthPt, fontPt, hang: true, font: font)).Where(lines => lines.Count > 1)
            .Any(lines => lines.Any(l => l.Broken || lines.Count <= maxLines && Characters(l.Text) <= maxCharacters));

    /// <summary>Full-width marks that end a clause: a line may break after any of them (titles, subtitles, body).</summary>
    internal const string ClauseStops = "，、；：。！？";

    // Marks that never start a line: full-width ones in Chinese typesetting, and Latin ones after a Chinese character.
    private const string ClosingMarks = "，。、；：！？）」』】》〉”’,.:;!?)]}%";

    // Characters a reader counts on a line: all but spaces, a surrogate pair once.
    private static int Characters(string line) => line.Count(c => !char.IsWhiteSpace(c) && !char.IsLowSurrogate(c));

    /// <summary>Minutes needed to say a text aloud: Chinese by characters, other text by words (<see cref="TextMeasure"/>).</summary>
    public static double SpeakingMinutes(string text) => TextMeasure.Of(text).SpeakingMinutes;

    private static readonly char[] ClauseEnds = ['。', ';', '；', '!', '！', '?', '？', '.', ',', '，', '、'];

    /// <summary>
    /// The text up to its first clause end, without it: Chinese and Latin commas, semicolons, full stops; a Latin
    /// full stop only before a space, so "2.5" stays whole; never the enumeration comma 、. A clause end inside
    /// parentheses ends the clause before them: "four levels (city, county, township, village)" is "four levels", not
    /// "four levels (city".
    /// </summary>
    public static string FirstClause(string text)
    {
        var (depth, open) = (0, 0);
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (Nesting(c) > 0 && depth == 0)
                open = i;
            if (Nesting(c) != 0)
                depth = Math.Max(0, depth + Nesting(c));
            else if (c is '。' or '\uff0c' or '\uff1b' or '\uff01' or '\uff1f' or ';' or '!' or '?'
                || (c is ',' or '.' && (i + 1 == text.Length || text[i + 1] == ' '))
                || (c is ',' or ';' && TextMeasure.IsCjk(text[i - 1]) && i + 1 < text.Length && TextMeasure.IsCjk(text[i + 1])))
                return text[..(depth > 0 ? open : i)].TrimEnd();
        }
        return text;
    }

    // +1 for an opening parenthesis (Latin or full-width), -1 for a closing one, 0 for any other character.
    private static int Nesting(char c) => c is '(' or '\uff08' ? 1 : c is ')' or '\uff09' ? -1 : 0;

    /// <summary>
    /// A text's clauses: split at its full stops, semicolons, commas and line ends, never inside parentheses ("(1 city,
    /// 8 counties)" stays one) nor inside a number ("86,000"); each trimmed, empty ones left out.
    /// </summary>
    public static IEnumerable<string> Clauses(string text)
    {
        var (depth, start) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Nesting(c) != 0)
                depth = Math.Max(0, depth + Nesting(c));
            else if (depth == 0 && (c is '。' or ';' or '\uff1b' or '\n' or '\uff0c'
                || c == ',' && !(i + 3 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
                || c == '.' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                if (text[start..i].Trim() is { Length: > 0 } clause)
                    yield return clause;
                start = i + 1;
            }
        }
        if (text[start..].Trim() is { Length: > 0 } last)
            yield return last;
    }

    /// <summary>
    /// Shortens a text to at most <paramref name="maxEms"/>: first cut at the last clause end that fits,
    /// then at a word boundary, ending with an ellipsis. Never cuts inside a surrogate pair.
    /// </summary>
    public static string Shorten(string text, double maxEms)
    {
        text = text.Trim();
        if (Ems(text) <= maxEms)
            return text;
        var fit = FitLength(text, maxEms - 1);
        var cut = text.LastIndexOfAny(ClauseEnds, Math.Max(0, fit - 1));
        if (cut >= fit / 2)
            return text[..cut].TrimEnd() + "…";
        var space = text.LastIndexOf(' ', Math.Max(0, fit - 1));
        if (space >= fit / 2)
            fit = space;
        if (fit > 0 && char.IsHighSurrogate(text[fit - 1]))
            fit--;
        return text[..fit].TrimEnd(' ', ',', '，', '、') + "…";
    }

    private static int FitLength(string text, double maxEms, FontWidths? font = null)
    {
        double ems = 0;
        for (var i = 0; i < text.Length; i++)
        {
            ems += At(text, i, font); // the same measure as Ems, so a shortened text fits what Ems says
            if (ems > maxEms)
                return i;
        }
        return text.Length;
    }

    /// <summary>Plain text from a Markdown-allowed deal field: emphasis marks and link targets dropped.</summary>
    public static string Plain(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        var text = LinkPattern().Replace(markdown, "$1");
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        text = ListMarkPattern().Replace(text, "");
        return Clean(text.Trim());
    }

    /// <summary>A text without its closing punctuation, to sit inside a sentence or a list.</summary>
    public static string Clause(string text) => text.TrimEnd().TrimEnd('。', '.', ';', '；', '!', '！', ',', '，', '、');

    /// <summary>Formats minutes for notes: whole or half minutes.</summary>
    public static string Minutes(double minutes) =>
        (Math.Round(minutes * 2, MidpointRounding.AwayFromZero) / 2).ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(?m)^\s*([-*+]|#+|\d+\.)\s+")]
    private static partial Regex ListMarkPattern();
}
