using System.IO.Packaging;
using System.Reflection;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml;
using P = DocumentFormat.OpenXml.Presentation;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks.Templates;
using PreSales.DocGen.Language;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>A rendered deck and what the template made the renderer do differently.</summary>
/// <param name="Deck">The .pptx bytes.</param>
/// <param name="Warnings">One line each, in both languages.</param>
public sealed record RenderedDeck(byte[] Deck, IReadOnlyList<Bilingual> Warnings);

/// <summary>
/// Renders a deck plan onto a PowerPoint template (.pptx or .potx): the template is prepared once (normalised with the
/// Open XML SDK when it needs it: .potx, example slides to drop, no notes master), each slide is bound to a layout found
/// by <see cref="LayoutCatalog"/>, text goes into the layout's placeholders, and tables, charts, diagrams and notes are
/// native parts written into the output package.
/// </summary>
public static class DeckRenderer
{
    /// <summary>The default template's bytes: templates/pitch-deck.pptx as built into the engine.</summary>
    public static byte[] DefaultTemplate { get; } = LoadDefault();

    private static readonly Lazy<SlideRoom> BuiltInRoom = new(() => PreparedTemplate.For(DefaultTemplate, false).Room);

    private static byte[] LoadDefault()
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("PreSales.DocGen.Decks.pitch-deck.pptx");
        if (resource is null)
            return TemplateBuilder.Build(new TemplateDesign());
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Renders a plan; <paramref name="template"/> null means the default template.</summary>
    /// <exception cref="DeckInputException">The template is not a presentation or has no usable layout.</exception>
    public static byte[] Render(DeckPlan plan, byte[]? template = null, bool keepTemplateSlides = false) =>
        RenderWithWarnings(plan, template, keepTemplateSlides).Deck;

    /// <summary>
    /// Renders a plan and says what the template made the renderer do differently (<see cref="TemplateMapping"/>'s
    /// warnings, colours changed for contrast, text styles taken from the master's sample text).
    /// </summary>
    /// <exception cref="DeckInputException">The template is not a presentation or has no usable layout.</exception>
    public static RenderedDeck RenderWithWarnings(DeckPlan plan, byte[]? template = null, bool keepTemplateSlides = false)
    {
        var prepared = PreparedTemplate.For(template ?? DefaultTemplate, keepTemplateSlides);
        var style = new RunStyle(plan.Language == DealLanguage.ZhCN ? "zh-CN" : "en-US", prepared.EastAsianFont);
        var warnings = new RenderWarnings();
        foreach (var warning in prepared.Mapping.Warnings)
            warnings.Add(warning);
        // Measured the same way as the built-in template's room, so a plan made for the built-in template (the planner's
        // budget) is never split again on it, only on a template with less room.
        var shown = plan.Language == DealLanguage.ZhCN ? [.. plan.Slides.Select(SlidePunctuation.Of)] : plan.Slides;
        var slides = SlideFit.Refit(shown, plan.Language, prepared.Room, BuiltInRoom.Value);
        using var stream = PackageBuffers.Stream("deck");
        using (var package = new DeckPackage(stream, prepared))
        {
            foreach (var slide in slides)
            {
                var number = package.NextSlideNumber;
                var relations = new SlideRelations(package);
                var xml = SlideComposer.Compose(prepared.Catalog, slide, style, relations, warnings);
                if (slide.Notes is not null)
                    relations.Add("notesSlide", DeckPackage.NotesTarget(number));
                var path = package.AddSlide(xml, relations.List);
                if (slide.Notes is { } notes)
                    package.AddNotes(path, NotesPage.Xml(NotesText(plan, notes), style));
            }
        }
        return new RenderedDeck(stream.ToArray(), warnings.List);
    }

    /// <summary>How each slide kind maps onto a template's layouts, before any deck is made (null: the default template).</summary>
    /// <exception cref="DeckInputException">The template is not a presentation or has no usable layout.</exception>
    public static TemplateMapping CheckTemplate(byte[]? template = null) =>
        PreparedTemplate.For(template ?? DefaultTemplate, false).Mapping;

    /// <summary>
    /// Checks a company template as rendering would read it (package limits, a presentation with a master and usable
    /// layouts), so an upload is refused before it is stored.
    /// </summary>
    /// <exception cref="DeckInputException">Why the template cannot be used.</exception>
    public static void Check(byte[] template, bool keepTemplateSlides = false) => _ = PreparedTemplate.For(template, keepTemplateSlides);

