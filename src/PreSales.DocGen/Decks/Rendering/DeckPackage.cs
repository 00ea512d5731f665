using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// The output package, written straight to a zip: the prepared template's parts as they are, then the new slides,
/// notes, charts and pictures with their relationships and content types. The template itself is prepared with the
/// Open XML SDK (<see cref="DeckRenderer.Prepare"/>); writing the new parts directly avoids re-saving the whole
/// package through System.IO.Packaging for every deck, which is most of a render's cost.
/// </summary>
internal sealed class DeckPackage : IDisposable
{
    public static readonly string RelNs = OpenXmlNamespaces.R.NamespaceName;
    public static readonly string PackageRelNs = OpenXmlNamespaces.PackageRelationships.NamespaceName;

    private readonly ZipArchive zip;
    private readonly StringBuilder overrides = new();
    private readonly HashSet<string> defaults = [];
    private readonly PreparedTemplate template;
    private readonly StringBuilder slideRels = new();
    private readonly StringBuilder slideIds = new();
    private int slides;
    private int charts;
    private int images;

    public DeckPackage(Stream output, PreparedTemplate template)
    {
        this.template = template;
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in template.Parts)
            Write(name, bytes);
    }

    /// <summary>Adds a slide part with its relationships; returns its zip path.</summary>
    public string AddSlide(string xml, IReadOnlyList<(string Id, string Type, string Target)> relations)
    {
        var number = template.FirstFreeSlideNumber + slides++;
        var path = $"ppt/slides/slide{number}.xml";
        Add(path, "application/vnd.openxmlformats-officedocument.presentationml.slide+xml", xml, relations);
        var rel = $"rIdDeck{number}";
        slideRels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"{rel}\" Type=\"{RelNs}/slide\" Target=\"/ppt/slides/slide{number}.xml\"/>");
        slideIds.Append(CultureInfo.InvariantCulture, $"<{template.Prefix}sldId id=\"{template.NextSlideId + (uint)slides - 1}\" {template.RelPrefix}id=\"{rel}\"/>");
        return path;
    }

    /// <summary>Adds the notes slide of a slide.</summary>
    public void AddNotes(string slidePath, string xml)
    {
        var name = Path.GetFileNameWithoutExtension(slidePath).Replace("slide", "notesSlide", StringComparison.Ordinal);
        Add($"ppt/notesSlides/{name}.xml", "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml", xml,
            [("rId1", RelNs + "/notesMaster", "../" + template.NotesMasterPath["ppt/".Length..]), ("rId2", RelNs + "/slide", "../slides/" + Path.GetFileName(slidePath))]);
    }

    /// <summary>The notes-slide target of a slide, for the slide's own relationship.</summary>
    public static string NotesTarget(int slideNumber) => $"../notesSlides/notesSlide{slideNumber}.xml";

    public int NextSlideNumber => template.FirstFreeSlideNumber + slides;

    /// <summary>Adds a chart part and its embedded workbook; returns the slide's relationship target.</summary>
    public string AddChart(string xml, byte[] workbook)
    {
        var n = ++charts;
        var book = $"ppt/embeddings/Microsoft_Excel_Worksheet_deck{n}.xlsx";
        Write(book, workbook);
        defaults.Add("xlsx|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Add($"ppt/charts/chart_deck{n}.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", xml,
            [("rId1", RelNs + "/package", $"../embeddings/{Path.GetFileName(book)}")]);
        return $"../charts/chart_deck{n}.xml";
    }

    /// <summary>Adds a picture; returns the slide's relationship target.</summary>
    public string AddImage(byte[] bytes, bool png)
    {
        var ext = png ? "png" : "jpeg";
        var name = $"ppt/media/deck_image{++images}.{ext}";
        Write(name, bytes);
        defaults.Add(png ? "png|image/png" : "jpeg|image/jpeg");
        return "../media/" + Path.GetFileName(name);
    }

    private void Add(string path, string contentType, string xml, IReadOnlyList<(string Id, string Type, string Target)> relations)
    {
        Write(path, xml);
        overrides.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/{path}\" ContentType=\"{contentType}\"/>");
        if (relations.Count == 0)
            return;
        var rels = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"{PackageRelNs}\">");
        foreach (var (id, type, target) in relations)
            rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{SecurityElement.Escape(target)}\"/>");
        rels.Append("</Relationships>");
        var dir = Path.GetDirectoryName(path)!.Replace('\\', '/');
        Write($"{dir}/_rels/{Path.GetFileName(path)}.rels", rels.ToString());
    }

    private void Write(string name, byte[] bytes) => PackageZip.Add(zip, name, bytes);

    private void Write(string name, string xml) => PackageZip.Add(zip, name, xml);

    /// <summary>Writes presentation.xml, its relationships and the content types, and closes the zip.</summary>
    public void Dispose()
    {
        Write(template.PresentationPath, template.PresentationXml.Replace(PreparedTemplate.SlideIdMarker, slideIds.ToString(), StringComparison.Ordinal));
        Write(template.PresentationRelsPath, template.PresentationRels.Replace("</Relationships>", slideRels + "</Relationships>", StringComparison.Ordinal));
        var types = new StringBuilder();
        foreach (var pair in defaults)
        {
            var (ext, type) = (pair.Split('|')[0], pair.Split('|')[1]);
            if (!template.DefaultExtensions.Contains(ext))
                types.Append(CultureInfo.InvariantCulture, $"<Default Extension=\"{ext}\" ContentType=\"{type}\"/>");
        }
        types.Append(overrides);
        Write("[Content_Types].xml", template.ContentTypes.Replace("</Types>", types + "</Types>", StringComparison.Ordinal));
        zip.Dispose();
    }
}
