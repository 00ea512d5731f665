namespace PreSales.DocGen.Language;

/// <summary>
/// Chinese text takes full-width punctuation: "交流总结:技术交流(二):" becomes "交流总结：技术交流（二）：". Applied to
/// every text of a Chinese document and deck, the product's labels and the deal's text alike (typed with a Latin
/// mark by an input method switched to English), but only where the mark touches a Chinese character, so "14:00",
/// "1,000", "MLPS 2.0 (level 3)" and code stay as they are.
/// </summary>
public static class ChinesePunctuation
{
    /// <summary>The text with the ASCII marks next to Chinese characters made full-width; a bracket pair goes together.</summary>
    public static string Apply(string text)
    {
        if (!text.Any(TextMeasure.IsWide))
            return text;
        var chars = text.ToCharArray();
        var open = new Stack<(int Index, bool Converted)>();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var before = i > 0 && Cjk(chars[i - 1]);
            var after = i + 1 < chars.Length && Cjk(chars[i + 1]);
            switch (c)
            {
                case '(':
                    var convert = before || after;
                    open.Push((i, convert));
                    if (convert)
                        chars[i] = '（';
                    break;
                case ')':
                    var pair = open.Count > 0 ? open.Pop() : (Index: -1, Converted: false);
                    if (pair.Converted || before || after)
                    {
                        chars[i] = '）';
                        if (pair.Index >= 0)
                            chars[pair.Index] = '（';
                    }
                    break;
                case ':' or ',' or ';' or '?' or '!':
                    // Not between digits or inside a URL-like run ("14:00", "1,000", "http://").
                    var digits = i > 0 && char.IsAsciiDigit(chars[i - 1]) && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]);
                    var url = c == ':' && i + 2 < chars.Length && chars[i + 1] == '/' && chars[i + 2] == '/';
                    if (!digits && !url && (before || after))
                        chars[i] = c switch { ':' => '：', ',' => '，', ';' => '；', '?' => '？', _ => '！' };
                    break;
            }
        }
        return new string(chars);
    }

    private static bool Cjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '“' or '”';
}
