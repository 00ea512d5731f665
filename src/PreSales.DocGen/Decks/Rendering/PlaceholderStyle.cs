using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// The list style a filled placeholder carries on the slide. Empty (everything inherited) when the template's text
/// styles reach the slide the way PowerPoint reads them and its colours read on the background; otherwise the levels
/// the slide uses, resolved through the whole chain (<see cref="SlideStyle.Chain"/>, with the master's sample
/// paragraphs that LibreOffice-made masters keep their styles in), with a colour that reaches WCAG AA on what the
/// layout shows behind the box, and a title size no smaller than the body's.
/// </summary>
internal static class PlaceholderStyle
{
    public const string Empty = "<a:lstStyle/>";

    /// <summary>The intended size in points of a level of a placeholder (template's style, samples included).</summary>
    public static double Size(LayoutEntry layout, PlaceholderSlot slot, int level) =>
        layout.Style.Chain(slot.Type ?? "obj", slot.Index, null, intended: true).Run("示例 Sample", null, level).SizePt;

    /// <summary>The lstStyle XML for a placeholder; <paramref name="titleSize"/> sets a title's size when given.</summary>
    public static string For(LayoutEntry layout, PlaceholderSlot slot, IEnumerable<int> levels, Rect box, RenderWarnings warnings, double? titleSize = null) =>
        Look(layout, slot, levels, box, warnings, titleSize).ListStyle;

    /// <summary>
    /// The lstStyle XML for a placeholder and, when no theme colour reads on everything behind its box, a backing fill
    /// (the theme's background colour) for the box, with a warning; over a decoded picture, with its
    /// <paramref name="items"/>, the text as it lies on the picture's cells (<see cref="PictureBacking"/>): another theme
    /// colour, or a translucent backing around its lines.
    /// </summary>
    public static (string ListStyle, Backing? Fill) Look(LayoutEntry layout, PlaceholderSlot slot, IEnumerable<int> levels, Rect box, RenderWarnings warnings, double? titleSize = null, double? cap = null, IReadOnlyList<BodyItem>? items = null)
    {
        var distinct = levels.Distinct().Order().ToArray();
        // What lies under the letters depends on the text only over a picture: elsewhere one look serves every slide.
        if (items is not null && !layout.Style.Scene.PictureNear(Placement.Of(box.X, box.Y, box.Width, box.Height)))
            items = null;
        var text = items is null ? "" : string.Join("\n", items.Select(i => $"{i.Level}:{i.Text}"));
        var key = string.Create(CultureInfo.InvariantCulture, $"{slot.Type}|{slot.Index}|{string.Join(',', distinct)}|{box.X},{box.Y},{box.Width},{box.Height}|{titleSize}|{cap}|{text}");
        var look = Looks.GetValue(layout, _ => new()).GetOrAdd(key, _ =>
        {
            var found = new RenderWarnings();
            var (style, fill) = Work(layout, slot, distinct, box, found, titleSize, cap, items);
            return (style, fill, found.List.ToArray());
        });
        foreach (var warning in look.Warnings)
            warnings.Add(warning);
        return (look.ListStyle, look.Fill);
    }

    // Slide after slide asks for the same placeholder in the same box, and the built-in template is prepared once per
    // process: each look is worked out once per layout, with the warnings it gave, for as long as the layout lives.
    private static readonly ConditionalWeakTable<LayoutEntry, ConcurrentDictionary<string, (string ListStyle, Backing? Fill, Bilingual[] Warnings)>> Looks = new();

    /// <summary>
    /// A level's size when the body's top level may be at most <paramref name="cap"/> (a long title took a smaller
    /// size): every level scaled alike, none below the readable floor.
    /// </summary>
    public static double Capped(double size, double top, double cap) =>
        cap >= top ? size : Math.Max(SlideComposer.FloorPt, Math.Round(size * cap / top * 2) / 2);

