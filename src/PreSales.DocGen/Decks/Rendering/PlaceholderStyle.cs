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
    /// (the theme's background colour) for the box, with a warning.
    /// </summary>
    public static (string ListStyle, Rgb? Fill) Look(LayoutEntry layout, PlaceholderSlot slot, IEnumerable<int> levels, Rect box, RenderWarnings warnings, double? titleSize = null, double? cap = null)
    {
        var distinct = levels.Distinct().Order().ToArray();
        var key = string.Create(CultureInfo.InvariantCulture, $"{slot.Type}|{slot.Index}|{string.Join(',', distinct)}|{box.X},{box.Y},{box.Width},{box.Height}|{titleSize}|{cap}");
        var look = Looks.GetValue(layout, _ => new()).GetOrAdd(key, _ =>
        {
            var found = new RenderWarnings();
            var (style, fill) = Work(layout, slot, distinct, box, found, titleSize, cap);
            return (style, fill, found.List.ToArray());
        });
        foreach (var warning in look.Warnings)
            warnings.Add(warning);
        return (look.ListStyle, look.Fill);
    }

    // Slide after slide asks for the same placeholder in the same box, and the built-in template is prepared once per
    // process: each look is worked out once per layout, with the warnings it gave, for as long as the layout lives.
    private static readonly ConditionalWeakTable<LayoutEntry, ConcurrentDictionary<string, (string ListStyle, Rgb? Fill, Bilingual[] Warnings)>> Looks = new();

    /// <summary>
    /// A level's size when the body's top level may be at most <paramref name="cap"/> (a long title took a smaller
    /// size): every level scaled alike, none below the readable floor.
    /// </summary>
    public static double Capped(double size, double top, double cap) =>
        cap >= top ? size : Math.Max(SlideComposer.FloorPt, Math.Round(size * cap / top * 2) / 2);

    private static (string ListStyle, Rgb? Fill) Work(LayoutEntry layout, PlaceholderSlot slot, int[] levels, Rect box, RenderWarnings warnings, double? titleSize, double? cap)
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
                $"模板母版的文字样式不在 PowerPoint 读取的位置(p:txStyles 或占位符 lstStyle),已按母版示例文字的格式写到每页上。",
                "the template's master keeps its text styles where PowerPoint does not read them (no p:txStyles, no placeholder lstStyle); they were taken from the master's sample text and written on each slide."));
        IReadOnlyList<Rgb> behind = layout.Style.Scene.Under(box.X, box.Y, box.Width, box.Height).Colors;
        var colors = new TemplateColors(layout, warnings);
        Rgb? fill = null;
        var xml = new List<XElement>();
        var changed = false;
        foreach (var level in levels)
        {
            var run = chain.Run("示例 Sample", null, level);
            var size = titleSize ?? (cap is { } most ? Capped(run.SizePt, top, most) : run.SizePt);
            XElement? color = null;
            if (run.Color is { } c && behind.Count > 0 && Contrast.Worst(c, behind) < Contrast.Needed(size, run.Bold))
            {
                var better = colors.TryText(behind, size, run.Bold, slot.IsTitle ? "tx2" : "tx1");
                if (better is null)
                {
                    // Nothing reads on all of it (a band across the box, a gradient): back the box with the theme's background.
                    fill ??= colors.Backing(c);
                    behind = [fill.Value];
                    warnings.Add(new Bilingual(
                        $"版式“{layout.Name}”的背景上没有一种主题颜色的文字处处可读,{(slot.IsTitle ? Words.Title : Words.Body).Chinese}加了主题背景色的底。",
                        $"no theme colour reads everywhere on the background of layout \"{layout.Name}\"; the {(slot.IsTitle ? Words.Title : Words.Body).English} got a backing in the theme's background colour."));
                    better = Contrast.Worst(c, behind) >= Contrast.Needed(size, run.Bold) ? c : colors.Text(behind, size, run.Bold, slot.IsTitle ? "tx2" : "tx1", slot.IsTitle ? Words.Title : Words.Body);
                }
                color = new XElement(FormatXml.A + "srgbClr", new XAttribute("val", better.Value.Hex));
                changed = true;
            }
            var merged = chain.Merged(level, color);
            if (titleSize is not null || size < run.SizePt)
                merged.Element(FormatXml.A + "defRPr")!.SetAttributeValue("sz", ((int)Math.Round(size * 100)).ToString(CultureInfo.InvariantCulture));
            else if (!slot.IsTitle && run.SizePt < SlideComposer.FloorPt)
            {
                // Body text below the readable floor (the review's font-too-small threshold) is raised to it.
                merged.Element(FormatXml.A + "defRPr")!.SetAttributeValue("sz", ((int)(SlideComposer.FloorPt * 100)).ToString(CultureInfo.InvariantCulture));
                changed = true;
                warnings.Add(new Bilingual($"模板版式“{layout.Name}”的正文字号 {run.SizePt:0.#} 磅小于 {SlideComposer.FloorPt:0} 磅,已放大到 {SlideComposer.FloorPt:0} 磅。",
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
    }

    // The slide XML declares a: once on its root; the serialised element carries its own xmlns, harmless but noisy.
    private static string StripNamespaces(string xml) => xml.Replace($" xmlns:a=\"{FormatXml.A.NamespaceName}\"", "", StringComparison.Ordinal);
}
