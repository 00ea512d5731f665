using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>opening-long: the title and agenda take more than two minutes to say.</summary>
public sealed class OpeningLongRule : Rule
{
    /// <inheritdoc />
    public override string Id => "opening-long";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Rehearsal;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("开场白（欢迎、介绍、目的、议程）不超过两分钟。", "The opening (welcome, introductions, purpose, agenda) takes at most two minutes.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["maxMinutes"] = 2, ["agendaWithin"] = 4 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var shown = context.Deck.Shown.ToList();
        if (shown.Count == 0)
            yield break;
        var agenda = shown.Take((int)Threshold(context, "agendaWithin")).ToList().FindIndex(s => SlideSignals.Agenda().IsMatch(s.Title ?? ""));
        var opening = shown.Take(Math.Max(agenda, 0) + 1).ToList();
        var minutes = opening.Sum(SpeakingTime.Of);
        if (minutes > Threshold(context, "maxMinutes"))
        {
            yield return Found(context, opening[^1].Number, null,
                new($"标题和议程估计要讲 {minutes:0.#} 分钟，开场太长。", $"The title and agenda take about {minutes:0.#} minutes: the opening is too long."),
                new("开场只讲欢迎、自我介绍、目的和议程，两分钟内进入正题。", "Open with welcome, introductions, purpose and agenda only; reach the subject within two minutes."));
        }
    }
}
