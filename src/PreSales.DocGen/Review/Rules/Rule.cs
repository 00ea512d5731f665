using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// One check of the review. A rule is a pure function of the deck's facts, the deal (when given) and its
/// thresholds; its id is part of the interface (rules files, reports, CI scripts refer to it).
/// </summary>
public abstract class Rule
{
    /// <summary>The fixed id, e.g. <c>text-heavy</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The severity unless a rules file changes it.</summary>
    public abstract Severity Severity { get; }

    /// <summary>The category it is scored in.</summary>
    public abstract RuleCategory Category { get; }

    /// <summary>Why the rule exists, in one line.</summary>
    public abstract Bilingual Rationale { get; }

    /// <summary>Whether the rule needs a deal (it is skipped without one).</summary>
    public virtual bool NeedsDeal => false;

    /// <summary>Its thresholds and their defaults; a rules file may change them by name.</summary>
    public virtual IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>();

    /// <summary>Checks a deck.</summary>
    public abstract IEnumerable<Finding> Check(RuleContext context);

    /// <summary>A finding of this rule at the severity the context gives it.</summary>
    protected Finding Found(RuleContext context, int? slide, string? shape, Bilingual message, Bilingual suggestion) =>
        new(Id, context.Settings.SeverityOf(this), Category, slide, shape, message, suggestion);

    /// <summary>A threshold's value: the rules file's, else the default.</summary>
    protected double Threshold(RuleContext context, string name) => context.Settings.ThresholdOf(this, name);
}
