using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Word;

/// <summary>
/// A Chinese Word document's texts with Chinese punctuation (<see cref="ChinesePunctuation"/>), its code runs apart.
/// </summary>
internal static class WordPunctuation
{
    /// <summary>Applies <see cref="ChinesePunctuation.Apply"/> to every text of the element, except code runs and hyperlinks' targets.</summary>
    internal static void ApplyTo(OpenXmlElement root)
    {
        foreach (var text in root.Descendants<Text>())
        {
            if (text.Parent is Run { RunProperties.RunFonts.Ascii.Value: "Consolas" })
                continue;
            var value = text.Text;
            var fixedText = ChinesePunctuation.Apply(value);
            if (!ReferenceEquals(value, fixedText) && value != fixedText)
                text.Text = fixedText;
        }
    }
}
