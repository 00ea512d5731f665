using System.Text;

namespace PreSales.DocGen.Packaging;

/// <summary>The one way text is made fit for the XML of the decks and documents the product writes.</summary>
public static class XmlChars
{
    /// <summary>
    /// Removes characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF); a vertical tab or
    /// form feed (Word's line and page breaks in pasted text) becomes a space, so the words either side stay apart.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var clean = true;
        foreach (var c in text)
        {
            if (!IsPlain(c))
            {
                clean = false;
                break;
            }
        }
        if (clean)
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (IsPlain(c))
                sb.Append(c);
            else if (c is '\u000B' or '\u000C')
                sb.Append(' ');
        }
        return sb.ToString();
    }

    private static bool IsPlain(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
