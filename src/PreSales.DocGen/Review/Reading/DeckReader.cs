using System.Xml;
using System.Xml.Linq;
using PreSales.DocGen.Packaging;
using static PreSales.DocGen.Review.Reading.OoXml;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// Turns a .pptx into <see cref="DeckFacts"/>. It opens the file through <see cref="SafePackage"/> (zip checks, then
/// the Open XML SDK must accept the package), then reads only the XML parts it needs (presentation, slides, layouts,
/// masters, themes, notes, comments) straight from the checked zip, with DTDs prohibited and a size limit; it never
/// opens a picture or media stream. A damaged or hostile file ends in <see cref="PackageRejectedException"/>.
/// </summary>
public static class DeckReader
{
    /// <summary>Reads a deck from a file.</summary>
    public static DeckFacts Read(string path, PackageLimits? limits = null)
    {
        using var package = SafePackage.Open(path, limits);
        return Read(package, Path.GetFileName(path));
    }

    /// <summary>Reads a deck held in memory (an upload); <paramref name="fileName"/> only names it in the facts.</summary>
    public static DeckFacts Read(byte[] bytes, string fileName, PackageLimits? limits = null)
    {
        using var package = SafePackage.Open(bytes, limits);
        return Read(package, fileName);
    }

    private static DeckFacts Read(SafePackage package, string fileName)
    {
        // The Open XML SDK must accept the package (content types, relationships, the presentation part); the
        // parts themselves are then read straight from the checked zip, which is several times faster.
        using (package.OpenPresentation())
        {
        }
        try
        {
            return Read(new PartGraph(package), fileName);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw SafePackage.Explain(e, "ppt");
        }
    }

    private static DeckFacts Read(PartGraph graph, string fileName)
    {
        var presentation = graph.Load(graph.Main)
            ?? throw new PackageRejectedException(new PackageProblem("no-presentation", "文件中没有演示文稿部件。", "the file has no presentation part."));
        var size = presentation.Element(PSldSz);
        var (width, height) = (size.Long("cx") ?? 12192000, size.Long("cy") ?? 6858000);
        var sections = Sections(presentation);
        var defaults = presentation.Element(PDefaultTextStyle);
        var templates = new Dictionary<string, SlideTemplate>(StringComparer.Ordinal);
        var masters = new Dictionary<string, (XElement Root, ThemePalette Palette)>(StringComparer.Ordinal);
        var slides = new List<SlideFacts>();
        foreach (var id in presentation.Element(PSldIdLst)?.Elements(PSldId) ?? [])
        {
            if ((string?)id.Attribute(R + "id") is not { } rel || graph.ById(graph.Main, rel) is not { } slidePart || graph.Load(slidePart) is not { } slide)
                continue;
            var template = TemplateOf(graph, slidePart, templates, masters, defaults);
            slides.Add(SlideOf(graph, slidePart, slide, template, slides.Count + 1, sections.GetValueOrDefault(id.Long("id") ?? 0), height));
        }
        return new DeckFacts(fileName, width, height, slides);
    }

    private static SlideTemplate TemplateOf(PartGraph graph, string slide, Dictionary<string, SlideTemplate> templates,
        Dictionary<string, (XElement Root, ThemePalette Palette)> masters, XElement? defaults)
    {
        var layout = graph.Target(slide, "/slideLayout") is { } l && graph.Load(l) is { } root ? (Name: l, Root: root)
            : throw new PackageRejectedException(new PackageProblem("damaged", $"{slide} 没有版式。", $"{slide} has no layout."));
        if (templates.TryGetValue(layout.Name, out var known))
            return known;
        var masterName = graph.Target(layout.Name, "/slideMaster")
            ?? throw new PackageRejectedException(new PackageProblem("damaged", $"{layout.Name} 没有母版。", $"{layout.Name} has no master."));
        if (!masters.TryGetValue(masterName, out var master))
        {
            var masterRoot = graph.Load(masterName)
                ?? throw new PackageRejectedException(new PackageProblem("damaged", $"缺少母版 {masterName}。", $"the master {masterName} is missing."));
            var theme = graph.Target(masterName, "/theme") is { } t ? graph.Load(t) : null;
            masters[masterName] = master = (masterRoot, new ThemePalette(theme, masterRoot.Element(PClrMap)));
        }
        return templates[layout.Name] = new SlideTemplate(layout.Root, master.Root, master.Palette, defaults);
    }

