using PreSales.DocGen.Language;
using PreSales.DocGen.Method;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// case-missing (with a deal): a case the next exchange's strategy, agenda or goal names appears on no slide, or
/// appears without its figures in a chart or table (the C of TQCSS is evidence).
/// </summary>
public sealed class CaseMissingRule : Rule
{
    /// <inheritdoc />
    public override string Id => "case-missing";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override bool NeedsDeal => true;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("策略点名的案例是最有力的证据，不能缺，数据要成图。", "The cases the strategy names are the strongest evidence: none may be missing, and their figures belong in a chart.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Deal is not { } deal)
            yield break;
        var shown = context.Deck.Shown.ToList();
        foreach (var named in SlideStrategy.NamedCasesOf(deal, ExchangeChecklist.NextExchange(deal)))
        {
            var names = SlideStrategy.Names(named).Where(n => n != named.Id).ToList();
            var slides = shown.Where(s => names.Any(n => s.Text.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
            var label = named.ShortName ?? named.Customer;
            if (slides.Count == 0)
                yield return Found(context, null, null,
                    new($"策略点名的案例“{label}”没有出现在任何页面上。", $"The case \"{label}\" the strategy names is on no slide."),
                    new("为它安排一页：问题、做法和前后对比数据（图表）。", "Give it a slide: the problem, what we did, and its before/after figures as a chart."));
            else if (named.Metrics.Count > 0 && !slides.Any(s => s.Shapes.Any(x => x.Kind is ShapeKind.Chart or ShapeKind.Table)))
                yield return Found(context, slides[0].Number, null,
                    new($"案例“{label}”的前后对比数据没有用图表或表格展示。", $"The case \"{label}\" is shown without its before/after figures in a chart or table."),
                    new("把前后对比数据做成图表。", "Chart its before/after figures."));
        }
    }
}
