using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Language;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Documents.Word;

/// <summary>Text into Word runs: only characters XML allows, line breaks as w:br, spaces kept.</summary>
internal static class WordText
{
    /// <summary>A run holding the text, with a copy of the given properties; newlines become breaks, tabs become tabs.</summary>
    public static Run Run(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
            run.Append(properties.CloneNode(true));
        var lines = XmlChars.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
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
