using System.Xml;
using System.Xml.Linq;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// The package's parts and relationships, read straight from the checked zip: <c>_rels/*.rels</c> parsed with an
/// XmlReader (DTDs prohibited, size limited), targets resolved against the source part's folder. The Open XML SDK
/// reaches the same parts through System.IO.Packaging, whose relationship and stream layers cost several times the
/// inflating itself; the review reads hundreds of parts and needs to be fast. Every part read is counted against the
/// review's <see cref="ReadBudget"/>.
/// </summary>
internal sealed class PartGraph(SafePackage package, ReadBudget budget)
{
    /// <summary>One relationship, its target an absolute part name.</summary>
    public readonly record struct Relationship(string Id, string Type, string Target);

    private static readonly string XmlnsUri = XNamespace.Xmlns.NamespaceName;

    private readonly Dictionary<string, List<Relationship>> relationships = new(StringComparer.Ordinal);

    private readonly NameCache names = new();

    /// <summary>
    /// XNames by the reader's atomized strings: <see cref="XNamespace.Get"/> and <see cref="XNamespace.GetName"/> hash
    /// and look up both strings in global tables for every element and attribute, a third of a slide's load. One
    /// NameTable is shared by every part this graph reads, so equal names are the same string instances.
    /// </summary>
    private sealed class NameCache
    {
        private readonly Dictionary<(string Namespace, string Local), XName> known = new(new ByReference());

        public NameTable Table { get; } = new();

        public XName Of(string ns, string local)
        {
            if (!known.TryGetValue((ns, local), out var name))
                known[(ns, local)] = name = XNamespace.Get(ns).GetName(local);
            return name;
        }

        private sealed class ByReference : IEqualityComparer<(string Namespace, string Local)>
        {
            public bool Equals((string Namespace, string Local) x, (string Namespace, string Local) y) =>
                ReferenceEquals(x.Namespace, y.Namespace) && ReferenceEquals(x.Local, y.Local);

            public int GetHashCode((string Namespace, string Local) obj) =>
                HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Namespace), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Local));
        }
    }

    /// <summary>The limits every XML part is read under.</summary>
    public long MaxCharacters => package.Limits.MaxXmlCharacters;

    /// <summary>What this review may still read.</summary>
    public ReadBudget Budget => budget;

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
        using (var stream = Open(rels))
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
            using var stream = Open(part);
            if (stream is null)
                return null;
            using var reader = XmlReader.Create(stream, settings ??= ReaderSettings());
            return Load(reader, part);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw SafePackage.Explain(e, part.TrimStart('/'));
        }
    }

    /// <summary>
    /// A picture part's bytes, or null when there is none or it is over <paramref name="maxBytes"/>: pictures are not
    /// XML and are not counted against the XML budget; the caller bounds what it decodes.
    /// </summary>
    public byte[]? Picture(string part, long maxBytes)
    {
        if (package.PartLength(part) is not { } length || length > maxBytes)
            return null;
        try
        {
            using var stream = package.OpenPart(part);
            if (stream is null)
                return null;
            using var copy = new MemoryStream((int)length);
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private XmlReaderSettings? settings;

    // The reader's settings with this graph's name table: names atomized across parts, so the cache above holds.
    private XmlReaderSettings ReaderSettings()
    {
        var made = OoXml.Settings(MaxCharacters);
        made.NameTable = names.Table;
        return made;
    }

    /// <summary>Opens a part's bytes, or null; its size is counted against the budget first.</summary>
    public Stream? Open(string part)
    {
        if (package.PartLength(part) is not { } length)
            return null;
        budget.Part(part, length);
        return package.OpenPart(part);
    }

    /// <summary>
    /// Builds the element tree as <see cref="XElement.Load(XmlReader)"/> does — iteratively, so depth costs no stack —
    /// counting every element and attribute against the budget (namespace declarations are not kept: names carry them).
    /// </summary>
    private XElement Load(XmlReader reader, string part)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
            throw new XmlException("no root element", null);
        XElement? root = null, current = null;
        do
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = new XElement(names.Of(reader.NamespaceURI, reader.LocalName));
                    var count = 1;
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            if (reader.NamespaceURI == XmlnsUri)
                                continue;
                            element.Add(new XAttribute(names.Of(reader.NamespaceURI, reader.LocalName), reader.Value));
                            count++;
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }
                    budget.Nodes(part, count);
                    budget.Depth(part, reader.Depth);
                    if (current is null)
                        root = element;
                    else
                        current.Add(element);
                    if (!reader.IsEmptyElement)
                        current = element;
                    else if (current is null)
                        return root!;
                    break;
                case XmlNodeType.EndElement:
                    if (current == root)
                        return root!;
                    current = current!.Parent;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    current!.Add(new XText(reader.Value));
                    budget.Nodes(part);
                    break;
            }
        }
        while (reader.Read());
        return root ?? throw new XmlException("no root element", null);
    }

    private void Read(Stream stream, string rels, string folder, List<Relationship> into)
    {
        try
        {
            using var reader = XmlReader.Create(stream, OoXml.Settings(MaxCharacters));
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                budget.Nodes(rels);
                budget.Depth(rels, reader.Depth);
                if (reader.LocalName != "Relationship" || reader.GetAttribute("TargetMode") == "External")
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
