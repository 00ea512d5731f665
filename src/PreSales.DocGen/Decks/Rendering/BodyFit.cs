using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// Body text fitted to its box so that no paragraph leaves a line of one or two characters (what the review's
/// text-cramped flags: "恢复" alone under "做法：统一运维平台与一键", "1 h" under "Time to find a fault: 4 h →"). In
/// order: the template's size when nothing is cramped there; a little smaller (to <see cref="Shrink"/> of it, never
/// under the readable floor) when that sets every paragraph without a short line; each cramped paragraph broken at its
/// own separators (a clause's full-width punctuation, ", ", ": ") at the largest size that then fits, as a designer
/// breaks a line by hand; smaller down to the floor. Lines are measured from each level's left margin (the bullet's
/// indent), with the widths of the wider of the template's Latin and East Asian faces (<see cref="FontWidths"/>).
/// </summary>
/// <param name="Items">The items, with line breaks (\n) where they were broken.</param>
/// <param name="Cap">The largest size the top level may take (<see cref="PlaceholderStyle.Capped"/>), null: the template's.</param>
/// <param name="Scale">The autofit font scale for the box's height: 1 when the items fit, never below the floor.</param>
internal sealed record BodyFit(IReadOnlyList<BodyItem> Items, double? Cap, double Scale)
{
    /// <summary>How far the whole body may shrink to keep a paragraph from wrapping one or two characters.</summary>
    public const double Shrink = 0.85;

    // Paragraphs of more lines are not judged, as the review does not judge them: the measure's error adds up line by line.
    private const int JudgedLines = 3;

    /// <summary>The items fitted to a placeholder's box at most at <paramref name="cap"/>; a warning when no fit is found.</summary>
    public static BodyFit For(LayoutEntry layout, PlaceholderSlot slot, IReadOnlyList<BodyItem> items, Rect box, double? cap, RenderWarnings warnings)
    {
        var chain = layout.Style.Chain(slot.Type ?? "obj", slot.Index, null, intended: true);
        var template = SlideComposer.Sizes(layout, slot);
        var measure = new Measure(
            Width: box.Width / 12700.0 - 14.4,
            Margins: [.. Enumerable.Range(0, 9).Select(level => chain.Margin(null, level) / 12700.0)],
            Font: FontWidths.For(chain.Run("Sample", null, 0).Typeface).Wider(FontWidths.For(chain.Run("示例", null, 0).Typeface)));
        var top = cap is { } c && c < template.Top ? PlaceholderStyle.Capped(template.Top, template.Top, c) : template.Top;
        (double Top, double Sub) At(double size) => size >= template.Top ? template : (size, PlaceholderStyle.Capped(template.Sub, template.Top, size));
        BodyFit Fit(IReadOnlyList<BodyItem> set, double size) => new(set, size < template.Top ? size : cap, Autofit(set, box, At(size), measure.Margins));
        bool Reads(IReadOnlyList<BodyItem> set, double size) => Scales(Autofit(set, box, At(size), measure.Margins)).All(scale => !measure.Cramped(set, At(size), scale));

        if (Reads(items, top))
            return Fit(items, top);
        var least = Math.Max(SlideComposer.FloorPt, top * Shrink);
        for (var size = Step(top); size >= least; size -= 0.5)
            if (Reads(items, size))
                return Fit(items, size);
        for (var size = top; size >= SlideComposer.FloorPt; size = Step(size))
        {
            var broken = measure.Broken(items, At(size));
            if (broken is not null && Reads(broken, size))
                return Fit(broken, size);
        }
        for (var size = Step(least); size >= SlideComposer.FloorPt; size -= 0.5)
            if (Reads(items, size))
                return Fit(items, size);
        warnings.Add(new Bilingual($"版式“{layout.Name}”的正文框太窄，有的段落会有一行只剩一两个字。", $"the body box of layout \"{layout.Name}\" is too narrow: some paragraphs leave a line of one or two characters."));
        return Fit(items, top);
    }

    // The scales a viewer may set shrunk text at: PowerPoint the autofit scale written, LibreOffice its own, found
    // anew between that and none (Candy's body written at 69 % is set at about 80 %, and "能力" broke there).
    private static IEnumerable<double> Scales(double autofit)
    {
        yield return autofit;
        for (var scale = Math.Ceiling(autofit * 20) / 20; scale <= 1; scale += 0.05)
            if (scale > autofit)
                yield return scale;
    }

