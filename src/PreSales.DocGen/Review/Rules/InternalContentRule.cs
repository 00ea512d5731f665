using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// internal-content (with a deal): the team's analysis on a customer-facing slide — our campaign's stage names, the
/// team's notes on people and participants, competitors' intelligence, our weaknesses and threats, the strategy's own
/// wording, or people's stances. A slide carries the strategy, never the analysis behind it. Notes are not checked.
/// </summary>
public sealed class InternalContentRule : Rule
{
    /// <inheritdoc />
    public override string Id => "internal-content";

    /// <inheritdoc />
    public override Severity Severity => Severity.Error;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override bool NeedsDeal => true;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("内部分析（阶段名称、立场、评分、竞争情报、团队备注）不能出现在客户看到的页面上。", "Internal analysis (stage names, stances, ratings, competitor intelligence, team notes) never reaches a customer-facing slide.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Deal is not { } deal)
            yield break;
        var v = Vocabulary.For(deal.Language);
        // A stage named like something the customer shares (a milestone, the exchange's goal) is not internal.
        var shared = string.Join("\n", deal.Project.Milestones.Select(m => m.Name).Concat(deal.Exchanges.Select(e => e.Goal ?? "")));
        var stages = deal.Stages.Select(s => s.Name).OfType<string>().Where(n => n.Trim().Length >= 2 && !shared.Contains(n, StringComparison.OrdinalIgnoreCase)).ToHashSet();
        var internals = SlideStrategy.InternalText(deal).Where(t => !deal.Stages.Any(s => s.Name == t) || stages.Contains(t)).ToList();
        // Every clause that may not reach a slide, found once for all the slides.
        // A clause with no letter that has case (Chinese) is looked for ordinally: the same matches, and ignoring case
        // outside ASCII is the slow path (a twentieth of a review request's host CPU, perf).
        var clauses = internals.SelectMany(t => SlideStrategy.LeakClauses(t, stages))
            .Select(c => (Text: c, Comparison: c.Any(ch => char.ToUpperInvariant(ch) != char.ToLowerInvariant(ch)) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)).ToList();
        var stances = Enum.GetValues<Deals.Stance>().Select(s => v.Label(s)).ToList();
        foreach (var slide in context.Deck.Shown)
        {
            var text = slide.Text;
            var leak = clauses.FirstOrDefault(c => text.Contains(c.Text, c.Comparison)).Text;
            if (leak is not null)
            {
                yield return Found(context, slide.Number, null,
                    new($"客户可见的页面上有内部内容：“{leak}”。", $"Internal content on a customer-facing slide: \"{leak}\"."),
                    new("删去内部分析（阶段、团队备注、竞争情报、劣势），只保留面向客户的结论和证据。", "Remove the internal analysis (stages, team notes, competitor intelligence, weaknesses); keep the customer-facing conclusion and its evidence."));
                continue;
            }
            var person = deal.Stakeholders.FirstOrDefault(s => text.Split('\n').Any(l => l.Contains(s.Name, StringComparison.Ordinal) && stances.Any(st => l.Contains(st, StringComparison.OrdinalIgnoreCase))));
            if (person is not null)
            {
                yield return Found(context, slide.Number, null,
                    new($"页面上写出了{person.Name}的立场。", $"The slide states {person.Name}'s stance."),
                    new("立场只写在内部文档里。", "Stances belong in internal documents only."));
            }
        }
    }
}
