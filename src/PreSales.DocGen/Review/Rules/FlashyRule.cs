using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>flashy: too many typefaces, too many text colours, too many animations on a slide, WordArt effects.</summary>
public sealed class FlashyRule : Rule
{
    /// <inheritdoc />
    public override string Id => "flashy";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("太花哨：字体、颜色、动画过多会分散注意力，显得不专业。", "Too flashy: many typefaces, colours and animations distract and look unprofessional.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["maxTypefaces"] = 3,
        ["maxColors"] = 5,
        ["maxAnimations"] = 2,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var runs = context.Deck.Shown.SelectMany(s => s.Shapes).SelectMany(s => s.Paragraphs).SelectMany(p => p.Runs).Where(r => r.Text.Trim().Length > 0).ToList();
        // Chinese and Latin text each have their own faces (a:ea / a:latin): count them apart.
        var faces = runs.GroupBy(r => TextMeasure.Of(r.Text).MostlyCjk)
            .Select(g => g.Select(r => r.Typeface).Where(f => f.Length > 0 && !IsSymbolFont(f)).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
            .OrderByDescending(f => f.Count).FirstOrDefault() ?? [];
        if (faces.Count > Threshold(context, "maxTypefaces"))
        {
            yield return Found(context, null, null,
                new($"全篇用了 {faces.Count} 种字体：{string.Join("、", faces)}。", $"The deck uses {faces.Count} typefaces: {string.Join(", ", faces)}."),
                new("统一为一种标题字体和一种正文字体（中文各配一种）。", "Settle on one heading and one body typeface (plus their Chinese counterparts)."));
        }
        var colors = runs.Select(r => r.Color).OfType<Rgb>().Where(c => !IsNeutral(c)).Distinct().ToList();
        if (colors.Count > Threshold(context, "maxColors"))
        {
            yield return Found(context, null, null,
                new($"文字用了 {colors.Count} 种彩色：{string.Join("、", colors)}。", $"Text uses {colors.Count} colours: {string.Join(", ", colors)}."),
                new("用主题色板中的少数几种颜色，颜色只用于强调。", "Use a few colours from the theme palette, and colour only for emphasis."));
        }
        foreach (var slide in context.Deck.Shown)
        {
            if (slide.Animations > Threshold(context, "maxAnimations"))
            {
                yield return Found(context, slide.Number, null,
                    new($"本页有 {slide.Animations} 个动画效果。", $"The slide has {slide.Animations} animation effects."),
                    new("动画要克制：最多保留一两个服务于讲解顺序的动画。", "Restrain animation: keep at most one or two that serve the order of the talk."));
            }
            foreach (var shape in slide.Shapes.Where(s => s.WordArt))
            {
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new("使用了艺术字或发光、倒影等文字特效。", "WordArt or glow/reflection text effects are used."),
                    new("去掉文字特效，用字号和颜色来强调。", "Remove the text effects; emphasise with size and colour."));
            }
        }
    }

    private static bool IsNeutral(Rgb c)
    {
        var max = Math.Max(c.R, Math.Max(c.G, c.B));
        var min = Math.Min(c.R, Math.Min(c.G, c.B));
        return max - min < 24;
    }

    private static bool IsSymbolFont(string face) =>
        face.Contains("Symbol", StringComparison.OrdinalIgnoreCase) || face.Contains("Wingdings", StringComparison.OrdinalIgnoreCase) || face.Contains("Webdings", StringComparison.OrdinalIgnoreCase);
}