    // The next half point down.
    private static double Step(double size) => Math.Ceiling(size * 2 - 1) / 2;

    /// <summary>
    /// The height, in points, the items need in a box of a width at the sizes: each from its level's left margin (points;
    /// null: a usual bullet's indent, 20 pt and 27 more a level).
    /// </summary>
    public static double Needed(IReadOnlyList<BodyItem> items, long widthEmu, (double Top, double Sub) sizes, IReadOnlyList<double>? margins = null)
    {
        var width = widthEmu / 12700.0 - 14;
        return items.Sum(i =>
        {
            var size = i.Level == 0 ? sizes.Top : sizes.Sub;
            var margin = margins is { Count: > 0 } m ? m[Math.Clamp(i.Level, 0, m.Count - 1)] : i.Level * 27 + 20;
            return DeckText.Lines(i.Text, width - margin, size) * size * 1.2 + size * 0.5;
        }) + 14;
    }

    /// <summary>The autofit font scale for items in a box: 1 when they fit, never below the readable floor.</summary>
    public static double Autofit(IReadOnlyList<BodyItem> items, Rect box, (double Top, double Sub) sizes, IReadOnlyList<double>? margins = null)
    {
        var needed = Needed(items, box.Width, sizes, margins);
        var have = box.Height / 12700.0;
        var floor = Math.Min(1, SlideComposer.FloorPt / Math.Max(SlideComposer.FloorPt, sizes.Sub));
        return needed <= have ? 1 : Math.Max(floor, Math.Floor(have / needed * 40) / 40);
    }

    /// <summary>A box's text width (points, insets off), each level's left margin, and the typeface's widths.</summary>
    private sealed record Measure(double Width, double[] Margins, FontWidths Font)
    {
        private double WidthAt(int level) => Width - Margins[Math.Clamp(level, 0, 8)];

        private static double SizeAt(int level, (double Top, double Sub) sizes, double scale) => (level == 0 ? sizes.Top : sizes.Sub) * scale;

        public bool Cramped(IReadOnlyList<BodyItem> items, (double Top, double Sub) sizes, double scale) =>
            items.Any(i => Cramped(i.Text, i.Level, SizeAt(i.Level, sizes, 1) * scale));

        // Cramped from the level's margin in the typeface's widths, as a viewer sets it, or across the whole box in the
        // generic widths, as the review measures it (it reads neither margins nor typefaces yet: its measure is not
        // exact enough to take them in without flagging lines that fit). Either way a short last line is avoided.
        private bool Cramped(string text, int level, double size) =>
            DeckText.Cramped(text, WidthAt(level), size, maxLines: JudgedLines, font: Font)
            || DeckText.Cramped(text, Width, size, maxLines: JudgedLines);

        /// <summary>The items with each cramped one broken at its separators, or null when one cannot be.</summary>
        public IReadOnlyList<BodyItem>? Broken(IReadOnlyList<BodyItem> items, (double Top, double Sub) sizes)
        {
            var result = new List<BodyItem>(items.Count);
            foreach (var item in items)
            {
                var size = SizeAt(item.Level, sizes, 1);
                if (!Cramped(item.Text, item.Level, size))
                    result.Add(item);
                else if (Break(item.Text.Trim(), item.Level, size) is { } broken)
                    result.Add(item with { Text = broken });
                else
                    return null;
            }
            return result;
        }

        // The text broken at the latest separator whose head fits on one line and whose tail, broken likewise, is not cramped.
        private string? Break(string text, int level, double size)
        {
            if (!Cramped(text, level, size))
                return text;
            for (var k = text.Length - 1; k > 0; k--)
            {
                if (!EndsClause(text, k))
                    continue;
                var head = text[..k].TrimEnd();
                var tail = text[k..].Trim();
                if (tail.Length == 0 || DeckText.WrappedLines(head, WidthAt(level), size, Font) > 1)
                    continue;
                if (Break(tail, level, size) is { } rest)
                    return head + "\n" + rest;
            }
            return null;
        }

        // Whether a line may break before position k: after a full-width clause mark, or after a Latin one followed by
        // a space or following a Chinese character (Chinese typed with Latin punctuation: "做法:统一").
        private static bool EndsClause(string text, int k) =>
            DeckText.ClauseStops.Contains(text[k - 1])
            || LatinStops.Contains(text[k - 1]) && (text[k] == ' ' || k > 1 && DeckText.IsWide(text[k - 2]));

        private const string LatinStops = ",;:";
    }
}