    private static SlideFacts SlideOf(PartGraph graph, string part, XElement slide, SlideTemplate template, int number, string? section, long height)
    {
        var common = slide.Element(PCSld);
        var shapes = new ShapeReader(template).Read(common?.Element(PSpTree));
        var background = SlideTemplate.BackgroundOf(common?.Element(PBg), template.Palette) ?? template.Background;
        var (title, titleId) = TitleFinder.Find(shapes, height);
        return new SlideFacts
        {
            Number = number,
            Hidden = slide.Bool("show") == false,
            Section = section,
            Layout = template.Name,
            Shapes = shapes,
            Title = title,
            TitleShapeId = titleId,
            Notes = graph.Target(part, "/notesSlide") is { } notes ? NotesOf(graph, notes) : "",
            Comments = CommentsOf(graph, part),
            HasTransition = slide.Element(PTransition) is not null
                || slide.Elements(Mc + "AlternateContent").Any(a => a.Descendants().Any(d => d.Name.LocalName == "transition")),
            Animations = slide.Element(PTiming)?.Descendants(PCTn).Count(n => n.Attribute("presetClass") is not null) ?? 0,
            Background = background.Color,
        };
    }

    /// <summary>
    /// The notes' body text. Notes are about half a deck's XML and only their text matters, so they are streamed with
    /// an XmlReader (DTDs prohibited, size limited) instead of being loaded as a DOM.
    /// </summary>
    private static string NotesOf(PartGraph graph, string part)
    {
        try
        {
            using var stream = graph.Open(part);
            return stream is null ? "" : NotesText(stream, graph.MaxCharacters);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw SafePackage.Explain(e, part.TrimStart('/'));
        }
    }

    private static string NotesText(Stream stream, long maxCharacters)
    {
        using var reader = XmlReader.Create(stream, OoXml.Settings(maxCharacters));
        var texts = new List<string>();
        var paragraphs = new List<string>();
        var paragraph = new System.Text.StringBuilder();
        bool body = false, inText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "sp" && reader.NamespaceURI == PresentationNs:
                    (body, inText) = (false, false);
                    paragraphs.Clear();
                    break;
                case XmlNodeType.Element when reader.LocalName == "ph" && reader.NamespaceURI == PresentationNs:
                    body = reader.GetAttribute("type") is null or "body";
                    break;
                case XmlNodeType.Element when reader.LocalName == "p" && reader.NamespaceURI == DrawingNs:
                    paragraph.Clear();
                    break;
                case XmlNodeType.Element when reader.LocalName == "t" && reader.NamespaceURI == DrawingNs:
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    paragraph.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "p" && reader.NamespaceURI == DrawingNs && body:
                    paragraphs.Add(paragraph.ToString());
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "sp" && reader.NamespaceURI == PresentationNs && body:
                    texts.Add(string.Join('\n', paragraphs).Trim());
                    break;
            }
        }
        return string.Join('\n', texts.Where(t => t.Length > 0));
    }

    private static readonly string PresentationNs = OpenXmlNamespaces.P.NamespaceName;
    private static readonly string DrawingNs = OpenXmlNamespaces.A.NamespaceName;

    /// <summary>Legacy (p:cmLst) and modern (p188:cmLst) comments: both relationship types end in /comments.</summary>
    private static List<string> CommentsOf(PartGraph graph, string slide)
    {
        var comments = new List<string>();
        foreach (var part in graph.Targets(slide, "/comments"))
        {
            var root = graph.Load(part);
            comments.AddRange(root?.Elements(P + "cm").Select(c => (string?)c.Element(P + "text") ?? "") ?? []);
            comments.AddRange(root?.Elements(P188 + "cm").Select(c => string.Concat(c.Element(P188 + "txBody")?.Descendants(A + "t").Select(t => t.Value) ?? [])) ?? []);
        }
        return comments;
    }

    /// <summary>Slide id → section name, from the p14:sectionLst extension.</summary>
    private static Dictionary<long, string> Sections(XElement presentation)
    {
        var map = new Dictionary<long, string>();
        var list = presentation.Element(PExtLst)?.Descendants().FirstOrDefault(e => e.Name.LocalName == "sectionLst");
        foreach (var section in list?.Elements().Where(e => e.Name.LocalName == "section") ?? [])
        {
            var name = section.Text("name") ?? "";
            foreach (var slideId in section.Descendants().Where(e => e.Name.LocalName == "sldId"))
            {
                if (slideId.Long("id") is { } id)
                    map[id] = name;
            }
        }
        return map;
    }
}
