using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>no-ask: the last content slide (and what follows it) asks for no action, support, commitment or next step.</summary>
public sealed class NoAskRule : Rule
{
    /// <inheritdoc />
    public override string Id => "no-ask";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("结束语要提出行动、支持或承诺的请求：每次接触都要有收获。", "The closing asks for action, support or commitment: every contact must score.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minSlides"] = 3 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var shown = context.Deck.Shown.ToList();
        if (shown.Count < Threshold(context, "minSlides"))
            yield break;
        var last = shown.FindLastIndex(s => !SlideSignals.IsThanksOnly(s));
        if (last < 0)
            yield break;
        var closing = shown.Skip(last).ToList();
        if (!closing.Any(s => SlideSignals.Ask().IsMatch(s.Text)))
        {
            yield return Found(context, closing[0].Number, null,
                new("最后一页内容页没有提出任何请求（行动、支持、承诺或下一步）。", "The last content slide asks for nothing: no action, support, commitment or next step."),
                new("结尾明确提出下一步：例如安排技术交流、启动试点、确认时间表。", "End with a clear ask: e.g. schedule the technical exchange, start the pilot, confirm the timetable."));
        }
    }
}
