using System.Collections.Concurrent;
using System.Xml.Linq;
using PreSales.DocGen.Formatting;

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
    /// <summary>Whether the slide must carry the slot's geometry itself (the layout's own is not what the template means).</summary>
    public bool Placed { get; init; }

    /// <summary>The box before it was narrowed to clear decorations at its sides (null: it was not): room for what would not fit the narrowed one.</summary>
    public Rect? Uncleared { get; init; }

    /// <summary>The template's whole box: <see cref="Uncleared"/>, else <see cref="Rect"/>.</summary>
    public Rect Full => Uncleared ?? Rect;

    public bool IsTitle => Type is "title" or "ctrTitle";

    public bool IsContent => Type is null or "obj" or "body";
}

/// <summary>A master of the template: its position, whether it is made for title slides, whether a picture fills its background.</summary>
/// <param name="Index">0-based position among the masters.</param>
/// <param name="ForTitles">Its title sits low or its body box is small: a title or section master, not one for content.</param>
/// <param name="PictureBackground">Its background (or its layout's) is a picture.</param>
/// <param name="Body">Its body placeholder's box: the room a layout without content boxes leaves for a graphic.</param>
internal sealed record MasterTraits(int Index, bool ForTitles, bool PictureBackground, Rect? Body = null);

/// <summary>What stands out behind a layout's content room (<see cref="LayoutEntry.Clutter"/>), as shares 0–1.</summary>
/// <param name="Busy">Of the room narrowed to clear the decorations at its sides: pictures, shapes and line drawings told apart from its ground.</param>
/// <param name="Drawn">Of the whole room: line drawings alone.</param>
internal sealed record RoomClutter(double Busy, double Drawn)
{
    /// <summary>Whether text set in the room would lie on them (<see cref="LayoutCatalog.ClutterLimit"/>).</summary>
    public bool Cluttered => Busy >= LayoutCatalog.ClutterLimit || Drawn >= LayoutCatalog.ClutterLimit;
}

/// <summary>One layout of the template, with its master's traits and the formatting it resolves to.</summary>
internal sealed record LayoutEntry(Uri Uri, string Name, string? Type, IReadOnlyList<PlaceholderSlot> Slots, MasterTraits Master, SlideStyle Style)
{
    /// <summary>The line drawings among <see cref="Decorations"/> (<see cref="Scene.VisibleDrawings"/>).</summary>
    public IReadOnlyList<Rect> Drawings { get; } = [.. Style.Scene.VisibleDrawings().Select(Box)];

    /// <summary>
    /// The painted shapes the layout shows (its master's unless it hides them, then its own), where the slide shows
    /// them, that stand out from its background: pictures, and fills whose colour as seen (a translucent one mixed
    /// with the background) is told apart from it (Candy's stripes); not a pale tile on a pale ground (Grey Elegant's
    /// mosaic) or a faint bubble (Lights'), which are meant to lie behind text. Line drawings count too when their
    /// line stands out and they are not a small mark (at least 1% of the slide): Yellow Idea's light bulb.
    /// </summary>
    public IReadOnlyList<Rect> Decorations { get; } = [.. Style.Scene.Painted.Where(p => StandsOut(p.Paint, Style.Scene.Background)).Select(p => Box(p.Area)), .. Style.Scene.VisibleDrawings().Select(Box)];

    /// <summary>Every line drawing the layout shows whose line stands out, small marks too: what a title must not lie on.</summary>
    public IReadOnlyList<Rect> Marks { get; } = [.. Style.Scene.VisibleDrawings(smallMarks: true).Select(Box)];

    private static Rect Box((long X, long Y, long Width, long Height) a) => new(a.X, a.Y, a.Width, a.Height);

    private static bool StandsOut(Paint paint, Paint background) =>
        paint.Picture || (background.Colors.Count == 0
            ? paint.Opacity >= 0.5
            : paint.Colors.Any(c => background.Colors.All(b => b.Mix(c, paint.Opacity).TellsApart(b))));

