using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Word;

/// <summary>Text into Word runs: only characters XML allows, line breaks as w:br, spaces kept.</summary>
internal static class WordText
{
    /// <summary>Removes characters that XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (c < 0x20 && c is not '\t' and not '\n' and not '\r' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                clean = false;
                break;
            }
        }
        if (clean)
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (c < 0x20 && c is not '\t' and not '\n' and not '\r' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                continue;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A run holding the text, with a copy of the given properties; newlines become breaks, tabs become tabs.</summary>
    public static Run Run(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
            run.Append(properties.CloneNode(true));
        var lines = Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                run.Append(new Break());
            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0)
                    run.Append(new TabChar());
                if (parts[j].Length > 0)
                    run.Append(new Text(parts[j]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            }
        }
        return run;
    }

    /// <summary>How wide a text is in half-em units: CJK and other wide characters count two, others one.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
            width += IsWide(c) ? 2 : 1;
        return width;
    }

    /// <summary>Whether a character is East Asian wide (<see cref="TextMeasure.IsWide"/>).</summary>
    public static bool IsWide(char c) => TextMeasure.IsWide(c);
}
