using System.Xml.Linq;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>The layouts the renderer uses, by what they are for.</summary>
internal enum LayoutRole
{
    TitleSlide,
    TitleAndContent,
    SectionHeader,
    TwoContent,
    TitleOnly,
}

/// <summary>A rectangle on the slide, EMU.</summary>
internal readonly record struct Rect(long X, long Y, long Width, long Height)
{
    public Rect Top(double share) => this with { Height = (long)(Height * share) };

    public Rect Bottom(double share) => this with { Y = Y + (long)(Height * (1 - share)), Height = (long)(Height * share) };
}

/// <summary>A placeholder of a layout: its type (null for an object placeholder), its index, where it sits.</summary>
internal sealed record PlaceholderSlot(string? Type, uint? Index, Rect Rect)
{
    public bool IsTitle => Type is "title" or "ctrTitle";

    public bool IsContent => Type is null or "obj" or "body";
}

/// <summary>One layout of the template.</summary>
internal sealed record LayoutEntry(Uri Uri, string Name, string? Type, IReadOnlyList<PlaceholderSlot> Slots)
{
    public PlaceholderSlot? Title => Slots.FirstOrDefault(s => s.IsTitle);

    public IReadOnlyList<PlaceholderSlot> Content => Slots.Where(s => s.IsContent).ToList();

    public PlaceholderSlot? Subtitle => Slots.FirstOrDefault(s => s.Type == "subTitle");
}

/// <summary>
/// Finds a template's layouts: by name (PowerPoint's English and Chinese names, LibreOffice's names), then by the
/// layout type, then by the placeholders it has, then a fallback; so templates in other languages still work.
/// </summary>
internal sealed class LayoutCatalog
{
    private static readonly Dictionary<LayoutRole, (string[] Names, string[] Types)> Known = new()
    {
        [LayoutRole.TitleSlide] = (["Title Slide", "标题幻灯片", "タイトル スライド"], ["title"]),
        [LayoutRole.TitleAndContent] = (["Title and Content", "标题和内容", "Title, Content", "Title and Text", "标题和文本"], ["obj", "tx"]),
        [LayoutRole.SectionHeader] = (["Section Header", "节标题", "Section Title"], ["secHead"]),
        [LayoutRole.TwoContent] = (["Two Content", "两栏内容", "Title, 2 Content", "Title and 2 Content", "Two Column"], ["twoObj", "twoColTx"]),
        [LayoutRole.TitleOnly] = (["Title Only", "仅标题"], ["titleOnly"]),
    };

    private readonly List<LayoutEntry> layouts;
    private readonly Dictionary<LayoutRole, LayoutEntry?> found = [];

    public LayoutCatalog(IEnumerable<LayoutEntry> layouts)
    {
        this.layouts = layouts.ToList();
        if (!this.layouts.Any(l => l.Title is not null))
            throw new DeckInputException("模板没有可用的版式:没有一个版式含标题占位符", "the template has no usable layout: no layout has a title placeholder");
    }

    public IReadOnlyList<LayoutEntry> All => layouts;

    /// <summary>The layout for a role, falling back along a chain that always ends with a layout that has a title.</summary>
    public LayoutEntry For(LayoutRole role)
    {
        var chain = role switch
        {
            LayoutRole.TitleSlide => new[] { role, LayoutRole.SectionHeader, LayoutRole.TitleAndContent },
            LayoutRole.SectionHeader => [role, LayoutRole.TitleSlide, LayoutRole.TitleAndContent],
            LayoutRole.TwoContent => [role, LayoutRole.TitleAndContent],
            LayoutRole.TitleOnly => [role, LayoutRole.TitleAndContent],
            _ => [role],
        };
        foreach (var r in chain)
            if (Find(r) is { } entry)
                return entry;
        return layouts.Where(l => l.Title is not null).OrderByDescending(l => l.Content.Count > 0).First();
    }

