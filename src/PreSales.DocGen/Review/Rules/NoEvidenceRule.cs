using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>no-evidence: no figures, no case and no reference anywhere in the deck.</summary>
public sealed class NoEvidenceRule : Rule
{
    /// <inheritdoc />
    public override string Id => "no-evidence";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("说服力不够：观点要有事实、权威数据和案例支撑。", "Not persuasive: claims need facts, authoritative figures and cases.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minSlides"] = 4 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var shown = context.Deck.Shown.ToList();
        if (shown.Count < Threshold(context, "minSlides"))
            yield break;
        var text = string.Join('\n', shown.Select(s => s.Text));
        var figures = SlideSignals.Figures().IsMatch(text) || shown.Any(s => s.Shapes.Any(h => h.Kind == Reading.ShapeKind.Chart));
        var cases = SlideSignals.Cases().IsMatch(text);
        var references = SlideSignals.Reference().IsMatch(text);
        if (!figures && !cases && !references)
        {
            yield return Found(context, null, null,
                new("全篇没有数据、案例或引用来源。", "The deck has no figures, no case and no cited source."),
                new("为关键观点补上量化数据（注明来源）和一个相似客户的案例。", "Back the key claims with figures (with their source) and a case from a similar customer."));
        }
    }
}