    /// <summary>
    /// Makes a template ready once. A presentation with a notes master and no slides to drop is read straight from its
    /// zip; any other (a .potx, example slides, no notes master) is first normalised with the SDK: converted to a
    /// presentation, its example slides removed (unless kept), a notes master added.
    /// </summary>
    internal static PreparedTemplate Prepare(byte[] template, bool keepTemplateSlides)
    {
        try
        {
            // Read checks the package first: nothing of a refused template is inflated, not even by the SDK below.
            if (PreparedTemplate.From(TemplateZip.Read(template), keepTemplateSlides) is { } ready)
                return ready;
            var normalised = Normalise(template, keepTemplateSlides);
            return PreparedTemplate.From(TemplateZip.Read(normalised), keepTemplateSlides)
                ?? throw new DeckInputException("模板无法准备：其演示文稿部件不可用", "the template could not be prepared: its presentation part is not usable");
        }
        catch (System.Xml.XmlException e)
        {
            throw new DeckInputException("模板不是有效的 PowerPoint 演示文稿：有部件不是格式正确的 XML:" + e.Message,
                "the template is not a PowerPoint presentation: a part is not well-formed XML: " + e.Message, e);
        }
    }

    private static byte[] Normalise(byte[] template, bool keepTemplateSlides)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var doc = Open(stream))
        {
            var pres = doc.PresentationPart!;
            var root = pres.Presentation!;
            var slideIds = root.SlideIdList ?? root.InsertAfter(new P.SlideIdList(), (OpenXmlElement?)root.NotesMasterIdList ?? root.SlideMasterIdList)!;
            if (!keepTemplateSlides)
                RemoveSlides(pres, slideIds);
            NotesPage.EnsureMaster(pres);
            root.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Renders and writes atomically: a temporary file, then a move, so a failure never leaves a corrupt deck.</summary>
    /// <returns>The warnings of <see cref="RenderWithWarnings"/>.</returns>
    public static IReadOnlyList<Bilingual> RenderToFile(DeckPlan plan, string path, byte[]? template = null, bool keepTemplateSlides = false)
    {
        var rendered = RenderWithWarnings(plan, template, keepTemplateSlides);
        AtomicFile.Write(path, rendered.Deck);
        return rendered.Warnings;
    }

    private static string NotesText(DeckPlan plan, SpeakerNotes notes) => DeckOutline.TimeLine(plan.Language, notes.Minutes) + "\n" + notes.TalkTrack;

    private static PresentationDocument Open(MemoryStream stream)
    {
        PresentationDocument? doc = null;
        try
        {
            doc = PresentationDocument.Open(stream, true, new OpenSettings { AutoSave = true });
            if (doc.PresentationPart?.Presentation is null || !doc.PresentationPart.SlideMasterParts.Any())
                throw new DeckInputException("模板不是有效的 PowerPoint 演示文稿：没有演示文稿部件或幻灯片母版", "the template is not a PowerPoint presentation: it has no presentation part or no slide master");
            if (doc.DocumentType != PresentationDocumentType.Presentation)
                doc.ChangeDocumentType(PresentationDocumentType.Presentation);
            return doc;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException or System.Xml.XmlException)
        {
            doc?.Dispose();
            throw new DeckInputException("模板不是有效的 PowerPoint 演示文稿（.pptx 或 .potx）：" + e.Message, "the template is not a PowerPoint presentation (.pptx or .potx): " + e.Message, e);
        }
        catch (DeckInputException)
        {
            doc?.Dispose();
            throw;
        }
    }

    private static void RemoveSlides(PresentationPart pres, P.SlideIdList ids)
    {
        foreach (var id in ids.Elements<P.SlideId>().ToList())
        {
            if (id.RelationshipId?.Value is { } rel && pres.TryGetPartById(rel, out var part))
                pres.DeletePart(part);
            id.Remove();
        }
        // Lists that point at slides would dangle: custom shows and the section list.
        pres.Presentation!.CustomShowList?.Remove();
        foreach (var ext in pres.Presentation.PresentationExtensionList?.Elements<P.PresentationExtension>().ToList() ?? [])
            if (ext.Uri == "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
                ext.Remove();
    }
}