    private LayoutEntry? Find(LayoutRole role)
    {
        if (found.TryGetValue(role, out var cached))
            return cached;
        var (names, types) = Known[role];
        var usable = layouts.Where(l => l.Title is not null).ToList();
        var entry = usable.FirstOrDefault(l => names.Any(n => string.Equals(n, l.Name.Trim(), StringComparison.OrdinalIgnoreCase)) && Fits(role, l))
            ?? usable.FirstOrDefault(l => l.Type is not null && types.Contains(l.Type) && Fits(role, l))
            ?? (role == LayoutRole.SectionHeader ? null : usable.FirstOrDefault(l => Fits(role, l)));
        found[role] = entry;
        return entry;
    }

    /// <summary>Whether a layout's placeholders can carry a role's content.</summary>
    private static bool Fits(LayoutRole role, LayoutEntry l) => role switch
    {
        LayoutRole.TitleSlide => l.Slots.Any(s => s.Type == "ctrTitle") || (l.Title is not null && l.Subtitle is not null),
        LayoutRole.TitleAndContent => l.Content.Count == 1 && l.Subtitle is null,
        LayoutRole.SectionHeader => l.Content.Count + (l.Subtitle is null ? 0 : 1) >= 1,
        LayoutRole.TwoContent => l.Content.Count == 2 && l.Subtitle is null,
        LayoutRole.TitleOnly => l.Content.Count == 0 && l.Subtitle is null,
        _ => false,
    };

    /// <summary>Reads every layout of every master of a template's package.</summary>
    public static LayoutCatalog Read(TemplateZip zip, string presentation, Rect fallback)
    {
        var entries = new List<LayoutEntry>();
        foreach (var master in zip.Rels(presentation).Where(r => TemplateZip.RelType(r.Type) == "slideMaster").Select(r => r.Target))
        {
            var masterSlots = Slots(zip.Xml(master)?.Root, fallback, null);
            foreach (var layout in zip.Rels(master).Where(r => TemplateZip.RelType(r.Type) == "slideLayout").Select(r => r.Target))
            {
                var root = zip.Xml(layout)?.Root;
                if (root is null)
                    continue;
                var name = (string?)root.Element(TemplateZip.P + "cSld")?.Attribute("name") ?? "";
                var type = (string?)root.Attribute("type");
                entries.Add(new LayoutEntry(new Uri("/" + layout, UriKind.Relative), name, type, Slots(root, fallback, masterSlots)));
            }
        }
        return new LayoutCatalog(entries);
    }

    private static List<PlaceholderSlot> Slots(XElement? root, Rect fallback, List<PlaceholderSlot>? master)
    {
        var slots = new List<PlaceholderSlot>();
        var tree = root?.Element(TemplateZip.P + "cSld")?.Element(TemplateZip.P + "spTree");
        if (tree is null)
            return slots;
        foreach (var shape in tree.Elements(TemplateZip.P + "sp"))
        {
            var ph = shape.Element(TemplateZip.P + "nvSpPr")?.Element(TemplateZip.P + "nvPr")?.Element(TemplateZip.P + "ph");
            if (ph is null)
                continue;
            var type = (string?)ph.Attribute("type");
            if (type is "dt" or "ftr" or "sldNum" or "hdr" or "sldImg")
                continue;
            var xfrm = shape.Element(TemplateZip.P + "spPr")?.Element(TemplateZip.A + "xfrm");
            var off = xfrm?.Element(TemplateZip.A + "off");
            var ext = xfrm?.Element(TemplateZip.A + "ext");
            var rect = off is not null && ext is not null && long.TryParse((string?)off.Attribute("x"), out var x) && long.TryParse((string?)off.Attribute("y"), out var y)
                && long.TryParse((string?)ext.Attribute("cx"), out var cx) && long.TryParse((string?)ext.Attribute("cy"), out var cy)
                ? new Rect(x, y, cx, cy)
                : Inherit(type, master, fallback);
            slots.Add(new PlaceholderSlot(type, uint.TryParse((string?)ph.Attribute("idx"), out var idx) ? idx : null, rect));
        }
        return slots;
    }

    private static Rect Inherit(string? type, List<PlaceholderSlot>? master, Rect fallback)
    {
        var want = type is null or "obj" or "subTitle" ? "body" : type == "ctrTitle" ? "title" : type;
        return master?.FirstOrDefault(m => m.Type == want)?.Rect ?? fallback;
    }
}
