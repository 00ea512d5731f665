using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// low-contrast: text whose colour against what is actually behind it (the shape's fill, a filled shape under it,
/// else what the slide's background, master and layout draw there: colours, every stop of a gradient, the shapes of
/// the master and layout) is below WCAG 1.4.3: 4.5:1, 3:1 for large text (≥ 18 pt, or ≥ 14 pt bold). The worst
/// colour behind the text counts. Where only a picture is behind it the colour is unknown and nothing is claimed.
/// Footers (date, footer, slide number) are template furniture and are left out.
/// </summary>
public sealed class LowContrastRule : Rule
{
    /// <inheritdoc />
    public override string Id => "low-contrast";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Accessibility;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("对比度不足的文字在投影上看不清(WCAG 4.5:1,大字 3:1)。", "Low-contrast text is unreadable on a projector (WCAG 4.5:1, 3:1 for large text).");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["minRatio"] = 4.5,
        ["minRatioLarge"] = 3,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var normal = Threshold(context, "minRatio");
        var large = Threshold(context, "minRatioLarge");
        foreach (var slide in context.Deck.Shown)
        {
            for (var i = 0; i < slide.Shapes.Count; i++)
            {
                var shape = slide.Shapes[i];
                if (!shape.HasText || shape.Kind is ShapeKind.Table or ShapeKind.Footer || BehindAll(slide, i) is not { Count: > 0 } behind)
                    continue;
                var worst = shape.Paragraphs.SelectMany(p => p.Runs)
                    .Where(r => r.Text.Trim().Length > 0 && r.Color is not null)
                    .Select(r => (Run: r, Back: behind.MinBy(b => r.Color!.Value.Contrast(b)), Needed: Contrast.IsLarge(r.SizePt, r.Bold) ? large : normal))
                    .Select(x => (x.Run, x.Back, Ratio: x.Run.Color!.Value.Contrast(x.Back), x.Needed))
                    .Where(x => x.Ratio < x.Needed)
                    .OrderBy(x => x.Ratio)
                    .FirstOrDefault();
                if (worst.Run is null)
                    continue;
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new($"文字颜色 {worst.Run.Color} 与背景 {worst.Back} 的对比度只有 {worst.Ratio:0.0}:1(至少需要 {worst.Needed:0.#}:1)。", $"Text colour {worst.Run.Color} on {worst.Back} has a contrast of {worst.Ratio:0.0}:1 (needs {worst.Needed:0.#}:1)."),
                    new("加深文字或减淡背景(深色背景用白字),让对比度达标。", "Darken the text or lighten the background (white text on dark backgrounds) to reach the ratio."));
            }
        }
    }

    /// <summary>
    /// Every colour behind a shape's text: its own fill, else a filled slide shape under its centre, else what the
    /// background, master and layout draw under it (sampled over its box). Empty when only a picture or an unknown
    /// fill is behind it.
    /// </summary>
    internal static IReadOnlyList<Rgb> BehindAll(SlideFacts slide, int index)
    {
        var shape = slide.Shapes[index];
        if (shape.UnknownFill)
            return [];
        if (shape.Fill is { } own)
            return [own];
        if (shape.Bounds is { } b)
        {
            var (x, y) = (b.X + b.Width / 2, b.Y + b.Height / 2);
            for (var i = index - 1; i >= 0; i--)
            {
                var under = slide.Shapes[i];
                if (under.Bounds is not { } ub || !ub.Contains(x, y))
                    continue;
                if (under.UnknownFill)
                    return [];
                if (under.Fill is { } fill)
                    return [fill];
            }
            if (slide.Scene is { } scene)
                return scene.Under(b.X, b.Y, b.Width, b.Height).Colors;
        }
        return slide.Background is { } background ? [background] : [];
    }

    /// <summary>The solid colour behind a shape's text, or null when it cannot be known.</summary>
    public static Rgb? Behind(SlideFacts slide, int index)
    {
        var shape = slide.Shapes[index];
        if (shape.UnknownFill)
            return null;
        if (shape.Fill is { } own)
            return own;
        if (shape.Bounds is not { } b)
            return slide.Background;
        var (x, y) = (b.X + b.Width / 2, b.Y + b.Height / 2);
        for (var i = index - 1; i >= 0; i--)
        {
            var under = slide.Shapes[i];
            if (under.Bounds is not { } ub || !ub.Contains(x, y))
                continue;
            if (under.UnknownFill)
                return null;
            if (under.Fill is { } fill)
                return fill;
        }
        return slide.Background;
    }
}