    /// <summary>
    /// The room a slide on this layout fills: its content boxes as the template draws them (before clearing), else its
    /// master's body box; null when it has neither.
    /// </summary>
    public Rect? Room => Content.Select(c => c.Full).Aggregate((Rect?)null, (u, r) => u is { } a ? Union(a, r) : r) ?? Master.Body;

    private static Rect Union(Rect a, Rect b)
    {
        var (x, y) = (Math.Min(a.X, b.X), Math.Min(a.Y, b.Y));
        return new Rect(x, y, Math.Max(a.X + a.Width, b.X + b.Width) - x, Math.Max(a.Y + a.Height, b.Y + b.Height) - y);
    }

    /// <summary>
    /// The share (0–1) of a box where something stands out from what lies behind most of it: a line drawing (<see
    /// cref="Drawings"/>), a shape, or a part of a picture whose colour is told apart from the box's ground (a pencil on
    /// a blueprint, a banner across half the box). Sampled on a 16 × 9 grid of cells; the ground is the cell colour
    /// most cells are alike to, so a band or panel under the whole box is its ground, not clutter. A gradient's stops
    /// lie under every cell alike; a picture of unknown colours counts as ground.
    /// </summary>
    public double Clutter(Rect box, bool drawingsOnly = false)
    {
        const int columns = 16, rows = 9;
        var drawn = Drawings;
        var cells = new List<(IReadOnlyList<Rgb> Colors, bool Drawn)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var (x, y, w, h) = (box.X + box.Width * c / columns, box.Y + box.Height * r / rows, box.Width / columns, box.Height / rows);
                var (cx, cy) = (x + w / 2, y + h / 2);
                cells.Add((Style.Scene.Under(x, y, w, h).Colors, drawn.Any(d => cx >= d.X && cx <= d.X + d.Width && cy >= d.Y && cy <= d.Y + d.Height)));
            }
        }
        if (drawingsOnly)
            return cells.Count(c => c.Drawn) / (double)cells.Count;
        // A picture's colours are cell averages: a thin thing in it (a pencil) shifts a cell's colour less than it shows.
        var (distance, contrast) = Style.Scene.Background.Picture ? (64.0, 1.35) : (110.0, 1.6);
        bool Near(IReadOnlyList<Rgb> a, IReadOnlyList<Rgb> b) => a.All(x => b.Any(y => x.Distance(y) < distance && x.Contrast(y) < contrast));
        bool Alike(IReadOnlyList<Rgb> a, IReadOnlyList<Rgb> b) => Near(a, b) && Near(b, a);
        var ground = cells.MaxBy(g => cells.Count(c => Alike(c.Colors, g.Colors))).Colors;
        return cells.Count(c => c.Drawn || !Near(c.Colors, ground)) / (double)cells.Count;
    }

    /// <summary>A box on this layout narrowed to clear the decorations at its sides, as its placeholders are (<see cref="LayoutCatalog.Clear(Rect, IReadOnlyList{Rect}, IReadOnlyList{Rect})"/>).</summary>
    public Rect Clear(Rect box) => LayoutCatalog.Clear(box, Decorations, Drawings) ?? box;

    public PlaceholderSlot? Title => Slots.FirstOrDefault(s => s.IsTitle);

    public IReadOnlyList<PlaceholderSlot> Content => Slots.Where(s => s.IsContent).ToList();

    public PlaceholderSlot? Subtitle => Slots.FirstOrDefault(s => s.Type == "subTitle");

    /// <summary>What a graphic must stay above: the footer placeholders (date, footer, slide number) and the painted shapes the layout shows.</summary>
    public IReadOnlyList<Rect> Obstacles { get; init; } = [];

    /// <summary>
    /// A box extended down over the free room under it, as a table may use it: to just above the first footer or
    /// painted shape below (a band, a strip), or to the bottom margin of the slide (5% of its height) when nothing is
    /// there; never shorter than the box. A panel the box sits on keeps the box on it.
    /// </summary>
    public Rect Reach(Rect box, long slideHeight)
    {
        var limit = slideHeight - slideHeight / 20;
        foreach (var o in Obstacles)
        {
            var across = Math.Min(box.X + box.Width, o.X + o.Width) - Math.Max(box.X, o.X);
            if (across <= box.Width / 50)
                continue;
            if (o.Y >= box.Y + box.Height / 2)
                limit = Math.Min(limit, o.Y - slideHeight / 100);
            else if (o.Y + o.Height > box.Y + box.Height / 2 && o.Y + o.Height < slideHeight)
                limit = Math.Min(limit, o.Y + o.Height - slideHeight / 100);
        }
        return box with { Height = Math.Max(box.Height, limit - box.Y) };
    }
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
    // Filled as roles are first asked for; a prepared template's catalog is shared by every request rendering on it.
    private readonly ConcurrentDictionary<LayoutRole, LayoutEntry?> found = [];
    private readonly ConcurrentDictionary<LayoutRole, IReadOnlyList<(LayoutEntry Layout, RoomClutter Clutter)>> passed = [];

    // Where each role falls back to when the template has no layout for it.
    private static readonly Dictionary<LayoutRole, LayoutRole[]> Fallbacks = new()
    {
        [LayoutRole.TitleSlide] = [LayoutRole.TitleSlide, LayoutRole.SectionHeader, LayoutRole.TitleAndContent],
        [LayoutRole.SectionHeader] = [LayoutRole.SectionHeader, LayoutRole.TitleSlide, LayoutRole.TitleAndContent],
        [LayoutRole.TwoContent] = [LayoutRole.TwoContent, LayoutRole.TitleAndContent],
        [LayoutRole.TitleOnly] = [LayoutRole.TitleOnly, LayoutRole.TitleAndContent],
        [LayoutRole.TitleAndContent] = [LayoutRole.TitleAndContent],
    };

    public LayoutCatalog(IEnumerable<LayoutEntry> layouts)
    {
        this.layouts = layouts.ToList();
        if (!this.layouts.Any(l => l.Title is not null))
            throw new DeckInputException("模板没有可用的版式：没有一个版式含标题占位符", "the template has no usable layout: no layout has a title placeholder");
    }

    public IReadOnlyList<LayoutEntry> All => layouts;

    /// <summary>The layout for a role, falling back along a chain that always ends with a layout that has a title.</summary>
    public LayoutEntry For(LayoutRole role) => Resolve(role).Layout;

    /// <summary>The layout for a role and the role it was found for (null: no role's layout, any layout with a title).</summary>
    public (LayoutEntry Layout, LayoutRole? FoundAs) Resolve(LayoutRole role)
    {
        foreach (var r in Fallbacks.GetValueOrDefault(role) ?? [role])
            if (Find(r) is { } entry)
                return (entry, r);
        return (layouts.Where(l => l.Title is not null).OrderByDescending(l => l.Content.Count > 0).First(), null);
    }

    private LayoutEntry? Find(LayoutRole role)
    {
        if (found.TryGetValue(role, out var cached))
            return cached;
        var (names, types) = Known[role];
        LayoutEntry? entry = null, first = null;
        var firstKey = (0, 0, 0);
        var over = new List<(LayoutEntry, RoomClutter)>();
        var content = role is not (LayoutRole.TitleSlide or LayoutRole.SectionHeader);
        // Masters in the order that suits the role: content on a content master (a plain background before a
        // picture), title and section slides on a title master; within one, by name, then type, then placeholders.
        // Content passes over a master whose content room has a drawing, a shape or a busy part of its picture
        // behind it (Yellow Idea's light bulb, Blueprint Plans' pencil) for the next master of the same kind whose
        // room is clear (Blueprint's sheet of paper); when none is, the first one stays.
        foreach (var group in layouts.Where(l => l.Title is not null).GroupBy(l => l.Master).OrderBy(g => Preference(role, g.Key)))
        {
            var usable = group.OrderBy(l => l.Style.Scene.Background.Picture && content).ToList();
            var candidate = usable.FirstOrDefault(l => names.Any(n => string.Equals(n, l.Name.Trim(), StringComparison.OrdinalIgnoreCase)) && Fits(role, l))
                ?? usable.FirstOrDefault(l => l.Type is not null && types.Contains(l.Type) && Fits(role, l))
                ?? (role == LayoutRole.SectionHeader ? null : usable.FirstOrDefault(l => Fits(role, l)));
            if (candidate is null)
                continue;
            var key = Preference(role, group.Key);
            if (first is null)
                (first, firstKey) = (candidate, key);
            else if ((key.Item1, key.Item2) != (firstKey.Item1, firstKey.Item2))
                break;
            var clutter = content ? ClutterOf(candidate) : null;
            if (clutter is not { Cluttered: true })
            {
                entry = candidate;
                break;
            }
            over.Add((candidate, clutter));
        }
        // When every master of the kind is cluttered, the first stays and none was passed over.
        passed[role] = entry is null ? [] : over;
        entry ??= first;
        found[role] = entry;
        return entry;
    }

    /// <summary>The layouts of the masters passed over for a role because their content room is cluttered, in the order they were tried.</summary>
    public IReadOnlyList<(LayoutEntry Layout, RoomClutter Clutter)> PassedOver(LayoutRole role)
    {
        Find(role);
        return passed.TryGetValue(role, out var list) ? list : [];
    }

    /// <summary>Something stands out behind at least this share of a content room: the master is passed over when another is clear.</summary>
    internal const double ClutterLimit = 0.04;

    // What stays behind the room once it is narrowed to clear the decorations at its sides (Candy's stripes are
    // cleared), or a line drawing anywhere in the room: an illustration the master is made around (Yellow Idea's bulb).
    private static RoomClutter? ClutterOf(LayoutEntry l) =>
        l.Room is { } room ? new RoomClutter(l.Clutter(l.Clear(room)), l.Clutter(room, drawingsOnly: true)) : null;

    private static (int, int, int) Preference(LayoutRole role, MasterTraits master) => role switch
    {
        LayoutRole.TitleSlide or LayoutRole.SectionHeader => (master.ForTitles ? 0 : 1, 0, master.Index),
        _ => (master.ForTitles ? 1 : 0, master.PictureBackground ? 1 : 0, master.Index),
    };

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
    public static LayoutCatalog Read(TemplateZip zip, string presentation, long slideWidth, long slideHeight)
    {
        var fallback = new Rect(slideWidth / 20, slideHeight * 21 / 100, slideWidth * 18 / 20, slideHeight * 68 / 100);
        var entries = new List<LayoutEntry>();
        var defaults = zip.Xml(presentation)?.Root?.Element(TemplateZip.P + "defaultTextStyle");
        var index = 0;
        var decoded = new Dictionary<string, PictureColors?>(StringComparer.Ordinal);
        // LibreOffice has no layout geometry or text style of its own: it places a layout's title and content where the
        // master has them, in the master's styles, and exports one master's placeholders as the layouts of every master.
        var libreOffice = zip.Has("docProps/app.xml") && zip.Text("docProps/app.xml").Contains("LibreOffice", StringComparison.Ordinal);
        foreach (var master in zip.Rels(presentation).Where(r => TemplateZip.RelType(r.Type) == "slideMaster").Select(r => r.Target))
        {
            var masterRoot = zip.Xml(master)?.Root;
            if (masterRoot is null)
                continue;
            var theme = zip.Rels(master).FirstOrDefault(r => TemplateZip.RelType(r.Type) == "theme").Target is { } t ? zip.Xml(t)?.Root : null;
            var masterSlots = Slots(masterRoot, fallback, null);
            var title = masterSlots.FirstOrDefault(s => s.IsTitle)?.Rect;
            var body = masterSlots.FirstOrDefault(s => s.Type == "body")?.Rect;
            var forTitles = title is { } tr && tr.Y > slideHeight / 5 || body is { } br && br.Height < slideHeight * 45 / 100;
            var picture = Paint.OfBackground(masterRoot.Element(TemplateZip.P + "cSld")?.Element(TemplateZip.P + "bg"), new ThemePalette(theme, null))?.Picture == true;
            var traits = new MasterTraits(index++, forTitles, picture, body);
            foreach (var layout in zip.Rels(master).Where(r => TemplateZip.RelType(r.Type) == "slideLayout").Select(r => r.Target))
            {
                var root = zip.Xml(layout)?.Root;
                if (root is null)
                    continue;
                var name = (string?)root.Element(TemplateZip.P + "cSld")?.Attribute("name") ?? "";
                var type = (string?)root.Attribute("type");
                var slots = Inside(Sized(Slots(root, fallback, masterSlots), masterSlots, libreOffice ? double.MaxValue : 0.6), slideWidth, slideHeight);
                var style = new SlideStyle(root, masterRoot, theme, defaults, zip.Pictures(layout, decoded), zip.Pictures(master, decoded), (slideWidth, slideHeight), copiedLayouts: libreOffice);
                var entry = new LayoutEntry(new Uri("/" + layout, UriKind.Relative), name, type, slots, traits, style);
                // A table may grow down to what lies under the body box: the footers and the decorations.
                entries.Add(entry with { Slots = ClearTitle(Clear(slots, entry.Decorations, entry.Drawings), entry.Marks), Obstacles = [.. Footers(root, masterRoot), .. entry.Decorations] });
            }
        }
        return new LayoutCatalog(entries) { Slide = new Rect(0, 0, slideWidth, slideHeight) };
    }

    /// <summary>The slide's size (at 0, 0).</summary>
    public Rect Slide { get; private init; } = new(0, 0, 12192000, 6858000);

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

    // LibreOffice computes a layout's boxes from the master's and exports boxes that are not what it shows: a title
    // and a single content box far smaller than the master's are replaced with the master's.
    private static List<PlaceholderSlot> Sized(List<PlaceholderSlot> slots, List<PlaceholderSlot> master, double share)
    {
        var content = slots.Count(s => s.IsContent || s.Type == "subTitle");
        // Two content boxes are the master's body box split in two halves, as LibreOffice shows them (its exported
        // boxes can be a small pair in a corner: Midnightblue's chart came out a quarter of its room).
        var pair = slots.Where(s => s.IsContent).OrderBy(s => s.Rect.X).ToList();
        if (share == double.MaxValue && content == 2 && pair.Count == 2 && master.FirstOrDefault(m => m.Type == "body") is { } whole
            && Area(pair[0].Rect) + Area(pair[1].Rect) < Area(whole.Rect) * 0.6)
        {
            var gap = whole.Rect.Width / 40;
            var half = (whole.Rect.Width - gap) / 2;
            var halves = new Dictionary<PlaceholderSlot, Rect>
            {
                [pair[0]] = whole.Rect with { Width = half },
                [pair[1]] = whole.Rect with { X = whole.Rect.X + half + gap, Width = half },
            };
            slots = slots.Select(s => halves.TryGetValue(s, out var r) ? s with { Rect = r, Placed = true } : s).ToList();
        }
        var sized = slots.Select(s =>
        {
            // A PowerPoint title slide's subtitle is meant to be smaller than the master's body: it keeps its box.
            var subtitle = s.Type == "subTitle" && share != double.MaxValue;
            var want = s.IsTitle ? "title" : (s.IsContent || s.Type == "subTitle") && content == 1 && !subtitle ? "body" : null;
            return want is not null && master.FirstOrDefault(m => m.Type == want) is { } m && Area(s.Rect) < Area(m.Rect) * share && s.Rect != m.Rect
                ? s with { Rect = m.Rect, Placed = true }
                : s;
        }).ToList();
        // A subtitle moved to the master's body box must not lie over the title (a LibreOffice deck's title slide keeps
        // its title inside that box): it takes the part of the box below the title, or its own box when that is too low.
        if (sized.FirstOrDefault(s => s.IsTitle)?.Rect is { } title && sized.FindIndex(s => s.Type == "subTitle" && s.Placed) is var i and >= 0
            && Overlaps(title, sized[i].Rect))
        {
            var box = sized[i].Rect;
            var top = title.Y + title.Height + title.Height / 10;
            sized[i] = box.Y + box.Height - top >= title.Height / 2
                ? sized[i] with { Rect = box with { Y = top, Height = box.Y + box.Height - top } }
                : slots[i];
        }
        return sized;
    }

    private static bool Overlaps(Rect a, Rect b) =>
        Math.Min(a.X + a.Width, b.X + b.Width) > Math.Max(a.X, b.X) && Math.Min(a.Y + a.Height, b.Y + b.Height) > Math.Max(a.Y, b.Y);

    // The date, footer and slide-number boxes of the layout (where it or its master places them) and of the master:
    // a viewer may show either (LibreOffice draws the master's fields when the deck's footer settings ask for them).
    private static IEnumerable<Rect> Footers(XElement layout, XElement master)
    {
        static List<(string Type, Rect? Rect)> Of(XElement root) =>
            (root.Element(TemplateZip.P + "cSld")?.Element(TemplateZip.P + "spTree")?.Elements(TemplateZip.P + "sp") ?? [])
            .Select(sp => ((string?)sp.Element(TemplateZip.P + "nvSpPr")?.Element(TemplateZip.P + "nvPr")?.Element(TemplateZip.P + "ph")?.Attribute("type"), FormatXml.Box(sp)))
            .Where(f => f.Item1 is "dt" or "ftr" or "sldNum")
            .Select(f => (f.Item1!, f.Item2 is { } b ? new Rect(b.X, b.Y, b.Width, b.Height) : (Rect?)null))
            .ToList();
        var masters = Of(master);
        var own = Of(layout).Select(f => f.Rect ?? masters.FirstOrDefault(m => m.Type == f.Type && m.Rect is not null).Rect);
        return own.Concat(masters.Select(m => m.Rect)).OfType<Rect>().Where(r => r.Width > 0 && r.Height > 0).Distinct();
    }

    // A decoration that runs into the left or right part of a box (Candy's stripes beside its titles, body text and
    // tables, a picture panel beside them) would sit under its text, table or chart: the box is narrowed to clear it.
    // Two content boxes side by side clear as one row and share what is left in their proportions. Where clearing
    // leaves too little, the box stays and its colours are chosen against what lies behind each part of it.
    private static List<PlaceholderSlot> Clear(List<PlaceholderSlot> slots, IReadOnlyList<Rect> decorations, IReadOnlyList<Rect> drawings)
    {
        var pair = slots.Where(s => s.IsContent).OrderBy(s => s.Rect.X).ToList();
        var row = pair.Count == 2 && pair[0].Rect.X + pair[0].Rect.Width <= pair[1].Rect.X
            && Math.Min(pair[0].Rect.Y + pair[0].Rect.Height, pair[1].Rect.Y + pair[1].Rect.Height) - Math.Max(pair[0].Rect.Y, pair[1].Rect.Y) > Math.Min(pair[0].Rect.Height, pair[1].Rect.Height) / 2;
        var moved = new Dictionary<PlaceholderSlot, Rect>();
        if (row)
        {
            var (a, b) = (pair[0].Rect, pair[1].Rect);
            var top = Math.Min(a.Y, b.Y);
            var span = new Rect(a.X, top, b.X + b.Width - a.X, Math.Max(a.Y + a.Height, b.Y + b.Height) - top);
            if (Clear(span, decorations, drawings) is { } cleared)
            {
                var scale = (double)cleared.Width / span.Width;
                foreach (var s in pair)
                    moved[s] = s.Rect with { X = cleared.X + (long)((s.Rect.X - span.X) * scale), Width = (long)(s.Rect.Width * scale) };
            }
        }
        return slots.Select(s => moved.TryGetValue(s, out var r) ? s with { Rect = r, Placed = true, Uncleared = s.Rect }
            : row && s.IsContent ? s
            : Clear(s.Rect, decorations, drawings) is { } cleared ? s with { Rect = cleared, Placed = true, Uncleared = s.Rect }
            : s).ToList();
    }

    // A title is narrowed past the small line drawings at its ends too (Yellow Idea's bulb icon at the left of its
    // content titles, each piece under 1% of the slide): its first letters would lie over them.
    private static List<PlaceholderSlot> ClearTitle(List<PlaceholderSlot> slots, IReadOnlyList<Rect> marks) =>
        slots.Select(s => s.IsTitle && Clear(s.Rect, [], marks) is { } cleared ? s with { Rect = cleared, Placed = true, Uncleared = s.Uncleared ?? s.Rect } : s).ToList();

    /// <summary>
    /// A box narrowed to clear the decorations that run into its left or right part (each over at least a quarter of
    /// its height, starting in its outer tenth, a line drawing's in its outer fifth, and ending before 40% of its width), with a small gap; null when none
    /// does or when less than 55% of its width would remain. Bands across the whole box are meant to be behind it.
    /// </summary>
    internal static Rect? Clear(Rect r, IReadOnlyList<Rect> decorations, IReadOnlyList<Rect>? drawings = null)
    {
        var (left, right) = (r.X, r.X + r.Width);
        // A line drawing is set in from the slide's edge (Yellow Idea's bulb starts an eighth into the box): it clears
        // from the outer fifth; a stripe or panel runs to the edge.
        foreach (var (d, edge) in decorations.Select(d => (d, 0.1)).Concat((drawings ?? []).Select(d => (d, 0.2))))
        {
            var overlap = Math.Min(r.Y + r.Height, d.Y + d.Height) - Math.Max(r.Y, d.Y);
            if (overlap < r.Height / 4)
                continue;
            if (d.X <= r.X + r.Width * edge && d.X + d.Width > left && d.X + d.Width < r.X + r.Width * 0.4)
                left = d.X + d.Width;
            else if (d.X + d.Width >= r.X + r.Width * (1 - edge) && d.X < right && d.X > r.X + r.Width * 0.6)
                right = d.X;
        }
        var gap = 91440L;
        if (left == r.X && right == r.X + r.Width || right - left - 2 * gap < r.Width * 0.55)
            return null;
        var (x, end) = (left == r.X ? left : left + gap, right == r.X + r.Width ? right : right - gap);
        return new Rect(x, r.Y, end - x, r.Height);
    }

    // A box that runs off the slide is drawn inside it.
    private static List<PlaceholderSlot> Inside(List<PlaceholderSlot> slots, long width, long height) =>
        slots.Select(s =>
        {
            var r = s.Rect;
            var x = Math.Clamp(r.X, 0, width - 1);
            var y = Math.Clamp(r.Y, 0, height - 1);
            var inside = new Rect(x, y, Math.Min(r.X + r.Width, width) - x, Math.Min(r.Y + r.Height, height) - y);
            return inside == r || inside.Width <= 0 || inside.Height <= 0 ? s : s with { Rect = inside, Placed = true };
        }).ToList();

    private static double Area(Rect r) => (double)r.Width * r.Height;

    private static Rect Inherit(string? type, List<PlaceholderSlot>? master, Rect fallback)
    {
        var want = type is null or "obj" or "subTitle" ? "body" : type == "ctrTitle" ? "title" : type;
        return master?.FirstOrDefault(m => m.Type == want)?.Rect ?? fallback;
    }
}
