using System.Text;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>Which layout of a template one kind of slide is built on.</summary>
/// <param name="Kind">The slide kind: title, agenda, section, content, graphic (a table, chart or timeline without bullets), twoColumns, closing.</param>
/// <param name="Layout">The layout's name.</param>
/// <param name="Master">The master it belongs to, from 1.</param>
/// <param name="Exact">Whether the template has a layout for this kind (false: a fallback was used).</param>
/// <param name="PassedOver">The layouts of earlier masters tried for this kind and not used, with why.</param>
public sealed record LayoutChoice(string Kind, string Layout, int Master, bool Exact, IReadOnlyList<PassedOverLayout> PassedOver);

/// <summary>A layout tried for a slide kind and not used.</summary>
/// <param name="Layout">The layout's name.</param>
/// <param name="Master">The master it belongs to, from 1.</param>
/// <param name="Reason"><c>drawing</c>: a line drawing lies in its content room (an illustration the master is made
/// around); <c>clutter</c>: pictures or shapes stand out behind its content room even after the decorations at its
/// sides are cleared.</param>
/// <param name="Share">How much of the room they cover, 0–1.</param>
/// <param name="Why">The reason for people.</param>
public sealed record PassedOverLayout(string Layout, int Master, string Reason, double Share, Bilingual Why);

/// <summary>
/// How a template's layouts serve the deck's slide kinds, with what it cannot do well, before any deck is made
/// (<c>presales deck --check-template</c>; the host's template upload returns the same).
/// </summary>
/// <param name="SlideWidth">Slide width, EMU.</param>
/// <param name="SlideHeight">Slide height, EMU.</param>
/// <param name="Masters">How many masters it has.</param>
/// <param name="Layouts">How many layouts it has in all.</param>
/// <param name="Choices">One choice per slide kind.</param>
/// <param name="Warnings">What the engine cannot use as the template intends, and what it does instead.</param>
public sealed record TemplateMapping(long SlideWidth, long SlideHeight, int Masters, int Layouts, IReadOnlyList<LayoutChoice> Choices, IReadOnlyList<Bilingual> Warnings)
{
    private static readonly (string Kind, LayoutRole Role)[] Kinds =
    [
        ("title", LayoutRole.TitleSlide), ("agenda", LayoutRole.TitleAndContent), ("section", LayoutRole.SectionHeader),
        ("content", LayoutRole.TitleAndContent), ("graphic", LayoutRole.TitleOnly), ("twoColumns", LayoutRole.TwoContent),
        ("closing", LayoutRole.TitleAndContent),
    ];

    /// <summary>The slide's aspect, as people name it (16:9, 4:3, 16:10) or its ratio.</summary>
    public string Aspect
    {
        get
        {
            var ratio = (double)SlideWidth / SlideHeight;
            foreach (var (name, value) in new[] { ("16:9", 16 / 9.0), ("4:3", 4 / 3.0), ("16:10", 1.6) })
                if (Math.Abs(ratio - value) < 0.02)
                    return name;
            return ratio.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + ":1";
        }
    }

    internal static TemplateMapping Of(LayoutCatalog catalog)
    {
        var warnings = new List<Bilingual>();
        var choices = new List<LayoutChoice>();
        foreach (var (kind, role) in Kinds)
        {
            var (layout, foundAs) = catalog.Resolve(role);
            var passed = foundAs is { } r ? catalog.PassedOver(r).Select(p => PassedOver(p.Layout, p.Clutter)).ToList() : [];
            choices.Add(new LayoutChoice(kind, layout.Name, layout.Master.Index + 1, foundAs == role, passed));
            if (foundAs != role && kind is not ("agenda" or "closing" or "section"))
                warnings.Add(new($"模板没有适合“{Vocabulary(kind).Chinese}”的版式，改用“{layout.Name}”。", $"the template has no layout for {Vocabulary(kind).English}; \"{layout.Name}\" is used instead."));
        }
        var content = catalog.For(LayoutRole.TitleAndContent);
        if (content.Master.ForTitles && catalog.All.Any(l => !l.Master.ForTitles) is false)
            warnings.Add(new($"模板没有内容页母版（各母版的标题都在页面中部或正文框很小），内容页用了“{content.Name}”。", $"the template has no master made for content (every master's title sits low or its body box is small); content slides use \"{content.Name}\"."));
        if (content.Content.Count == 0)
            warnings.Add(new("模板没有带正文占位符的版式，正文写在文本框里。", "the template has no layout with a body placeholder; body text goes into text boxes."));
        foreach (var type in new[] { "title", "body" })
        {
            if (!content.Style.HasReadableStyle(type))
            {
                warnings.Add(new("模板母版的文字样式不在 PowerPoint 读取的位置（p:txStyles 或占位符 lstStyle），已按母版示例文字的格式写到每页上。",
                    "the template's master keeps its text styles where PowerPoint does not read them (no p:txStyles, no placeholder lstStyle); they were taken from the master's sample text and written on each slide."));
                break;
            }
        }
        var slide = catalog.Slide;
        var mapping = new TemplateMapping(slide.Width, slide.Height, catalog.All.Select(l => l.Master.Index).Distinct().Count(), catalog.All.Count, choices, warnings);
        var room = Room(catalog);
        if (room.Height < SlideRoom.Default.Height * 0.8 || room.Width < SlideRoom.Default.Width * 0.8)
            warnings.Add(new($"模板的正文区（{room.Width:0}×{room.Height:0} 磅，{mapping.Aspect}）比默认模板小：表格和要点按它分到续页。",
                $"the template's body box ({room.Width:0}×{room.Height:0} pt, {mapping.Aspect}) is smaller than the default template's: tables and bullets continue on more slides to fit it."));
        return mapping;
    }

