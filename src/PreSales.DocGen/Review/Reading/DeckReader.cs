using System.Xml;
using System.Xml.Linq;
using PreSales.DocGen.Formatting;
using PreSales.DocGen.Packaging;
using static PreSales.DocGen.Review.Reading.OoXml;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// Turns a .pptx into <see cref="DeckFacts"/>. It opens the file through <see cref="SafePackage"/> (zip checks; for a
/// deck to annotate, the Open XML SDK must accept the package too), then reads only the XML parts it needs (presentation, slides, layouts,
/// masters, themes, notes, comments) straight from the checked zip, with DTDs prohibited and a size limit; of the
/// pictures it decodes only those a slide, layout or master draws (within <see cref="DeckPictures"/>' bounds), to know
/// the colour behind text; it never opens media. A damaged or hostile file ends in <see cref="PackageRejectedException"/>.
/// </summary>
public static class DeckReader
{
    /// <summary>Reads a deck from a file, within the zip's <paramref name="limits"/> and the review's <paramref name="deckLimits"/>.</summary>
    /// <exception cref="PackageRejectedException">The file is damaged, hostile, or over a limit; the message says which.</exception>
    public static DeckFacts Read(string path, PackageLimits? limits = null, DeckLimits? deckLimits = null) =>
        Read(path, limits, deckLimits, toAnnotate: false);

    /// <summary>Reads a deck held in memory (an upload); <paramref name="fileName"/> only names it in the facts.</summary>
    /// <exception cref="PackageRejectedException">The file is damaged, hostile, or over a limit; the message says which.</exception>
    public static DeckFacts Read(byte[] bytes, string fileName, PackageLimits? limits = null, DeckLimits? deckLimits = null) =>
        Read(bytes, fileName, limits, deckLimits, toAnnotate: false);

    /// <summary>
    /// Reads a deck whose review will be written into a copy (<see cref="Reports.DeckAnnotation"/>): the Open XML SDK,
    /// which writes the comments, must accept the package as well, so a deck it cannot open is refused here, before
    /// the review, with <see cref="SafePackage.Damaged"/>'s message, rather than after it.
    /// </summary>
    /// <exception cref="PackageRejectedException">The file is damaged, hostile, or over a limit; the message says which.</exception>
    public static DeckFacts ReadToAnnotate(string path, PackageLimits? limits = null, DeckLimits? deckLimits = null) =>
        Read(path, limits, deckLimits, toAnnotate: true);

    /// <summary>As <see cref="ReadToAnnotate(string, PackageLimits?, DeckLimits?)"/>, for a deck held in memory (an upload).</summary>
    /// <exception cref="PackageRejectedException">The file is damaged, hostile, or over a limit; the message says which.</exception>
    public static DeckFacts ReadToAnnotate(byte[] bytes, string fileName, PackageLimits? limits = null, DeckLimits? deckLimits = null) =>
        Read(bytes, fileName, limits, deckLimits, toAnnotate: true);

    private static DeckFacts Read(string path, PackageLimits? limits, DeckLimits? deckLimits, bool toAnnotate)
    {
        using var package = SafePackage.Open(path, limits, KeptXml(deckLimits));
        return Read(package, Path.GetFileName(path), deckLimits, toAnnotate);
    }

    private static DeckFacts Read(byte[] bytes, string fileName, PackageLimits? limits, DeckLimits? deckLimits, bool toAnnotate)
    {
        using var package = SafePackage.Open(bytes, limits, KeptXml(deckLimits));
        return Read(package, fileName, deckLimits, toAnnotate);
    }

    // The review reads nearly every XML part: those the inspection inflated to check their CRC are kept for it, within
    // a quarter of the XML the review may read at all (32 MB by default; a real 300-slide deck holds ~6 MB).
    private static long KeptXml(DeckLimits? deckLimits) => (deckLimits ?? DeckLimits.Default).MaxXmlBytes / 4;

    private static DeckFacts Read(SafePackage package, string fileName, DeckLimits? deckLimits, bool toAnnotate)
    {
        package.RefuseUnless(PackageKind.Presentation);
        // The parts are read straight from the checked zip. Only the annotation goes through the Open XML SDK, so only
        // a deck to annotate must be one the SDK accepts (content types, relationships, the presentation part): its
        // package model costs a quarter of the reading, on every review, annotated or not.
        if (toAnnotate)
        {
            using (package.OpenPresentation())
            {
            }
        }
        try
        {
            return Read(new PartGraph(package, new ReadBudget(deckLimits ?? DeckLimits.Default)), fileName);
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
        var (width, height) = (Positive(size.Long("cx")) ?? 12192000, Positive(size.Long("cy")) ?? 6858000);
        var sections = Sections(presentation);
        var defaults = presentation.Element(PDefaultTextStyle);
        var templates = new Dictionary<string, SlideStyle>(StringComparer.Ordinal);
        var masters = new Dictionary<string, (XElement Root, XElement? Theme)>(StringComparer.Ordinal);
        var slides = new List<SlideFacts>();
        var pictures = new DeckPictures(graph);
        var tableStyles = graph.Target(graph.Main, "/tableStyles") is { } stylesPart ? graph.Load(stylesPart) : null;
        // Each slide part is read once: a slide list naming one part many times is refused before anything is read twice.
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var notes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in presentation.Element(PSldIdLst)?.Elements(PSldId) ?? [])
        {
            if ((string?)id.Attribute(R + "id") is not { } rel || graph.ById(graph.Main, rel) is not { } slidePart)
                continue;
            if (seen.TryGetValue(slidePart, out var first))
                throw DuplicateSlide(slidePart, first, slides.Count + 1);
            if (graph.Load(slidePart) is not { } slide)
                continue;
            seen[slidePart] = slides.Count + 1;
            var template = TemplateOf(graph, slidePart, templates, masters, defaults, pictures, (width, height));
            slides.Add(SlideOf(graph, slidePart, slide, template, slides.Count + 1, sections.GetValueOrDefault(id.Long("id") ?? 0), height, notes, pictures, tableStyles));
        }
        return new DeckFacts(fileName, width, height, slides);
    }

