using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PreSales.DocGen.Packaging;
using P = DocumentFormat.OpenXml.Presentation;

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
        return Read(document, Path.GetFileName(path));
    }

    /// <summary>Reads an open presentation.</summary>
    public static DeckFacts Read(PresentationDocument document, string fileName)
    {
        var where = "ppt/presentation.xml";
        try
        {
            var part = document.PresentationPart
                ?? throw new PackageRejectedException(new PackageProblem("no-presentation", "文件中没有演示文稿部件。", "the file has no presentation part."));
            var presentation = part.Presentation
                ?? throw new PackageRejectedException(new PackageProblem("no-presentation", "演示文稿部件为空。", "the presentation part is empty."));
            var size = presentation.SlideSize;
            var sections = Sections(presentation);
            var templates = new Dictionary<SlideLayoutPart, SlideTemplate>();
            var palettes = new Dictionary<SlideMasterPart, ThemePalette>();
            var slides = new List<SlideFacts>();
            foreach (var id in presentation.SlideIdList?.Elements<P.SlideId>() ?? [])
            {
                if (id.RelationshipId?.Value is not { } rel || part.TryGetPartById(rel, out var found) is false || found is not SlidePart slidePart)
                    continue;
                where = slidePart.Uri.OriginalString.TrimStart('/');
                var template = TemplateOf(slidePart, templates, palettes, presentation.DefaultTextStyle);
                slides.Add(SlideOf(slidePart, template, slides.Count + 1, sections.GetValueOrDefault(id.Id?.Value ?? 0), size?.Cy?.Value ?? 6858000));
            }
            return new DeckFacts(fileName, size?.Cx?.Value ?? 12192000, size?.Cy?.Value ?? 6858000, slides);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException or InvalidOperationException or IOException)
        {
            throw SafePackage.Explain(e, where);
        }
    }

    private static SlideTemplate TemplateOf(SlidePart slide, Dictionary<SlideLayoutPart, SlideTemplate> templates, Dictionary<SlideMasterPart, ThemePalette> palettes, P.DefaultTextStyle? defaults)
    {
        var layout = slide.SlideLayoutPart
            ?? throw new PackageRejectedException(new PackageProblem("damaged", $"{slide.Uri} 没有版式。", $"{slide.Uri} has no layout."));
        if (templates.TryGetValue(layout, out var known))
            return known;
        var master = layout.SlideMasterPart
            ?? throw new PackageRejectedException(new PackageProblem("damaged", $"{layout.Uri} 没有母版。", $"{layout.Uri} has no master."));
        if (!palettes.TryGetValue(master, out var palette))
            palettes[master] = palette = new ThemePalette(master);
        return templates[layout] = new SlideTemplate(layout, palette, defaults);
    }

    private static SlideFacts SlideOf(SlidePart part, SlideTemplate template, int number, string? section, long height)
    {
        var slide = part.Slide;
        var shapes = new ShapeReader(template).Read(slide?.CommonSlideData?.ShapeTree);
        var background = SlideTemplate.BackgroundOf(slide?.CommonSlideData?.Background, template.Palette) ?? template.Background;
        var (title, titleId) = TitleFinder.Find(shapes, height);
        return new SlideFacts
        {
            Number = number,
            Hidden = slide?.Show?.Value == false,
            Section = section,
            Layout = template.Name,
            Shapes = shapes,
            Title = title,
            TitleShapeId = titleId,
            Notes = NotesOf(part),
            Comments = CommentsOf(part),
            HasTransition = slide?.ChildElements.Any(c => c is P.Transition || (c is AlternateContent && c.Descendants().Any(d => d.LocalName == "transition"))) == true,
            Animations = slide?.Timing?.Descendants<P.CommonTimeNode>().Count(n => n.PresetClass is not null) ?? 0,
            Background = background.Color,
        };
    }

    /// <summary>
    /// The notes' body text. Notes are about half a deck's XML and only their text matters, so they are streamed with
    /// an XmlReader (DTDs prohibited, size limited) instead of being loaded as a DOM.
    /// </summary>
    private static string NotesOf(SlidePart part)
    {
        if (part.NotesSlidePart is not { } notes)
            return "";
        using var stream = notes.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, NotesSettings);
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

    private static readonly XmlReaderSettings NotesSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = PackageLimits.Default.MaxXmlCharacters,
    };

    private static List<string> CommentsOf(SlidePart part)
    {
        var comments = new List<string>();
        foreach (var legacy in part.SlideCommentsPart?.CommentList?.Elements<P.Comment>() ?? [])
            comments.Add(legacy.Text?.Text ?? "");
        foreach (var modern in part.GetPartsOfType<PowerPointCommentPart>())
        {
            foreach (var comment in modern.CommentList?.Elements<DocumentFormat.OpenXml.Office2021.PowerPoint.Comment.Comment>() ?? [])
                comments.Add(comment.GetFirstChild<DocumentFormat.OpenXml.Office2021.PowerPoint.Comment.TextBodyType>()?.InnerText ?? "");
        }
        return comments;
    }

    /// <summary>Slide id → section name, from the p14:sectionLst extension.</summary>
    private static Dictionary<uint, string> Sections(P.Presentation presentation)
    {
        var map = new Dictionary<uint, string>();
        var list = presentation.PresentationExtensionList?.Descendants().FirstOrDefault(e => e.LocalName == "sectionLst");
        foreach (var section in list?.ChildElements.Where(e => e.LocalName == "section") ?? [])
        {
            var name = section.GetAttributes().FirstOrDefault(a => a.LocalName == "name").Value ?? "";
            foreach (var slideId in section.Descendants().Where(e => e.LocalName == "sldId"))
            {
                var id = slideId.GetAttributes().FirstOrDefault(a => a.LocalName == "id").Value;
                if (uint.TryParse(id, out var value))
                    map[value] = name;
            }
        }
        return map;
    }
}
