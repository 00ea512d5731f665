using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFormat.OpenXml;
using PreSales.DocGen.Documents.Word;
using PreSales.DocGen.Language;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Documents.Templates;

/// <summary>
/// A template read once: its zip entries, and the parsed body, headers, footers, styles and numbering, which each
/// render clones. Writing the result ourselves (copying untouched entries, serialising only what changed) keeps a
/// warm render to about a millisecond; opening and saving through the SDK's packaging costs several.
/// </summary>
internal sealed class TemplatePackage
{
    private static readonly string RelNs = OpenXmlNamespaces.PackageRelationships.NamespaceName;
    private static readonly string TypeNs = OpenXmlNamespaces.ContentTypes.NamespaceName;
    private const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string DocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static readonly ConditionalWeakTable<byte[], TemplatePackage> Cache = new();

    private readonly List<(string Name, byte[] Bytes)> entries = [];
    private readonly Dictionary<string, OpenXmlCompositeElement> pristine = new(StringComparer.Ordinal);
    private readonly Dictionary<DocumentKind, IReadOnlyList<MissingTag>> missing = [];
    private string mainPart = "";
    private string mainRels = "";
    private string? stylesPart;
    private string? numberingPart;
    private readonly List<string> headerFooterParts = [];
    private readonly Dictionary<string, string> headerFooterById = new(StringComparer.Ordinal);
    private bool convertType;

    /// <summary>The template for these bytes (read once per array).</summary>
    public static TemplatePackage Of(byte[] template, Vocabulary v)
    {
        if (Cache.TryGetValue(template, out var cached))
            return cached;
        var package = Read(template, v);
        Cache.AddOrUpdate(template, package);
        return package;
    }

    /// <summary>The body element, as in the template (do not change it; render clones it).</summary>
    public Document Body => (Document)pristine[mainPart];

    /// <summary>The width of the text area in twips, from the last section's page size and margins.</summary>
    public int TextWidth { get; private set; } = DefaultTemplates.TextWidth;

    /// <summary>The required tags of a kind the template lacks (computed once per kind).</summary>
    public IReadOnlyList<MissingTag> Missing(DocumentKind kind)
    {
        lock (missing)
        {
            if (!missing.TryGetValue(kind, out var list))
                missing[kind] = list = TemplateCheck.Missing(headerFooterParts.Select(p => pristine[p]).Prepend(Body), kind);
            return list;
        }
    }

    private static TemplatePackage Read(byte[] bytes, Vocabulary v)
    {
        var package = new TemplatePackage();
        PackageContents contents;
        try
        {
            // Checked before anything is inflated: an encrypted file, a zip bomb, a ../ entry or a deck is refused here.
            contents = SafePackage.ReadAll(bytes, PackageKind.Word, PackageLimits.Template);
        }
        catch (PackageRejectedException e)
        {
            var problem = e.Problem;
            throw new DocumentInputException(problem.Code is "not-a-zip" or "not-office"
                ? v.Pick($"模板不是 Word 文档（.docx/.dotx）：{problem.Chinese}", $"the template is not a Word document (.docx/.dotx): {problem.English}")
                : v.Pick($"模板无法使用：{problem.Chinese}", $"the template cannot be used: {problem.English}"), e);
        }
        try
        {
            package.entries.AddRange(contents.Entries);
            package.Index(contents.Inspection, v);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new DocumentInputException(v.Pick($"模板不是 Word 文档（.docx/.dotx）：{e.Message}", $"the template is not a Word document (.docx/.dotx): {e.Message}"), e);
        }
        return package;
    }

    private byte[]? Entry(string name) => entries.FirstOrDefault(e => e.Name == name).Bytes;

    // The package-level part of a relationship type ending (core or extended properties), or null.
    private string? PropertyPart(string typeEnding)
    {
        if (Entry("_rels/.rels") is not { } root)
            return null;
        var target = Relationships(root).FirstOrDefault(r => r.Type.EndsWith(typeEnding, StringComparison.Ordinal)).Target;
        var name = target?.TrimStart('/');
        return name is not null && Entry(name) is not null ? name : null;
    }

