using System.Xml;
using System.Xml.Linq;

namespace PreSales.DocGen.Packaging;

/// <summary>
/// The one way the product parses XML from files it did not write (parts of decks, templates, documents): DTDs are
/// refused (no entity bombs, no external entities) and the size is capped. LINQ to XML's own Load and Parse accept
/// DTDs and expand up to ten million characters of entities, so they are not used on such input.
/// </summary>
public static class SafeXml
{
    /// <summary>Reader settings: DTDs prohibited, no resolver, at most <paramref name="maxCharacters"/> characters.</summary>
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
    };

    /// <summary>Parses a part's bytes like <see cref="XDocument.Load(Stream)"/>, safely.</summary>
    /// <exception cref="XmlException">Not well-formed, a DTD, or over the limit.</exception>
    public static XDocument Load(Stream stream, long maxCharacters = 64L << 20)
    {
        var settings = Settings(maxCharacters);
        settings.IgnoreWhitespace = true; // as XDocument.Load does by default
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader);
    }

    /// <summary>Parses XML text like <see cref="XDocument.Parse(string)"/>, safely.</summary>
    /// <exception cref="XmlException">Not well-formed, a DTD, or over the limit.</exception>
    public static XDocument Parse(string text, long maxCharacters = 64L << 20)
    {
        using var reader = new StringReader(text);
        var settings = Settings(maxCharacters);
        settings.IgnoreWhitespace = true;
        using var xml = XmlReader.Create(reader, settings);
        return XDocument.Load(xml);
    }
}
