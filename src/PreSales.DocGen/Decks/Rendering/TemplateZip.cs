using System.Xml.Linq;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// A template's package read as plain zip entries and XML, for what rendering needs to know about it (its main part,
/// relationships, layouts, theme fonts). Cheaper to start than the SDK's typed model, which matters for a CLI run.
/// </summary>
internal sealed class TemplateZip
{
    public static readonly XNamespace P = OpenXmlNamespaces.P;
    public static readonly XNamespace A = OpenXmlNamespaces.A;
    public static readonly XNamespace R = OpenXmlNamespaces.R;
    private static readonly XNamespace Pkg = OpenXmlNamespaces.PackageRelationships;
    public const string PresentationMain = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    public List<(string Name, byte[] Bytes)> Entries { get; } = [];

    private readonly Dictionary<string, byte[]> byName = new(StringComparer.Ordinal);

    /// <summary>What the package check found: the main part and its content type.</summary>
    public PackageInspection Inspection { get; private init; } = new(PackageKind.Unknown, "", "");

    /// <summary>
    /// Reads a template's zip after <see cref="SafePackage"/> has checked it against <see cref="PackageLimits.Template"/>
    /// and found a presentation, so an encrypted file, a zip bomb, a <c>../</c> entry or a Word file is refused before
    /// anything is inflated.
    /// </summary>
    /// <exception cref="DeckInputException">The template is refused, with the package problem in both languages.</exception>
    public static TemplateZip Read(byte[] bytes)
    {
        PackageContents contents;
        try
        {
            contents = SafePackage.ReadAll(bytes, PackageKind.Presentation, PackageLimits.Template);
        }
        catch (PackageRejectedException e)
        {
            throw Refused(e);
        }
        var result = new TemplateZip { Inspection = contents.Inspection };
        foreach (var (name, content) in contents.Entries)
        {
            result.Entries.Add((name, content));
            result.byName[name] = content;
        }
        return result;
    }

    // A file that is no Office package at all is "not a presentation"; one refused for its content "cannot be used".
    private static DeckInputException Refused(PackageRejectedException e)
    {
        var problem = e.Problem;
        return problem.Code is "not-a-zip" or "not-office"
            ? new DeckInputException($"模板不是 PowerPoint 演示文稿（.pptx 或 .potx）：{problem.Chinese}", $"the template is not a PowerPoint presentation (.pptx or .potx): {problem.English}", e)
            : new DeckInputException($"模板无法使用：{problem.Chinese}", $"the template cannot be used: {problem.English}", e);
    }

    public bool Has(string path) => byName.ContainsKey(path);

    /// <summary>An entry's bytes, or null.</summary>
    public byte[]? Bytes(string path) => byName.GetValueOrDefault(path);

    /// <summary>
    /// The pictures a part embeds by relationship id, decoded once each (cached in <paramref name="decoded"/>), so the
    /// renderer sees a background photo's colours as the review does.
    /// </summary>
    public Formatting.PictureSource Pictures(string part, Dictionary<string, Formatting.PictureColors?> decoded)
    {
        var rels = Rels(part);
        return id =>
        {
            var target = rels.FirstOrDefault(r => r.Id == id).Target;
            if (target is null)
                return null;
            if (!decoded.TryGetValue(target, out var colors))
                decoded[target] = colors = Bytes(target) is { } bytes ? Formatting.PictureColors.Decode(bytes) : null;
            return colors;
        };
    }

    public XDocument? Xml(string path)
    {
        if (!byName.TryGetValue(path, out var bytes))
            return null;
        using var s = new MemoryStream(bytes);
        return SafeXml.Load(s);
    }

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(byName[path]).TrimStart('\uFEFF');

    /// <summary>The relationships file of a part.</summary>
    public static string RelsPath(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? "_rels/" + part + ".rels" : part[..slash] + "/_rels/" + part[(slash + 1)..] + ".rels";
    }

    /// <summary>The relationships of a part ("" for the package), targets resolved to zip paths.</summary>
    public List<(string Id, string Type, string Target)> Rels(string part)
    {
        var doc = Xml(part.Length == 0 ? "_rels/.rels" : RelsPath(part));
        if (doc?.Root is null)
            return [];
        var dir = part.Contains('/', StringComparison.Ordinal) ? part[..part.LastIndexOf('/')] : "";
        return doc.Root.Elements(Pkg + "Relationship")
            .Where(r => (string?)r.Attribute("TargetMode") != "External")
            .Select(r => ((string?)r.Attribute("Id") ?? "", (string?)r.Attribute("Type") ?? "", Resolve(dir, (string?)r.Attribute("Target") ?? "")))
            .ToList();
    }

    /// <summary>A relationship target as a zip entry name (<see cref="PartName.Resolve"/> without the leading slash).</summary>
    public static string Resolve(string dir, string target) => PartName.Resolve(dir, target).TrimStart('/');

    public static string RelType(string type) => type[(type.LastIndexOf('/') + 1)..];
}
