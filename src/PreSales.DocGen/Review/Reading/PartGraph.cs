using System.Xml;
using System.Xml.Linq;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// The package's parts and relationships, read straight from the checked zip: <c>_rels/*.rels</c> parsed with an
/// XmlReader (DTDs prohibited, size limited), targets resolved against the source part's folder. The Open XML SDK
/// reaches the same parts through System.IO.Packaging, whose relationship and stream layers cost several times the
/// inflating itself; the review reads hundreds of parts and needs to be fast.
/// </summary>
internal sealed class PartGraph(SafePackage package)
{
    /// <summary>One relationship, its target an absolute part name.</summary>
    public readonly record struct Relationship(string Id, string Type, string Target);

    private readonly Dictionary<string, List<Relationship>> relationships = new(StringComparer.Ordinal);

    /// <summary>The limits every XML part is read under.</summary>
    public long MaxCharacters => package.Limits.MaxXmlCharacters;

    /// <summary>The main part's name.</summary>
    public string Main => package.MainPartName;

    /// <summary>A part's internal relationships (cached).</summary>
    public List<Relationship> Of(string part)
    {
        if (relationships.TryGetValue(part, out var known))
            return known;
        var list = new List<Relationship>();
        var slash = part.LastIndexOf('/');
        var rels = part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
        using (var stream = package.OpenPart(rels))
        {
            if (stream is not null)
                Read(stream, rels, part[..(slash + 1)], list);
        }
        return relationships[part] = list;
    }

    /// <summary>The first target of a relationship type (matched on its last segment, e.g. <c>/slideLayout</c>).</summary>
    public string? Target(string part, string typeEnding) =>
        Of(part).FirstOrDefault(r => r.Type.EndsWith(typeEnding, StringComparison.Ordinal)).Target;

    /// <summary>Every target of a relationship type.</summary>
    public IEnumerable<string> Targets(string part, string typeEnding) =>
        Of(part).Where(r => r.Type.EndsWith(typeEnding, StringComparison.Ordinal)).Select(r => r.Target);

    /// <summary>The target of a relationship id.</summary>
    public string? ById(string part, string id) => Of(part).FirstOrDefault(r => r.Id == id).Target;

    /// <summary>Loads a part's XML, or null when the package has no such part.</summary>
    public XElement? Load(string part)
    {
        try
        {
            using var stream = package.OpenPart(part);
            if (stream is null)
                return null;
            using var reader = XmlReader.Create(stream, OoXml.Settings(MaxCharacters));
            return XElement.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw SafePackage.Explain(e, part.TrimStart('/'));
        }
    }

    /// <summary>Opens a part's bytes, or null.</summary>
    public Stream? Open(string part) => package.OpenPart(part);

    private void Read(Stream stream, string rels, string folder, List<Relationship> into)
    {
        try
        {
            using var reader = XmlReader.Create(stream, OoXml.Settings(MaxCharacters));
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.GetAttribute("TargetMode") == "External")
                    continue;
                if (reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target)
                    into.Add(new Relationship(id, type, Resolve(folder, target)));
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw SafePackage.Explain(e, rels.TrimStart('/'));
        }
    }

    /// <summary>Resolves a relative target against a folder (<see cref="PartName.Resolve"/>).</summary>
    public static string Resolve(string folder, string target) => PartName.Resolve(folder, target);
}
