using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>no-structure: no agenda near the start, or no closing/conclusion near the end.</summary>
public sealed class NoStructureRule : Rule
{
    /// <inheritdoc />
    public override string Id => "no-structure";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Structure;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("不成体系、结论不清晰：开场要有议程，结尾要有总结。", "No structure, no clear conclusion: open with an agenda, close with a summary.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["minSlides"] = 5,
        ["agendaWithin"] = 4,
        ["closingWithin"] = 3,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var shown = context.Deck.Shown.ToList();
        if (shown.Count < Threshold(context, "minSlides"))
            yield break;
        var head = shown.Take((int)Threshold(context, "agendaWithin"));
        if (!head.Any(s => SlideSignals.Agenda().IsMatch(s.Title ?? "") || SlideSignals.Agenda().IsMatch(s.Section ?? "")))
        {
            yield return Found(context, null, null,
                new("开头几页没有议程（目录）页。", "No agenda (contents) slide near the start."),
                new("在标题页后加一页议程，说明目的和讲解顺序。", "Add an agenda after the title slide: the purpose and the order of the talk."));
        }
        var tail = shown.TakeLast((int)Threshold(context, "closingWithin"));
        if (!tail.Any(s => SlideSignals.Closing().IsMatch(s.Title ?? "") || SlideSignals.Closing().IsMatch(s.Section ?? "")))
        {
            yield return Found(context, null, null,
                new("结尾没有总结（结论）页。", "No summary (conclusion) slide at the end."),
                new("结尾加一页总结：回顾要点、重申目的、提出下一步。", "Close with a summary: recap the points, restate the purpose, ask for the next step."));
        }
    }
}