    // A line drawing in the room is named first: it is what a person sees text lying on (Yellow Idea's bulb).
    private static PassedOverLayout PassedOver(LayoutEntry layout, RoomClutter clutter)
    {
        var (master, name) = (layout.Master.Index + 1, layout.Name);
        var drawing = clutter.Drawn >= LayoutCatalog.ClutterLimit;
        var share = drawing ? clutter.Drawn : clutter.Busy;
        var percent = Math.Max(1, (int)Math.Round(share * 100));
        var why = drawing
            ? new Bilingual($"未用母版 {master} 的“{name}”：正文区有 {percent}% 压着线条画，文字会叠在画上。",
                $"master {master}'s \"{name}\" was passed over: a line drawing lies across {percent}% of its body room, and text would lie on it.")
            : new Bilingual($"未用母版 {master} 的“{name}”：两侧装饰让开后，正文区仍有 {percent}% 压着图片或装饰，文字会叠在上面。",
                $"master {master}'s \"{name}\" was passed over: pictures or decorations stand out behind {percent}% of its body room even clear of those at its sides, and text would lie on them.");
        return new PassedOverLayout(name, master, drawing ? "drawing" : "clutter", Math.Round(share, 3), why);
    }

    /// <summary>The room of the template's content layout: its body box, less insets, and its sizes (kept to 18–28 pt) as autofit shrinks them to the floor.</summary>
    internal static SlideRoom Room(LayoutCatalog catalog)
    {
        var layout = catalog.For(LayoutRole.TitleAndContent);
        var slot = layout.Content.FirstOrDefault();
        var box = slot?.Rect ?? new Rect(0, 0, catalog.Slide.Width * 9 / 10, catalog.Slide.Height * 2 / 3);
        var (top, sub) = slot is null ? (24.0, 20.0) : SlideComposer.Sizes(layout, slot);
        top = Math.Clamp(top, SlideComposer.FloorPt, 28);
        sub = Math.Clamp(sub, SlideComposer.FloorPt, top);
        // The renderer's autofit shrinks bullets down to the readable floor before anything overflows: a small box is
        // filled at that size and only what still does not fit continues, instead of a few lines on each of many slides.
        var shrink = SlideComposer.FloorPt / sub;
        (top, sub) = (Math.Max(SlideComposer.FloorPt, top * shrink), SlideComposer.FloorPt);
        // A table reaches down over the free room under the box on both layouts it is drawn on (with bullets, without).
        var reach = Math.Min(layout.Reach(box, catalog.Slide.Height).Height, catalog.For(LayoutRole.TitleOnly).Reach(box, catalog.Slide.Height).Height);
        // A margin of safety: viewers set line spacing and table rows a little looser than the estimate.
        return new SlideRoom(box.Width / 12700.0 - 14, (box.Height / 12700.0 - 14) * 0.92, top, sub, TableGraphic.FontPt)
        {
            FullWidth = (slot?.Full.Width ?? box.Width) / 12700.0 - 14,
            TableHeight = (reach / 12700.0 - 14) * 0.92,
        };
    }

    /// <summary>The mapping as lines for people, in a language.</summary>
    public string ToText(DealLanguage language)
    {
        var zh = language == DealLanguage.ZhCN;
        var text = new StringBuilder();
        text.AppendLine(zh
            ? $"幻灯片 {SlideWidth / 360000.0:0.##}×{SlideHeight / 360000.0:0.##} 厘米（{Aspect}），{Masters} 个母版，{Layouts} 个版式"
            : $"slide {SlideWidth / 360000.0:0.##}×{SlideHeight / 360000.0:0.##} cm ({Aspect}), {Masters} master(s), {Layouts} layout(s)");
        foreach (var choice in Choices)
        {
            var name = zh ? Vocabulary(choice.Kind).Chinese : Vocabulary(choice.Kind).English;
            var note = choice.Exact ? "" : zh ? "（替代）" : " (fallback)";
            text.AppendLine(zh ? $"  {name} → “{choice.Layout}”（母版 {choice.Master}）{note}" : $"  {name} → \"{choice.Layout}\" (master {choice.Master}){note}");
            foreach (var passed in choice.PassedOver)
                text.AppendLine("      " + passed.Why.In(language));
        }
        foreach (var warning in Warnings)
            text.AppendLine((zh ? "  注意：" : "  warning: ") + warning.In(language));
        return text.ToString();
    }

    private static Bilingual Vocabulary(string kind) => kind switch
    {
        "title" => new("标题页", "the title slide"),
        "agenda" => new("议程页", "the agenda"),
        "section" => new("节标题页", "section headers"),
        "content" => new("内容页", "content slides"),
        "graphic" => new("图表页（表格、图表、时间线）", "table, chart and timeline slides"),
        "twoColumns" => new("两栏页", "two-column slides"),
        _ => new("结束页", "the closing slide"),
    };
}