    private static (string ListStyle, Backing? Fill) Work(LayoutEntry layout, PlaceholderSlot slot, int[] levels, Rect box, RenderWarnings warnings, double? titleSize, double? cap, IReadOnlyList<BodyItem>? items)
    {
        cap = slot.IsTitle ? null : cap;
        var top = Math.Max(SlideComposer.FloorPt, Size(layout, slot, 0));
        var type = slot.Type ?? "obj";
        var chain = layout.Style.Chain(type, slot.Index, null, intended: true);
        var effective = layout.Style.Chain(type, slot.Index, null, intended: false);
        // Written on the slide when what PowerPoint would inherit differs from what the template's author saw.
        var explicitStyle = !layout.Style.HasReadableStyle(type) || titleSize is not null || cap < top
            || levels.Any(l => chain.Run("示例 Sample", null, l) != effective.Run("示例 Sample", null, l));
        if (!layout.Style.HasReadableStyle(type))
            warnings.Add(new Bilingual(
                $"模板母版的文字样式不在 PowerPoint 读取的位置（p:txStyles 或占位符 lstStyle），已按母版示例文字的格式写到每页上。",
                "the template's master keeps its text styles where PowerPoint does not read them (no p:txStyles, no placeholder lstStyle); they were taken from the master's sample text and written on each slide."));
        IReadOnlyList<Rgb> behind = layout.Style.Scene.Under(box.X, box.Y, box.Width, box.Height).Colors;
        var colors = new TemplateColors(layout, warnings);
        Backing? fill = null;
        var what = slot.IsTitle ? Words.Title : slot.Type == "subTitle" ? Words.Subtitle : Words.Body;
        // Each level's run as the template sets it, its size on this slide, and the colour chosen for it (null: its own).
        var set = new List<(int Level, RunFormat Run, double Size, Rgb? Color)>();
        foreach (var level in levels)
        {
            var run = chain.Run("示例 Sample", null, level);
            var size = titleSize ?? (cap is { } most ? Capped(run.SizePt, top, most) : run.SizePt);
            Rgb? color = null;
            if (run.Color is { } c && behind.Count > 0 && Contrast.Worst(c, behind) < Contrast.Needed(size, run.Bold))
            {
                var better = colors.TryText(behind, size, run.Bold, slot.IsTitle ? "tx2" : "tx1");
                if (better is null)
                {
                    // Nothing reads on all of it (a band across the box, a gradient): back the box with the theme's background.
                    fill ??= new Backing(colors.Backing(c));
                    behind = [fill.Value.Color];
                    warnings.Add(new Bilingual(
                        $"版式“{layout.Name}”的背景上没有一种主题颜色的文字处处可读，{(slot.IsTitle ? Words.Title : Words.Body).Chinese}加了主题背景色的底。",
                        $"no theme colour reads everywhere on the background of layout \"{layout.Name}\"; the {(slot.IsTitle ? Words.Title : Words.Body).English} got a backing in the theme's background colour."));
                    better = Contrast.Worst(c, behind) >= Contrast.Needed(size, run.Bold) ? c : colors.Text(behind, size, run.Bold, slot.IsTitle ? "tx2" : "tx1", slot.IsTitle ? Words.Title : Words.Body);
                }
                color = better;
            }
            set.Add((level, run, size, color));
        }
        // Over a picture: the letters as they lie on its cells.
        if (fill is null && items is not null)
        {
            var shown = set.ToDictionary(s => s.Level, s => (Color: s.Color ?? s.Run.Color ?? colors.Scheme("tx1", new Rgb(0, 0, 0)), s.Size, s.Run.Bold));
            var fallback = shown[set[0].Level];
            switch (PictureBacking.For(layout, slot, items, box, level => shown.GetValueOrDefault(level, fallback), hug: slot.IsTitle || slot.Type == "subTitle"))
            {
                case ({ } text, _):
                    set = set.Select(s => s with { Color = text }).ToList();
                    warnings.Add(new Bilingual(
                        $"版式“{layout.Name}”的{what.Chinese}压在模板图片的杂乱部分上，改用在那里看得清的主题颜色。",
                        $"the {what.English} of layout \"{layout.Name}\" lies over a busy part of the template's picture; it takes a theme colour that reads there."));
                    break;
                case (_, { } backing):
                    fill = backing;
                    warnings.Add(new Bilingual(
                        $"版式“{layout.Name}”的{what.Chinese}压在模板图片的杂乱部分上，没有一种主题颜色看得清，加了半透明的主题色底。",
                        $"the {what.English} of layout \"{layout.Name}\" lies over a busy part of the template's picture where no theme colour reads; it got a translucent backing in a theme colour."));
                    break;
            }
        }
        var xml = new List<XElement>();
        var changed = false;
        foreach (var (level, run, size, color) in set)
        {
            var merged = chain.Merged(level, color is { } better ? new XElement(FormatXml.A + "srgbClr", new XAttribute("val", better.Hex)) : null);
            changed |= color is not null;
            // A box drawn around its lines holds them without the left margin of a paragraph that has no bullet (PictureBacking).
            if (fill?.Insets is not null && !chain.Bullet(null, level))
            {
                merged.SetAttributeValue("marL", "0");
                merged.SetAttributeValue("indent", "0");
                changed = true;
            }
            if (titleSize is not null || size < run.SizePt)
                merged.Element(FormatXml.A + "defRPr")!.SetAttributeValue("sz", ((int)Math.Round(size * 100)).ToString(CultureInfo.InvariantCulture));
            else if (!slot.IsTitle && run.SizePt < SlideComposer.FloorPt)
            {
                // Body text below the readable floor (the review's font-too-small threshold) is raised to it.
                merged.Element(FormatXml.A + "defRPr")!.SetAttributeValue("sz", ((int)(SlideComposer.FloorPt * 100)).ToString(CultureInfo.InvariantCulture));
                changed = true;
                warnings.Add(new Bilingual($"模板版式“{layout.Name}”的正文字号 {run.SizePt:0.#} 磅小于 {SlideComposer.FloorPt:0} 磅，已放大到 {SlideComposer.FloorPt:0} 磅。",
                    $"the body text of layout \"{layout.Name}\" is {run.SizePt:0.#} pt, under {SlideComposer.FloorPt:0} pt; it was raised to {SlideComposer.FloorPt:0} pt."));
            }
            xml.Add(merged);
        }
        if (!explicitStyle && !changed)
            return (Empty, fill);
        var style = new XElement(FormatXml.A + "lstStyle", new XAttribute(XNamespace.Xmlns + "a", FormatXml.A.NamespaceName), xml);
        return (StripNamespaces(style.ToString(SaveOptions.DisableFormatting)), fill);
    }

    private static class Words
    {
        public static readonly Bilingual Title = new("标题文字", "title text");
        public static readonly Bilingual Body = new("正文", "body text");
        public static readonly Bilingual Subtitle = new("副标题", "subtitle");
    }

    // The slide XML declares a: once on its root; the serialised element carries its own xmlns, harmless but noisy.
    private static string StripNamespaces(string xml) => xml.Replace($" xmlns:a=\"{FormatXml.A.NamespaceName}\"", "", StringComparison.Ordinal);
}
