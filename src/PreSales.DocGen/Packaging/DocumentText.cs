using System.Text;
using System.Xml;

namespace PreSales.DocGen.Packaging;

/// <summary>
/// The words of a deck or a Word document, for search: a deck's slides in the presentation's order, each slide's
/// paragraphs then its speaker notes; a Word document's body paragraphs, a table row on one line (cells separated by
/// " | "). The file is opened through <see cref="SafePackage"/> (zip checks first) and every XML part is read with
/// DTDs prohibited and the package's character limit, so a hostile file ends in <see cref="PackageRejectedException"/>.
/// Pictures and media are never opened.
/// </summary>
public static class DocumentText
{
    private const string DrawingMl = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string PresentationMl = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private const string WordMl = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The text of a .pptx or .docx held in memory, with what kind of package it is.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="limits">The package limits (default <see cref="PackageLimits.Default"/>).</param>
    /// <param name="maxCharacters">The text stops after this many characters (a search index needs no more).</param>
    public static ExtractedText Extract(byte[] bytes, PackageLimits? limits = null, int maxCharacters = 1_000_000)
    {
        // The text is read from parts the inspection has just inflated for its CRC check: kept (within 8 MB), each is
        // inflated once.
        using var package = SafePackage.Open(bytes, limits, keepXmlBytes: 8 << 20);
        return Read(package, maxCharacters);
    }

    /// <summary>
    /// The text of a .pptx or .docx this process has just written (<see cref="SafePackage.OpenWritten"/>): the same
    /// text, without checking again the zip the renderer made (half the time of <see cref="Extract"/>).
    /// </summary>
    public static ExtractedText ExtractWritten(byte[] bytes, int maxCharacters = 1_000_000)
    {
        using var package = SafePackage.OpenWritten(bytes);
        return Read(package, maxCharacters);
    }

