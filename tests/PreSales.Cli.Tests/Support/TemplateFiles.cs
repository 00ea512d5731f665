using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Tests.Support;

namespace PreSales.Cli.Tests.Support;

/// <summary>Hostile template files for the CLI tests, written into a folder by name.</summary>
public static class TemplateFiles
{
    /// <summary>
    /// Writes the named template: <c>encrypted</c>, <c>zip-bomb</c> (300 MB of zeros in one entry, about 300 KB on disk),
    /// <c>dot-dot</c> (an entry named ../../evil.sh), <c>word</c> (a .docx) or <c>deck</c> (a .pptx), built on a real
    /// template of the kind the command expects.
    /// </summary>
    public static string Write(string folder, string name, bool forDeck)
    {
        var real = forDeck ? DeckRenderer.DefaultTemplate : DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.ZhCN);
        var media = forDeck ? "ppt/media/image99.png" : "word/media/image99.png";
        var bytes = name switch
        {
            "encrypted" => HostileTemplates.Encrypted(),
            "zip-bomb" => HostileTemplates.WithZeros(real, media, 300L << 20),
            "dot-dot" => HostileTemplates.WithEntry(real, "../../evil.sh", "echo pwned"),
            "word" => DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.EnUS),
            "deck" => DeckRenderer.DefaultTemplate,
            _ => throw new ArgumentException(name, nameof(name)),
        };
        var path = Path.Combine(folder, name + (forDeck ? ".pptx" : ".docx"));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
