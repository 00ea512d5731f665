using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>no-focus: a slide far heavier than the deck's median; more slides than the allotted time allows.</summary>
public sealed class NoFocusRule : Rule
{
    /// <inheritdoc />
    public override string Id => "no-focus";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Structure;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("详略不当、重点不突出：某页远重于其他页，或页数多于时间所能讲完的。", "Wrong level of detail: one slide far heavier than the rest, or more slides than the time allows.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["heavyFactor"] = 3,
        ["minHeavyWeight"] = 100,
        ["maxSlidesPerMinute"] = 1,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var slides = SlideSignals.ContentSlides(context.Deck);
        if (slides.Count >= 4)
        {
            var weights = slides.Select(s => (Slide: s, Weight: TextMeasure.Of(s.Text).Weight)).ToList();
            var sorted = weights.Select(w => w.Weight).Order().ToList();
            var median = sorted[sorted.Count / 2];
            var factor = Threshold(context, "heavyFactor");
            foreach (var (slide, weight) in weights)
            {
                if (weight > Math.Max(median * factor, Threshold(context, "minHeavyWeight")))
                {
                    yield return Found(context, slide.Number, null,
                        new($"本页内容量约为全篇中位数的 {weight / Math.Max(1, median):0.#} 倍。", $"The slide carries about {weight / Math.Max(1, median):0.#}× the deck's median amount of content."),
                        new("判断它是否是重点：是就拆开讲透，不是就压缩到与其他页相当。", "Decide whether it is a key point: if so, split it and develop it; if not, cut it to the size of the others."));
                }
            }
        }
        var shown = context.Deck.Shown.Count();
        if (context.AllottedMinutes is { } minutes && shown > minutes * Threshold(context, "maxSlidesPerMinute"))
        {
            yield return Found(context, null, null,
                new($"{shown} 页要在 {minutes:0.#} 分钟内讲完，页数太多。", $"{shown} slides for {minutes:0.#} minutes: more than the time allows."),
                new("按每页一到两分钟删减或合并，把次要内容放进附录。", "Plan one to two minutes a slide: cut or merge, and move secondary material to an appendix."));
        }
    }
}
