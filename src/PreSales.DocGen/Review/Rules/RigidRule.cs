using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>rigid: long runs of text-only slides on one layout, nothing memorable.</summary>
public sealed class RigidRule : Rule
{
    /// <inheritdoc />
    public override string Id => "rigid";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("太死板、无亮点：一连串同样版式的纯文字页让听众走神。", "Rigid, nothing memorable: a run of same-layout text slides loses the audience.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["maxRun"] = 5 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var maxRun = (int)Threshold(context, "maxRun");
        var run = new List<SlideFacts>();
        foreach (var slide in context.Deck.Shown.Append(null))
        {
            if (slide is not null && !SlideSignals.HasVisual(slide) && slide.Shapes.Any(s => s.HasText) && (run.Count == 0 || run[0].Layout == slide.Layout))
            {
                run.Add(slide);
                continue;
            }
            if (run.Count > maxRun)
            {
                yield return Found(context, run[0].Number, null,
                    new($"第 {run[0].Number}–{run[^1].Number} 页连续 {run.Count} 页都是同一版式的纯文字页。", $"Slides {run[0].Number}–{run[^1].Number}: {run.Count} text-only slides in a row on one layout."),
                    new("穿插图示、案例图片或一页有冲击力的数据，给听众一个记忆点。", "Break the run with a diagram, a case picture or one striking figure: give the audience something to remember."));
            }
            run.Clear();
            if (slide is not null && !SlideSignals.HasVisual(slide) && slide.Shapes.Any(s => s.HasText))
                run.Add(slide);
        }
    }
}
