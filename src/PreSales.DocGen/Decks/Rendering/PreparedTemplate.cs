using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// A template made ready for rendering, kept per template (by reference) so a batch prepares it once: its parts,
/// presentation.xml with a marker where new slide ids go, its relationships and content types, and its layouts.
/// </summary>
internal sealed partial record PreparedTemplate
{
    public const string SlideIdMarker = "<!--presales:slides-->";
    public const string MarkerRelId = "rIdPresalesMarker";

    private static readonly ConditionalWeakTable<byte[], PreparedTemplate> Plain = new();
    private static readonly ConditionalWeakTable<byte[], PreparedTemplate> Keeping = new();

    public required IReadOnlyList<(string Name, byte[] Bytes)> Parts { get; init; }

    public required string PresentationPath { get; init; }

    public required string PresentationRelsPath { get; init; }

    public required string PresentationXml { get; init; }

    public required string PresentationRels { get; init; }

    public required string ContentTypes { get; init; }

    public required HashSet<string> DefaultExtensions { get; init; }

    /// <summary>The presentationml prefix with its colon ("p:" or "").</summary>
    public required string Prefix { get; init; }

    /// <summary>The relationships-namespace prefix with its colon ("r:").</summary>
    public required string RelPrefix { get; init; }

    public required string NotesMasterPath { get; init; }

    public required LayoutCatalog Catalog { get; init; }

    public required string EastAsianFont { get; init; }

    public required uint NextSlideId { get; init; }

    public required int FirstFreeSlideNumber { get; init; }

    public static PreparedTemplate For(byte[] template, bool keepTemplateSlides) =>
        (keepTemplateSlides ? Keeping : Plain).GetValue(template, t => DeckRenderer.Prepare(t, keepTemplateSlides));

    /// <summary>Splits a prepared package (saved by the SDK) into what rendering copies and what it rewrites.</summary>
    public static PreparedTemplate From(byte[] package, string presentationPath, string notesMasterPath, LayoutCatalog catalog, string ea, uint nextId)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var parts = new List<(string, byte[])>();
        string? pres = null, rels = null, types = null;
        var relsPath = Path.GetDirectoryName(presentationPath)!.Replace('\\', '/') + "/_rels/" + Path.GetFileName(presentationPath) + ".rels";
        var maxNumber = 0;
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            var name = entry.FullName;
            if (name == presentationPath)
                pres = System.Text.Encoding.UTF8.GetString(copy.ToArray());
            else if (name == relsPath)
                rels = System.Text.Encoding.UTF8.GetString(copy.ToArray());
            else if (name == "[Content_Types].xml")
                types = System.Text.Encoding.UTF8.GetString(copy.ToArray());
            else
                parts.Add((name, copy.ToArray()));
            if (NumberPattern().Match(name) is { Success: true } m)
                maxNumber = Math.Max(maxNumber, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        if (pres is null || rels is null || types is null)
            throw new DeckInputException("the template's package is incomplete (presentation part, its relationships or content types missing)");
        var marker = MarkerPattern().Match(pres);
        if (!marker.Success)
            throw new InvalidOperationException("prepared template has no slide marker");
        return new PreparedTemplate
        {
            Parts = parts,
            PresentationPath = presentationPath,
            PresentationRelsPath = relsPath,
            PresentationXml = pres[..marker.Index] + SlideIdMarker + pres[(marker.Index + marker.Length)..],
            PresentationRels = rels,
            ContentTypes = types,
            DefaultExtensions = ExtensionPattern().Matches(types).Select(x => x.Groups[1].Value.ToLowerInvariant()).ToHashSet(),
            Prefix = marker.Groups["p"].Value,
            RelPrefix = marker.Groups["r"].Value + ":",
            NotesMasterPath = notesMasterPath,
            Catalog = catalog,
            EastAsianFont = ea,
            NextSlideId = nextId,
            FirstFreeSlideNumber = maxNumber + 1,
        };
    }

    [GeneratedRegex("<(?<p>[A-Za-z0-9_]+:)?sldId\\b[^>]*?(?<r>[A-Za-z0-9_]+):id=\"" + MarkerRelId + "\"[^>]*/>")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^ppt/(?:slides/slide|notesSlides/notesSlide)(\d+)\.xml$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("<Default\\s+Extension=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ExtensionPattern();
}
