using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PreSales.DocGen.Packaging;
using static PreSales.DocGen.Review.Reading.OoXml;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// Turns a .pptx into <see cref="DeckFacts"/>. It opens the file through <see cref="SafePackage"/>, reads only the
/// XML parts it needs (presentation, slides, layouts, masters, themes, notes, comments) and never a picture or media
/// stream. A damaged or hostile file ends in <see cref="PackageRejectedException"/> with the reason.
/// </summary>
public static class DeckReader
{
    /// <summary>Reads a deck from a file.</summary>
    public static DeckFacts Read(string path, PackageLimits? limits = null)
    {
        using var package = SafePackage.Open(path, limits);
        using var document = package.OpenPresentation();
        return Read(document, Path.GetFileName(path), new PartReading(package, package.Limits.MaxXmlCharacters));
    }

    /// <summary>Reads an open presentation; each XML part is parsed with DTDs prohibited and at most <paramref name="maxCharacters"/> characters.</summary>
    public static DeckFacts Read(PresentationDocument document, string fileName, long maxCharacters = 64L << 20) =>
        Read(document, fileName, new PartReading(null, maxCharacters));

    private static DeckFacts Read(PresentationDocument document, string fileName, PartReading reading)
    {
        try
        {
            var part = document.PresentationPart
                ?? throw new PackageRejectedException(new PackageProblem("no-presentation", "文件中没有演示文稿部件。", "the file has no presentation part."));
            var presentation = Load(part, reading);
            var size = presentation.Element(PSldSz);
            var (width, height) = (size.Long("cx") ?? 12192000, size.Long("cy") ?? 6858000);
            var sections = Sections(presentation);
            var defaults = presentation.Element(PDefaultTextStyle);
            var templates = new Dictionary<SlideLayoutPart, SlideTemplate>();
            var palettes = new Dictionary<SlideMasterPart, (XElement Root, ThemePalette Palette)>();
            var slides = new List<SlideFacts>();
            foreach (var id in presentation.Element(PSldIdLst)?.Elements(PSldId) ?? [])
            {
                if ((string?)id.Attribute(RId) is not { } rel || !part.TryGetPartById(rel, out var found) || found is not SlidePart slidePart)
                    continue;
                var template = TemplateOf(slidePart, templates, palettes, defaults, reading);
                var slide = Load(slidePart, reading);
                slides.Add(SlideOf(slidePart, slide, template, slides.Count + 1, sections.GetValueOrDefault(id.Long("id") ?? 0), height, reading));
            }
            return new DeckFacts(fileName, width, height, slides);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException or InvalidOperationException or IOException)
        {
            throw SafePackage.Explain(e, "ppt");
        }
    }

    private static SlideTemplate TemplateOf(SlidePart slide, Dictionary<SlideLayoutPart, SlideTemplate> templates,
        Dictionary<SlideMasterPart, (XElement Root, ThemePalette Palette)> masters, XElement? defaults, PartReading reading)
    {
        var layout = slide.SlideLayoutPart
            ?? throw new PackageRejectedException(new PackageProblem("damaged", $"{slide.Uri} 没有版式。", $"{slide.Uri} has no layout."));
        if (templates.TryGetValue(layout, out var known))
            return known;
        var masterPart = layout.SlideMasterPart
            ?? throw new PackageRejectedException(new PackageProblem("damaged", $"{layout.Uri} 没有母版。", $"{layout.Uri} has no master."));
        if (!masters.TryGetValue(masterPart, out var master))
        {
            var root = Load(masterPart, reading);
            var theme = masterPart.ThemePart is { } themePart ? Load(themePart, reading) : null;
            masters[masterPart] = master = (root, new ThemePalette(theme, root.Element(PClrMap)));
        }
        return templates[layout] = new SlideTemplate(Load(layout, reading), master.Root, master.Palette, defaults);
    }

    private static SlideFacts SlideOf(SlidePart part, XElement slide, SlideTemplate template, int number, string? section, long height, PartReading reading)
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
            Notes = NotesOf(part, reading),
            Comments = CommentsOf(part, reading),
            HasTransition = slide.Element(PTransition) is not null
                || slide.Elements(McAlternateContent).Any(a => a.Descendants().Any(d => d.Name.LocalName == "transition")),
            Animations = slide.Element(PTiming)?.Descendants(PCTn).Count(n => n.Attribute("presetClass") is not null) ?? 0,
            Background = background.Color,
        };
    }

    private static XElement Load(OpenXmlPart part, PartReading reading) => OoXml.Load(part, reading);

    /// <summary>
    /// The notes' body text. Notes are about half a deck's XML and only their text matters, so they are streamed with
    /// an XmlReader (DTDs prohibited, size limited) instead of being loaded as a DOM.
    /// </summary>
    private static string NotesOf(SlidePart part, PartReading reading)
    {
        if (part.NotesSlidePart is not { } notes)
            return "";
        try
        {
            return NotesText(notes, reading);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw SafePackage.Explain(e, notes.Uri.OriginalString.TrimStart('/'));
        }
    }

    private static string NotesText(NotesSlidePart notes, PartReading reading)
    {
        using var stream = OoXml.Open(notes, reading);
        using var reader = XmlReader.Create(stream, OoXml.Settings(reading.MaxCharacters));
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

    private const string PresentationNs = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private const string DrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static List<string> CommentsOf(SlidePart part, PartReading reading)
    {
        var comments = new List<string>();
        if (part.SlideCommentsPart is { } legacy)
            comments.AddRange(Load(legacy, reading).Elements(PCm).Select(c => (string?)c.Element(PText) ?? ""));
        foreach (var modern in part.GetPartsOfType<PowerPointCommentPart>())
            comments.AddRange(Load(modern, reading).Elements(P188Cm).Select(c => string.Concat(c.Element(P188TxBody)?.Descendants(AT).Select(t => t.Value) ?? [])));
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