    private void Index(PackageInspection inspection, Vocabulary v)
    {
        var notWord = v.Pick("模板不是 Word 文档（缺少正文）", "the template is not a Word document (it has no body)");
        var root = Entry("_rels/.rels") ?? throw new DocumentInputException(notWord);
        var office = Relationships(root).FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal));
        mainPart = office.Target?.TrimStart('/') ?? throw new DocumentInputException(notWord);
        if (Entry(mainPart) is not { } main)
            throw new DocumentInputException(notWord);
        // The package check has read the main part's content type already.
        var mainType = inspection.MainContentType;
        if (mainType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            throw new DocumentInputException(v.Pick("不支持启用宏的模板（.docm/.dotm）；请另存为 .docx 或 .dotx", "macro-enabled templates (.docm/.dotm) are not supported; save it as .docx or .dotx"));
        if (!mainType.Contains("wordprocessingml", StringComparison.Ordinal))
            throw new DocumentInputException(notWord);
        convertType = mainType != DocumentType;
        pristine[mainPart] = new Document(Xml(main));
        if (Body.Body is null)
            throw new DocumentInputException(notWord);
        var folder = mainPart.Contains('/', StringComparison.Ordinal) ? mainPart[..(mainPart.LastIndexOf('/') + 1)] : "";
        mainRels = $"{folder}_rels/{mainPart[folder.Length..]}.rels";
        foreach (var (type, target, id) in Relationships(Entry(mainRels) ?? Encoding.UTF8.GetBytes($"<Relationships xmlns=\"{RelNs}\"/>")))
        {
            var path = PartName.Resolve(folder, target).TrimStart('/');
            if (Entry(path) is not { } part)
                continue;
            switch (type[(type.LastIndexOf('/') + 1)..])
            {
                case "header": pristine.TryAdd(path, new Header(Xml(part))); AddHeaderFooter(path, id); break;
                case "footer": pristine.TryAdd(path, new Footer(Xml(part))); AddHeaderFooter(path, id); break;
                case "styles": pristine[path] = new Styles(Xml(part)); stylesPart = path; break;
                case "numbering": pristine[path] = new Numbering(Xml(part)); numberingPart = path; break;
            }
        }
        // Parse every part now: the SDK parses lazily, and renders on several threads clone these roots at once.
        foreach (var part in pristine.Values)
            _ = part.Descendants().Count();
        var section = Body.Body.Elements<SectionProperties>().LastOrDefault();
        if (section?.GetFirstChild<PageSize>()?.Width?.Value is { } width && section.GetFirstChild<PageMargin>() is { Left.Value: var left, Right.Value: var right }
            && (int)width - (int)left - (int)right > 2000)
            TextWidth = (int)width - (int)left - (int)right;
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    private static string Xml(byte[] bytes)
    {
        var text = Text(bytes);
        return text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..] : text;
    }

    private void AddHeaderFooter(string path, string id)
    {
        if (!headerFooterParts.Contains(path))
            headerFooterParts.Add(path);
        headerFooterById[id] = path;
    }

    private static List<(string Type, string Target, string Id)> Relationships(byte[] xml) =>
        SafeXml.Parse(Text(xml)).Root!.Elements(XName.Get("Relationship", RelNs))
            .Where(r => (string?)r.Attribute("TargetMode") != "External")
            .Select(r => ((string?)r.Attribute("Type") ?? "", (string?)r.Attribute("Target") ?? "", (string?)r.Attribute("Id") ?? "")).ToList();

    /// <summary>One render's copies of the parts and what it adds to the package.</summary>
    public Render Start() => new(this);

    /// <summary>A render in progress: cloned parts, new relationships, and the writer of the result.</summary>
    internal sealed class Render : IWordParts
    {
        private readonly TemplatePackage template;
        private readonly List<(string Id, Uri Target)> hyperlinks = [];
        private Numbering? numbering;

        public Render(TemplatePackage template)
        {
            this.template = template;
            Document = (Document)template.Body.CloneNode(true);
            HeadersAndFooters = template.headerFooterParts.Select(p => (p, (OpenXmlCompositeElement)template.pristine[p].CloneNode(true))).ToList();
        }

        public Document Document { get; }

        public List<(string Part, OpenXmlCompositeElement Root)> HeadersAndFooters { get; }

        public Styles? Styles { get; private set; }

        /// <summary>The document properties to write (title, subject, author, company, created), replacing the template's.</summary>
        public DocumentProperties? Properties { get; set; }

        public string AddHyperlink(Uri target)
        {
            var id = $"rIdPs{hyperlinks.Count + 1}";
            hyperlinks.Add((id, target));
            return id;
        }

        public Numbering Numbering() => numbering ??= template.numberingPart is { } part
            ? (Numbering)template.pristine[part].CloneNode(true)
            : new Numbering();

        /// <summary>For a Chinese deal: East Asian defaults where the template's styles lack them.</summary>
        public void EnsureEastAsian()
        {
            var styles = template.stylesPart is { } part ? (Styles)template.pristine[part].CloneNode(true) : new Styles();
            if (WordStyles.EnsureEastAsian(styles) || template.stylesPart is null)
                Styles = styles;
        }

        /// <summary>A header part to add (a template without one still shows the confidentiality mark), referenced by every section.</summary>
        public Header? AddedHeader { get; set; }

        // Copies of headers and footers for landscape sections, each with its own relationship id.
        private readonly List<(string Id, string Type, string Target, OpenXmlCompositeElement Root, string Source)> widened = [];

        /// <summary>
        /// Points each landscape section at copies of its headers and footers whose edge tab stops reach its wider
        /// text (<see cref="HeaderTabs"/>); a header without such stops stays shared.
        /// </summary>
        public void Widen(IReadOnlyList<(SectionProperties Section, int PortraitWidth)> sections)
        {
            var styles = template.stylesPart is { } part ? (Styles)template.pristine[part] : null;
            var copies = new Dictionary<(string, int, int), string?>();
            foreach (var (section, from) in sections)
            {
                if (WideTables.TextWidthOf(section) is not { } to || to == from)
                    continue;
                foreach (var reference in section.Elements<HeaderFooterReferenceType>())
                {
                    if (reference.Id?.Value is not { } id || !template.headerFooterById.TryGetValue(id, out var path))
                        continue;
                    if (!copies.TryGetValue((id, from, to), out var copyId))
                    {
                        var root = HeadersAndFooters.First(h => h.Part == path).Root;
                        copyId = HeaderTabs.Widened(root, styles, from, to) is { } wide ? Add(path, wide) : null;
                        copies[(id, from, to)] = copyId;
                    }
                    if (copyId is not null)
                        reference.Id = copyId;
                }
            }
        }

        private string Add(string source, OpenXmlCompositeElement root)
        {
            var type = root is Header ? "header" : "footer";
            var n = widened.Count + 1;
            var id = $"rIdPsWide{n}";
            widened.Add((id, type, $"{type}-presales-wide{n}.xml", root, source));
            return id;
        }

        /// <summary>The finished .docx.</summary>
        public byte[] Write()
        {
            var added = new List<(string Type, string Target, string ContentType, OpenXmlElement Root)>();
            if (AddedHeader is not null)
            {
                // First in the added parts, so its relationship is rIdPsPart1 (see Rels).
                added.Add(("header", "header-presales.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", AddedHeader));
                foreach (var section in Document.Descendants<SectionProperties>().ToList())
                {
                    if (!section.Elements<HeaderReference>().Any(h => h.Type is null || h.Type.Value == HeaderFooterValues.Default))
                        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdPsPart1" });
                }
            }
            if (numbering is not null && template.numberingPart is null)
                added.Add(("numbering", "numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", numbering));
            if (Styles is not null && template.stylesPart is null)
                added.Add(("styles", "styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", Styles));
            var folder = template.mainPart[..(template.mainPart.LastIndexOf('/') + 1)];
            var replaced = new Dictionary<string, OpenXmlElement>(StringComparer.Ordinal) { [template.mainPart] = Document };
            foreach (var (part, root) in HeadersAndFooters)
                replaced[part] = root;
            if (numbering is not null && template.numberingPart is { } numberingPart)
                replaced[numberingPart] = numbering;
            if (Styles is not null && template.stylesPart is { } stylesPart)
                replaced[stylesPart] = Styles;
            // A company template keeps its own properties ("Title", "Author", 2017) unless they are replaced here.
            var core = template.PropertyPart("/metadata/core-properties");
            var app = template.PropertyPart("/extended-properties");
            var addedProperties = new List<(string Name, string Type, string ContentType, byte[] Bytes)>();
            if (Properties is { } props)
            {
                if (core is null)
                    addedProperties.Add(("docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "application/vnd.openxmlformats-package.core-properties+xml", props.Core()));
                if (app is null)
                    addedProperties.Add(("docProps/app.xml", OfficeRel + "extended-properties", "application/vnd.openxmlformats-officedocument.extended-properties+xml", props.App(null)));
            }
            using var output = PackageBuffers.Stream("document");
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                var hasRels = false;
                foreach (var (name, bytes) in template.entries)
                {
                    if (Properties is { } p && name == core)
                        Put(zip, name, p.Core());
                    else if (Properties is { } q && name == app)
                        Put(zip, name, q.App(bytes));
                    else if (name == "_rels/.rels" && addedProperties.Count > 0)
                        Put(zip, name, RootRels(bytes, addedProperties.Select(a => (a.Type, a.Name))));
                    else if (name == "[Content_Types].xml")
                        Put(zip, name, ContentTypes(bytes, added.Select(a => "/" + folder + a.Target + "|" + a.ContentType)
                            .Concat(widened.Select(w => "/" + folder + w.Target + "|" + HeaderFooterType(w.Type)))
                            .Concat(addedProperties.Select(a => "/" + a.Name + "|" + a.ContentType))));
                    else if (name == template.mainRels)
                    {
                        Put(zip, name, Rels(bytes, added));
                        hasRels = true;
                    }
                    else if (replaced.TryGetValue(name, out var root))
                        Serialise(zip, name, root);
                    else
                        Put(zip, name, bytes);
                }
                if (!hasRels && (hyperlinks.Count > 0 || added.Count > 0 || widened.Count > 0))
                    Put(zip, template.mainRels, Rels(Encoding.UTF8.GetBytes($"<Relationships xmlns=\"{RelNs}\"/>"), added));
                foreach (var part in added)
                    Serialise(zip, folder + part.Target, part.Root);
                foreach (var part in widened)
                {
                    Serialise(zip, folder + part.Target, part.Root);
                    // The copy's pictures and links: the source's relationships, whose targets are relative to the same folder.
                    var slash = part.Source.LastIndexOf('/') + 1;
                    if (template.Entry($"{part.Source[..slash]}_rels/{part.Source[slash..]}.rels") is { } rels)
                        Put(zip, $"{folder}_rels/{part.Target}.rels", rels);
                }
                foreach (var part in addedProperties)
                    Put(zip, part.Name, part.Bytes);
            }
            return output.ToArray();
        }

        private static byte[] RootRels(byte[] bytes, IEnumerable<(string Type, string Target)> parts)
        {
            var rels = SafeXml.Parse(Text(bytes));
            var n = 0;
            foreach (var (type, target) in parts)
                rels.Root!.Add(new XElement(XName.Get("Relationship", RelNs), new XAttribute("Id", $"rIdPsProps{++n}"), new XAttribute("Type", type), new XAttribute("Target", target)));
            return Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + rels.ToString(SaveOptions.DisableFormatting));
        }

        private byte[] ContentTypes(byte[] bytes, IEnumerable<string> overrides)
        {
            var list = overrides.ToList();
            if (!template.convertType && list.Count == 0)
                return bytes;
            var types = SafeXml.Parse(Text(bytes));
            if (template.convertType)
            {
                var main = types.Root!.Elements(XName.Get("Override", TypeNs)).FirstOrDefault(o => string.Equals((string?)o.Attribute("PartName"), "/" + template.mainPart, StringComparison.OrdinalIgnoreCase));
                if (main is null)
                    types.Root.Add(main = new XElement(XName.Get("Override", TypeNs), new XAttribute("PartName", "/" + template.mainPart)));
                main.SetAttributeValue("ContentType", DocumentType);
            }
            foreach (var pair in list)
            {
                var (name, type) = (pair[..pair.IndexOf('|', StringComparison.Ordinal)], pair[(pair.IndexOf('|', StringComparison.Ordinal) + 1)..]);
                types.Root!.Add(new XElement(XName.Get("Override", TypeNs), new XAttribute("PartName", name), new XAttribute("ContentType", type)));
            }
            return Encoding.UTF8.GetBytes(types.Declaration + types.ToString(SaveOptions.DisableFormatting));
        }

        private static string HeaderFooterType(string type) => $"application/vnd.openxmlformats-officedocument.wordprocessingml.{type}+xml";

        private byte[] Rels(byte[] bytes, List<(string Type, string Target, string ContentType, OpenXmlElement Root)> added)
        {
            if (hyperlinks.Count == 0 && added.Count == 0 && widened.Count == 0)
                return bytes;
            var rels = SafeXml.Parse(Text(bytes));
            foreach (var (id, target) in hyperlinks)
                rels.Root!.Add(new XElement(XName.Get("Relationship", RelNs), new XAttribute("Id", id), new XAttribute("Type", OfficeRel + "hyperlink"),
                    new XAttribute("Target", target.AbsoluteUri), new XAttribute("TargetMode", "External")));
            var n = 0;
            foreach (var part in added)
                rels.Root!.Add(new XElement(XName.Get("Relationship", RelNs), new XAttribute("Id", $"rIdPsPart{++n}"), new XAttribute("Type", OfficeRel + part.Type), new XAttribute("Target", part.Target)));
            foreach (var part in widened)
                rels.Root!.Add(new XElement(XName.Get("Relationship", RelNs), new XAttribute("Id", part.Id), new XAttribute("Type", OfficeRel + part.Type), new XAttribute("Target", part.Target)));
            return Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + rels.ToString(SaveOptions.DisableFormatting));
        }

        private static void Serialise(ZipArchive zip, string name, OpenXmlElement root) =>
            PackageZip.Add(zip, name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + root.OuterXml);

        private static void Put(ZipArchive zip, string name, byte[] bytes) => PackageZip.Add(zip, name, bytes);
    }
}
