using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// weakness-shown (with a deal): competitive thinking says to play down or reframe our weak elements (METHOD §2.1); a
/// chart of the competitive elements (our ratings, a "market average") or a slide claiming a weak element as a strength
/// works against it.
/// </summary>
public sealed partial class WeaknessShownRule : Rule
{
    /// <inheritdoc />
    public override string Id => "weakness-shown";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override bool NeedsDeal => true;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("竞争思维：突出优势，淡化或重新诠释劣势；劣势不能画成图，更不能当作优势。", "Competitive thinking: stress strengths, play down or reframe weaknesses; never chart a weakness or claim it as a strength.");

    [GeneratedRegex(@"优势|领先|最强|最优|最低|最大|第一|为什么选择|为什么是|strength|lead|best|strongest|lowest|largest|why (us|choose)|why [A-Z]", RegexOptions.IgnoreCase)]
    private static partial Regex StrengthClaim();

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Deal is not { } deal)
            yield break;
        var v = Vocabulary.For(deal.Language);
        var strategy = SlideStrategy.For(deal, ExchangeChecklist.NextExchange(deal));
        if (strategy.Reframe.Count == 0)
            yield break;
        var labels = Enum.GetValues<CompetitiveElement>().Select(e => (e, label: v.Label(e))).ToList();
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var chart in slide.Shapes.Where(s => s.Kind == ShapeKind.Chart))
            {
                var about = (chart.AltText ?? "") + "\n" + slide.Text;
                var named = labels.Where(l => about.Contains(l.label, StringComparison.OrdinalIgnoreCase)).ToList();
                var weak = named.Where(l => strategy.Reframe.Contains(l.e)).Select(l => l.label).ToList();
                if (named.Count >= 3 || weak.Count > 0)
                {
                    yield return Found(context, slide.Number, SlideSignals.NameOf(chart),
                        new($"图表画出了竞争要素评分{(weak.Count > 0 ? $"，包括应淡化的“{string.Join("、", weak)}”" : "")}。", $"The chart plots competitive-element ratings{(weak.Count > 0 ? $", including {string.Join(", ", weak)}, which the strategy says to play down" : "")}."),
                        new("用证据展示优势（案例数据、承诺、参考客户），劣势只在讲稿里用话语重新诠释。", "Show strengths by evidence (case figures, commitments, references); reframe weaknesses in words in the talk track."));
                    break;
                }
            }
            foreach (var line in slide.Text.Split('\n'))
            {
                if (strategy.ClaimsWeakness(line, v) && (StrengthClaim().IsMatch(line) || StrengthClaim().IsMatch(slide.Title ?? "")))
                {
                    yield return Found(context, slide.Number, null,
                        new($"把应淡化的劣势当作优势展示：“{line.Trim()}”。", $"A weakness the strategy says to reframe is shown as a strength: \"{line.Trim()}\"."),
                        new("删去这一点，改讲客户更看重的方面（如总体拥有成本、交付保障）。", "Drop it and speak of what matters more to the customer (total cost of ownership, delivery assurance)."));
                    break;
                }
            }
        }
    }
}