    private static long? Positive(long? value) => value is > 0 ? value : null;

    private static PackageRejectedException DuplicateSlide(string part, int first, int again)
    {
        var name = SafePackage.OneLine(part.TrimStart('/'));
        return new PackageRejectedException(new PackageProblem("duplicate-slide",
            $"幻灯片列表多次引用同一页 {name}（第 {first} 页和第 {again} 页），PowerPoint 会要求修复此文件；请在 PowerPoint 中打开并保存后再评审。",
            $"the slide list refers to {name} more than once (slides {first} and {again}); PowerPoint would have to repair this file: open and save it in PowerPoint, then review it again."));
    }

    private static SlideStyle TemplateOf(PartGraph graph, string slide, Dictionary<string, SlideStyle> templates,
        Dictionary<string, (XElement Root, XElement? Theme)> masters, XElement? defaults, DeckPictures pictures, (long, long) size)
    {
        // A layout is loaded once, however many slides use it (a 300-slide deck has a dozen layouts).
        if (graph.Target(slide, "/slideLayout") is { } named && templates.TryGetValue(named, out var known))
            return known;
        var layout = graph.Target(slide, "/slideLayout") is { } l && graph.Load(l) is { } root ? (Name: l, Root: root)
            : throw new PackageRejectedException(new PackageProblem("damaged", $"{slide} 没有版式。", $"{slide} has no layout."));
        var masterName = graph.Target(layout.Name, "/slideMaster")
            ?? throw new PackageRejectedException(new PackageProblem("damaged", $"{layout.Name} 没有母版。", $"{layout.Name} has no master."));
        if (!masters.TryGetValue(masterName, out var master))
        {
            var masterRoot = graph.Load(masterName)
                ?? throw new PackageRejectedException(new PackageProblem("damaged", $"缺少母版 {masterName}。", $"the master {masterName} is missing."));
            var theme = graph.Target(masterName, "/theme") is { } t ? graph.Load(t) : null;
            masters[masterName] = master = (masterRoot, theme);
        }
        return templates[layout.Name] = new SlideStyle(layout.Root, master.Root, master.Theme, defaults, pictures.Of(layout.Name), pictures.Of(masterName), size);
    }

    private static SlideFacts SlideOf(PartGraph graph, string part, XElement slide, SlideStyle template, int number, string? section, long height,
        Dictionary<string, string> notes, DeckPictures pictures, XElement? tableStyles)
    {
        var common = slide.Element(PCSld);
        var slidePictures = pictures.Of(part);
        var shapes = new ShapeReader(template, slidePictures, tableStyles, id => graph.ById(part, id) is { } chart ? graph.Load(chart) : null)
            .Read(common?.Element(PSpTree), number, graph.Budget);
        // A slide's own background replaces the layout's and master's; showMasterSp="0" hides their shapes.
        var palette = template.Palette.Override(slide.Element(P + "clrMapOvr"));
        var scene = template.Scene.Restyled(Paint.OfBackground(common?.Element(PBg), palette, slidePictures), slide.Bool("showMasterSp") != false);
        var (title, titleId) = TitleFinder.Find(shapes, height);
        return new SlideFacts
        {
            Number = number,
            Part = part,
            Hidden = slide.Bool("show") == false,
            Section = section,
            Layout = template.Name,
            Shapes = shapes,
            Title = title,
            TitleShapeId = titleId,
            Notes = graph.Target(part, "/notesSlide") is { } notesPart ? NotesOf(graph, notesPart, notes) : "",
            Comments = CommentsOf(graph, part),
            HasTransition = slide.Element(PTransition) is not null
                || slide.Elements(Mc + "AlternateContent").Any(a => a.Descendants().Any(d => d.Name.LocalName == "transition")),
            Animations = slide.Element(PTiming)?.Descendants(PCTn).Count(n => n.Attribute("presetClass") is not null) ?? 0,
            Background = scene.Background is { Picture: false, Colors.Count: 1 } solid ? solid.Colors[0] : null,
            Scene = scene,
        };
    }

    /// <summary>
    /// The notes' body text. Notes are about half a deck's XML and only their text matters, so they are streamed with
    /// an XmlReader (DTDs prohibited, size limited) instead of being loaded as a DOM.
    /// </summary>
    private static string NotesOf(PartGraph graph, string part, Dictionary<string, string> known)
    {
        // Notes slides shared by several slides (a broken or hostile deck) are read once.
        if (known.TryGetValue(part, out var text))
            return text;
        try
        {
            using var stream = graph.Open(part);
            text = stream is null ? "" : NotesText(stream, graph.MaxCharacters, part, graph.Budget);
            graph.Budget.Text(text.Length);
            return known[part] = text;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw SafePackage.Explain(e, part.TrimStart('/'));
        }
    }

    private static string NotesText(Stream stream, long maxCharacters, string part, ReadBudget budget)
    {
        using var reader = XmlReader.Create(stream, OoXml.Settings(maxCharacters));
        var texts = new List<string>();
        var paragraphs = new List<string>();
        var paragraph = new System.Text.StringBuilder();
        bool body = false, inText = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                budget.Nodes(part);
                budget.Depth(part, reader.Depth);
            }
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
