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

    /// <summary>How the slide kinds map onto <see cref="Catalog"/>, with its warnings: read once, given with every deck.</summary>
    public required TemplateMapping Mapping { get; init; }

    /// <summary>The room of <see cref="Catalog"/>'s content layout, which every deck's slides are fitted to.</summary>
    public required SlideRoom Room { get; init; }

    public required string EastAsianFont { get; init; }

    public required uint NextSlideId { get; init; }

    public required int FirstFreeSlideNumber { get; init; }

    public static PreparedTemplate For(byte[] template, bool keepTemplateSlides) =>
        (keepTemplateSlides ? Keeping : Plain).GetValue(template, t => DeckRenderer.Prepare(t, keepTemplateSlides));

    /// <summary>
    /// Reads a template that needs no change (a presentation with a notes master and no slides to drop) straight from
    /// its zip; null when it needs the SDK's preparation first.
    /// </summary>
    public static PreparedTemplate? From(TemplateZip zip, bool keepTemplateSlides)
    {
        var main = zip.Rels("").FirstOrDefault(r => TemplateZip.RelType(r.Type) == "officeDocument").Target;
        if (main is null || !zip.Has(main) || zip.Inspection.MainContentType != TemplateZip.PresentationMain)
            return null;
        var rels = zip.Rels(main);
        var notesMaster = rels.FirstOrDefault(r => TemplateZip.RelType(r.Type) == "notesMaster").Target;
        var doc = zip.Xml(main)?.Root;
        if (notesMaster is null || doc is null || (!keepTemplateSlides && rels.Any(r => TemplateZip.RelType(r.Type) == "slide")))
            return null;
        var text = zip.Text(main);
        var prefix = RootPattern().Match(text).Groups["p"].Value;
        var rPrefix = doc.Attributes().FirstOrDefault(a => a.IsNamespaceDeclaration && a.Value == TemplateZip.R.NamespaceName)?.Name.LocalName;
        if (!RootPattern().IsMatch(text) || rPrefix is null or "xmlns")
            return null;
        var ids = doc.Descendants(TemplateZip.P + "sldId").Select(e => (uint?)e.Attribute("id") ?? 0).DefaultIfEmpty(0u).Max();
        var size = doc.Element(TemplateZip.P + "sldSz");
        long w = (long?)size?.Attribute("cx") ?? 12192000, h = (long?)size?.Attribute("cy") ?? 6858000;
        var catalog = LayoutCatalog.Read(zip, main, w, h);
        var relsPath = TemplateZip.RelsPath(main);
        var maxNumber = zip.Entries.Select(e => NumberPattern().Match(e.Name)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        return new PreparedTemplate
        {
            Parts = zip.Entries.Where(e => e.Name != main && e.Name != relsPath && e.Name != "[Content_Types].xml").ToList(),
            PresentationPath = main,
            PresentationRelsPath = relsPath,
            PresentationXml = WithMarker(text, prefix),
            PresentationRels = zip.Text(relsPath),
            ContentTypes = zip.Text("[Content_Types].xml"),
            DefaultExtensions = ExtensionPattern().Matches(zip.Text("[Content_Types].xml")).Select(x => x.Groups[1].Value.ToLowerInvariant()).ToHashSet(),
            Prefix = prefix,
            RelPrefix = rPrefix + ":",
            NotesMasterPath = notesMaster,
            Catalog = catalog,
            Mapping = TemplateMapping.Of(catalog),
            Room = TemplateMapping.Room(catalog),
            EastAsianFont = EastAsian(zip, main),
            NextSlideId = Math.Max(256, ids + 1),
            FirstFreeSlideNumber = maxNumber + 1,
        };
    }

    /// <summary>presentation.xml with the marker where new slide ids go: in sldIdLst, or a new sldIdLst in schema order.</summary>
    private static string WithMarker(string text, string prefix)
    {
        var close = $"</{prefix}sldIdLst>";
        var at = text.IndexOf(close, StringComparison.Ordinal);
        if (at >= 0)
            return text.Insert(at, SlideIdMarker);
        var open = text.IndexOf($"<{prefix}sldIdLst", StringComparison.Ordinal);
        if (open >= 0)
        {
            var end = text.IndexOf('>', open) + 1;
            return text[..open] + $"<{prefix}sldIdLst>{SlideIdMarker}{close}" + text[end..];
        }
        foreach (var after in new[] { "notesMasterIdLst", "sldMasterIdLst" })
        {
            var end = text.IndexOf($"</{prefix}{after}>", StringComparison.Ordinal);
            if (end >= 0)
            {
                end += $"</{prefix}{after}>".Length;
                return text.Insert(end, $"<{prefix}sldIdLst>{SlideIdMarker}{close}");
            }
        }
        throw new DeckInputException("模板的演示文稿部件没有幻灯片母版列表", "the template's presentation part has no slide master list");
    }

    /// <summary>The theme's East Asian typeface for runs we place ourselves, or a common Chinese one when the theme names none.</summary>
    private static string EastAsian(TemplateZip zip, string main)
    {
        var master = zip.Rels(main).FirstOrDefault(r => TemplateZip.RelType(r.Type) == "slideMaster").Target;
        var theme = master is null ? null : zip.Rels(master).FirstOrDefault(r => TemplateZip.RelType(r.Type) == "theme").Target;
        var ea = theme is null ? null : (string?)zip.Xml(theme)?.Descendants(TemplateZip.A + "minorFont").FirstOrDefault()?.Element(TemplateZip.A + "ea")?.Attribute("typeface");
        return string.IsNullOrWhiteSpace(ea) ? "Microsoft YaHei" : "+mn-ea";
    }

    [GeneratedRegex(@"<(?<p>[A-Za-z0-9_]+:)?presentation\b")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"^ppt/(?:slides/slide|notesSlides/notesSlide)(\d+)\.xml$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("<Default\\s+Extension=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ExtensionPattern();
}