    private static ExtractedText Read(SafePackage package, int maxCharacters)
    {
        var text = new Bounded(maxCharacters);
        try
        {
            switch (package.Kind)
            {
                case PackageKind.Presentation:
                    Deck(package, text);
                    break;
                case PackageKind.Word:
                    Word(package, package.MainPartName, text);
                    break;
                default:
                    throw new PackageRejectedException(new PackageProblem("unsupported-kind",
                        "只能读取 PPT 演示文稿（.pptx）或 Word 文档（.docx）的文字。", "only the text of a presentation (.pptx) or a Word document (.docx) can be read."));
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw SafePackage.Explain(e, package.MainPartName.TrimStart('/'));
        }
        return new ExtractedText(package.Kind, text.ToString().TrimEnd(), text.Truncated);
    }

    private static void Deck(SafePackage package, Bounded text)
    {
        var main = package.MainPartName;
        var relationships = RelationshipsOf(package, main);
        foreach (var id in SlideIds(package, main))
        {
            if (text.Full || !relationships.TryGetValue(id, out var slide))
                continue;
            Paragraphs(package, slide.Target, DrawingMl, "p", text);
            var notes = RelationshipsOf(package, slide.Target).Values.FirstOrDefault(r => r.Type.EndsWith("/notesSlide", StringComparison.Ordinal));
            if (notes.Target is not null)
                Paragraphs(package, notes.Target, DrawingMl, "p", text);
            text.Break();
        }
    }

    private static void Word(SafePackage package, string part, Bounded text)
    {
        using var stream = package.OpenPart(part);
        if (stream is null)
            return;
        using var reader = XmlReader.Create(stream, SafeXml.Settings(package.Limits.MaxXmlCharacters));
        var paragraph = new StringBuilder();
        var cell = new StringBuilder();
        var row = new List<string>();
        var tables = 0;
        var advance = true;
        while (!text.Full && (advance ? reader.Read() : !reader.EOF))
        {
            advance = true;
            var element = reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == WordMl;
            var end = reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == WordMl;
            if (element && reader.LocalName == "t")
            {
                // Reading the content moves to the node after </w:t>, which is looked at next without Read().
                paragraph.Append(reader.ReadElementContentAsString());
                advance = false;
            }
            else if (element && reader.LocalName == "tab")
                paragraph.Append('\t');
            else if (element && reader.LocalName is "br" or "cr")
                paragraph.Append(' ');
            else if (element && reader.LocalName == "tbl" && !reader.IsEmptyElement)
                tables++;
            else if (end && reader.LocalName == "tbl")
                tables--;
            else if (end && reader.LocalName == "p")
            {
                if (tables > 0)
                    cell.Append(cell.Length > 0 && paragraph.Length > 0 ? " " : "").Append(paragraph);
                else if (paragraph.Length > 0)
                    text.Line(paragraph.ToString());
                paragraph.Clear();
            }
            else if (end && reader.LocalName == "tc" && tables == 1)
            {
                row.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else if (end && reader.LocalName == "tr" && tables == 1)
            {
                if (row.Any(c => c.Length > 0))
                    text.Line(string.Join(" | ", row));
                row.Clear();
            }
        }
    }

    // Every a:p of a part on its own line: its a:t runs joined, a:br as a space, the slide-number field left out.
    private static void Paragraphs(SafePackage package, string part, string ns, string paragraphName, Bounded text)
    {
        using var stream = package.OpenPart(part);
        if (stream is null)
            return;
        using var reader = XmlReader.Create(stream, SafeXml.Settings(package.Limits.MaxXmlCharacters));
        var paragraph = new StringBuilder();
        var skipField = 0;
        var advance = true;
        while (!text.Full && (advance ? reader.Read() : !reader.EOF))
        {
            advance = true;
            if (reader.NamespaceURI != ns)
                continue;
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "fld" && reader.GetAttribute("type") == "slidenum" && !reader.IsEmptyElement)
                    skipField++;
                else if (reader.LocalName == "t" && skipField == 0)
                {
                    paragraph.Append(reader.ReadElementContentAsString());
                    advance = false;
                }
                else if (reader.LocalName == "br")
                    paragraph.Append(' ');
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "fld" && skipField > 0)
                    skipField--;
                else if (reader.LocalName == paragraphName)
                {
                    if (paragraph.ToString().Trim() is { Length: > 0 } line)
                        text.Line(line);
                    paragraph.Clear();
                }
            }
        }
    }

    private static List<string> SlideIds(SafePackage package, string presentation)
    {
        var ids = new List<string>();
        using var stream = package.OpenPart(presentation);
        if (stream is null)
            return ids;
        using var reader = XmlReader.Create(stream, SafeXml.Settings(package.Limits.MaxXmlCharacters));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == PresentationMl && reader.LocalName == "sldId"
                && reader.GetAttribute("id", Relationships) is { } id)
                ids.Add(id);
            else if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == PresentationMl && reader.LocalName == "sldIdLst")
                break;
        }
        return ids;
    }

    private readonly record struct Relationship(string Type, string Target);

    private static Dictionary<string, Relationship> RelationshipsOf(SafePackage package, string part)
    {
        var found = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var slash = part.LastIndexOf('/');
        var folder = part[..(slash + 1)];
        using var stream = package.OpenPart(folder + "_rels/" + part[(slash + 1)..] + ".rels");
        if (stream is null)
            return found;
        using var reader = XmlReader.Create(stream, SafeXml.Settings(package.Limits.MaxXmlCharacters));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.GetAttribute("TargetMode") == "External")
                continue;
            if (reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
                found[id] = new Relationship(reader.GetAttribute("Type") ?? "", PartName.Resolve(folder, target));
        }
        return found;
    }

    // The text so far, cut at a character budget.
    private sealed class Bounded(int max)
    {
        private readonly StringBuilder text = new();

        public bool Full => text.Length >= max;

        public bool Truncated { get; private set; }

        public void Line(string line)
        {
            if (Full)
                return;
            var room = max - text.Length;
            if (line.Length + 1 > room)
            {
                text.Append(line.AsSpan(0, Math.Max(0, room)));
                Truncated = true;
                return;
            }
            text.Append(line).Append('\n');
        }

        public void Break()
        {
            if (!Full && text.Length > 0 && text[^1] == '\n' && (text.Length < 2 || text[^2] != '\n'))
                text.Append('\n');
        }

        public override string ToString() => text.ToString();
    }
}

/// <summary>The words of a document.</summary>
/// <param name="Kind">What the package is.</param>
/// <param name="Text">Its text, one paragraph a line; a blank line between slides.</param>
/// <param name="Truncated">Whether the text was cut at the character budget.</param>
public sealed record ExtractedText(PackageKind Kind, string Text, bool Truncated);
