using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// chart-contrast: a chart's series drawn below WCAG 1.4.11's 3:1 against what lies behind the chart (its own solid
/// background, else what the slide's background, master and layout show under its box: colours, a decoded
/// picture's average under each ninth), or two series too alike to tell apart (less than a clear difference in
/// colour or lightness). One finding a chart, for its worst series.
/// </summary>
public sealed class ChartContrastRule : Rule
{
    /// <inheritdoc />
    public override string Id => "chart-contrast";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Accessibility;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("图表的数据系列要与背景对比 3:1 以上，彼此也要分得清。", "Chart series need 3:1 against the background and must be told apart from each other.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minRatio"] = 3 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var needed = Threshold(context, "minRatio");
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var chart in slide.Shapes.Where(s => s.Kind == ShapeKind.Chart && s.SeriesColors.Count > 0))
            {
                IReadOnlyList<Rgb> behind = chart.ChartFill is { } fill ? [fill]
                    : chart.Bounds is { } b && slide.Scene is { } scene ? scene.Under(b.X, b.Y, b.Width, b.Height).Colors
                    : slide.Background is { } background ? [background] : [];
                var name = SlideSignals.NameOf(chart);
                var low = chart.SeriesColors.Select((c, i) => (Color: c, Index: i, Ratio: Contrast.Worst(c, behind)))
                    .Where(x => x.Ratio < needed).OrderBy(x => x.Ratio).FirstOrDefault();
                if (low.Ratio > 0)
                {
                    var back = behind.MinBy(low.Color.Contrast);
                    yield return Found(context, slide.Number, name,
                        new($"图表第 {low.Index + 1} 个数据系列的颜色 {low.Color} 与背景 {back} 的对比度只有 {low.Ratio:0.0}:1（至少需要 {needed:0.#}:1）。",
                            $"The chart's series {low.Index + 1} in {low.Color} on {back} has a contrast of {low.Ratio:0.0}:1 (needs {needed:0.#}:1)."),
                        new("换一个与背景对比足够的主题颜色，或给图表加背景。", "Use a theme colour that stands out from the background, or give the chart a background."));
                    continue;
                }
                var colors = chart.SeriesColors;
                var alike = Enumerable.Range(0, colors.Count).SelectMany(i => Enumerable.Range(i + 1, colors.Count - i - 1).Select(j => (i, j)))
                    .Where(p => !colors[p.i].TellsApart(colors[p.j])).Select(p => ((int, int)?)p).FirstOrDefault();
                if (alike is not var (first, second))
                    continue;
                yield return Found(context, slide.Number, name,
                    new($"图表第 {first + 1} 和第 {second + 1} 个数据系列的颜色（{colors[first]}、{colors[second]}）太接近，分不清。",
                        $"The chart's series {first + 1} and {second + 1} ({colors[first]}, {colors[second]}) are too alike to tell apart."),
                    new("给各系列用色相或明暗明显不同的颜色。", "Give the series colours clearly different in hue or lightness."));
            }
        }
    }
}
