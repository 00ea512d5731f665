using System.Globalization;
using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>How deep a deck may go for its audience (METHOD §4 听众分析: knowledge level, level in the organisation).</summary>
public enum AudienceDepth
{
    /// <summary>Leaders in the room: outcomes, evidence and commitments; little technical detail.</summary>
    Leadership,

    /// <summary>Managers: the solution and its benefits, some detail.</summary>
    Management,

    /// <summary>A technical audience: features, functions, architecture, the full FAB.</summary>
    Technical,
}

/// <summary>
/// Competitive thinking turned into rules for what goes on customer-facing slides (METHOD §2.1, §4): the depth the
/// audience takes, the elements to stress and the ones to reframe in words (never chart), the cases the exchange's
/// strategy names, the participants on our side, the event the exchange prepares, and the internal text that must not
/// reach a slide. Planner and review read the same rules, so what one builds the other accepts.
/// </summary>
/// <param name="Depth">The audience's depth.</param>
/// <param name="Stress">Our strengths to stress.</param>
/// <param name="Reframe">Our weaknesses: reframed in words, never charted or claimed as strengths.</param>
/// <param name="NamedCases">The cases the exchange's strategy, agenda or goal names, in the order named.</param>
/// <param name="Partners">Competitors that are participants on our side (strategy partners): named as partners.</param>
/// <param name="PreparedEvent">The customer's milestone the exchange prepares (named in its goal, else the next tender date).</param>
public sealed partial record SlideStrategy(
    AudienceDepth Depth,
    IReadOnlyList<CompetitiveElement> Stress,
    IReadOnlyList<CompetitiveElement> Reframe,
    IReadOnlyList<ReferenceCase> NamedCases,
    IReadOnlyList<Competitor> Partners,
    Milestone? PreparedEvent)
{
    /// <summary>The rules for a deal's exchange (the next planned one when null).</summary>
    public static SlideStrategy For(Deal deal, Exchange? exchange)
    {
        var competition = CompetitiveThinking.Summarize(deal);
        return new SlideStrategy(
            DepthOf(deal, exchange),
            competition.Stress,
            competition.Reframe,
            NamedCasesOf(deal, exchange),
            deal.Competitors.Where(c => IsPartner(deal, c)).ToList(),
            PreparedEventOf(deal, exchange));
    }

    /// <summary>
    /// The depth: leadership when an executive of influence 4+ (or the decision maker) is in the room, or the exchange's
    /// strategy says it speaks to leaders; technical when most of the room are evaluators and users of knowledge 4+.
    /// </summary>
    public static AudienceDepth DepthOf(Deal deal, Exchange? exchange)
    {
        var audience = AudienceAnalysis.AudienceOf(deal, exchange);
        var strategy = exchange?.Strategy ?? "";
        if (audience.Any(s => s.Level == OrgLevel.Executive && (s.Influence >= 4 || s.Role == DecisionRole.DecisionMaker))
            || LeadershipWords().IsMatch(strategy))
            return AudienceDepth.Leadership;
        var technical = audience.Count(s => s.Role is DecisionRole.TechnicalEvaluator or DecisionRole.User && s.Knowledge >= 4);
        return audience.Count > 0 && technical * 2 >= audience.Count ? AudienceDepth.Technical : AudienceDepth.Management;
    }

    [GeneratedRegex(@"面向高层|领导班子|高层汇报|for (the )?leader|leadership|executive", RegexOptions.IgnoreCase)]
    private static partial Regex LeadershipWords();

    /// <summary>Whether a competitor is on our side: named in the strategy's partners (competing with partners).</summary>
    public static bool IsPartner(Deal deal, Competitor competitor) =>
        deal.Strategy is { } s && s.Partners.Any(p => competitor.Name.Length > 0 && p.Contains(competitor.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The cases the exchange names (its strategy, agenda, goal, theme, or the stage's key content), by short name,
    /// customer or id, in the order first named; none when it names none.
    /// </summary>
    public static IReadOnlyList<ReferenceCase> NamedCasesOf(Deal deal, Exchange? exchange)
    {
        if (exchange is null)
            return [];
        var stage = StageAt(deal, exchange.Date);
        var text = string.Join("\n", new[] { exchange.Strategy, exchange.Goal, exchange.Preparation?.Theme, exchange.Title, stage?.KeyContent }
            .Concat(exchange.Agenda).OfType<string>());
        return deal.Cases
            .Select(c => (c, at: Names(c).Select(n => text.IndexOf(n, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min()))
            .Where(x => x.at >= 0).OrderBy(x => x.at).Select(x => x.c).ToList();
    }

    /// <summary>The names a case goes by: its short name, its customer, its id.</summary>
    public static IEnumerable<string> Names(ReferenceCase c) =>
        new[] { c.ShortName, c.Customer, c.Id }.OfType<string>().Where(n => n.Trim().Length >= 2);

    /// <summary>The stage whose dates hold a day.</summary>
    public static StagePlan? StageAt(Deal deal, DateOnly day) =>
        deal.Stages.FirstOrDefault(s => s.Start is { } start && start <= day && (s.End is null || s.End >= day));

    /// <summary>
    /// The milestone an exchange prepares: the first after it whose name or date its goal mentions, else the first tender
    /// milestone after it, else none.
    /// </summary>
    public static Milestone? PreparedEventOf(Deal deal, Exchange? exchange)
    {
        if (exchange is null)
            return null;
        var later = deal.Project.Milestones.Where(m => m.Date > exchange.Date).OrderBy(m => m.Date).ToList();
        var goal = exchange.Goal ?? "";
        return later.FirstOrDefault(m => goal.Contains(m.Name, StringComparison.OrdinalIgnoreCase) || MentionsDate(goal, m.Date))
            ?? later.FirstOrDefault(m => m.Tender);
    }

    /// <summary>Whether a text writes a date: 12月28日, 2026-12-28, 28 December, December 28.</summary>
    public static bool MentionsDate(string text, DateOnly date)
    {
        var en = CultureInfo.GetCultureInfo("en-US").DateTimeFormat.GetMonthName(date.Month);
        return text.Contains($"{date.Month}月{date.Day}日", StringComparison.Ordinal)
            || text.Contains(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || text.Contains($"{date.Day} {en}", StringComparison.OrdinalIgnoreCase)
            || text.Contains($"{en} {date.Day}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The words that claim an element as a strength on a slide. The label alone is too common for some elements
    /// ("公司" is in every company name), so those use what a claim of them says (实力, 规模, price…).
    /// </summary>
    public static IReadOnlyList<string> ClaimWords(CompetitiveElement element, Vocabulary v) => element switch
    {
        CompetitiveElement.Company => v.IsChinese ? ["公司实力", "实力", "规模", "品牌"] : ["company strength", "size", "scale", "brand", "largest"],
        CompetitiveElement.Price => v.IsChinese ? ["价格", "报价", "低价", "最便宜"] : ["price", "pricing", "cheapest", "lowest bid", "low cost"],
        CompetitiveElement.Service => v.IsChinese ? ["服务"] : ["service"],
        CompetitiveElement.Implementation => v.IsChinese ? ["实施"] : ["implementation"],
        CompetitiveElement.CustomersAndReferences => v.IsChinese ? ["客户和案例"] : ["customers and references"],
        _ => [v.Label(element)],
    };

    /// <summary>Whether a text claims a reframed element (its claim words).</summary>
    public bool ClaimsWeakness(string text, Vocabulary v) =>
        Reframe.Any(e => ClaimWords(e, v).Any(w => Regex.IsMatch(text, WordBoundary(w), RegexOptions.IgnoreCase)));

    private static string WordBoundary(string word) =>
        TextMeasure.Of(word).MostlyCjk ? Regex.Escape(word) : $@"(?<![\p{{L}}]){Regex.Escape(word)}(?![\p{{L}}])";

    /// <summary>
    /// The deal's internal text that must never reach a customer-facing slide: our stage names, the team's notes on
    /// people and participants, competitors' intelligence, our weaknesses and threats, the positioning's reasons and
    /// the strategy's own wording.
    /// </summary>
    public static IReadOnlyList<string> InternalText(Deal deal)
    {
        var texts = new List<string?>();
        texts.AddRange(deal.Stages.Select(s => s.Name));
        texts.AddRange(deal.Stakeholders.Select(s => s.Notes));
        texts.AddRange(deal.Project.Participants.Select(p => p.Notes));
        foreach (var c in deal.Competitors.Where(c => !IsPartner(deal, c)))
        {
            texts.AddRange(c.Strengths);
            texts.AddRange(c.Weaknesses);
            texts.AddRange(c.Relationships);
            texts.Add(c.LikelyStrategy);
        }
        texts.AddRange(deal.Swot.Weaknesses);
        texts.AddRange(deal.Swot.Threats);
        texts.Add(deal.Positioning?.Reason);
        texts.AddRange(deal.Positioning?.History.Select(h => h.Reason) ?? []);
        texts.Add(deal.Strategy?.Summary);
        return texts.OfType<string>().Where(t => t.Trim().Length > 0).Distinct().ToList();
    }

    /// <summary>
    /// Whether an internal text shows on a slide: a stage name whole, or any clause of a longer text of 8+ characters
    /// (Chinese) or four words (other languages).
    /// </summary>
    public static string? Leak(string slideText, string internalText, IReadOnlySet<string> stageNames) =>
        LeakClauses(internalText, stageNames).FirstOrDefault(clause => slideText.Contains(clause, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What of an internal text must not be found on a slide (<see cref="Leak"/>): a stage name whole, else each clause
    /// long enough to be a real quotation. Found once, a plan checks every slide text against them.
    /// </summary>
    public static IReadOnlyList<string> LeakClauses(string internalText, IReadOnlySet<string> stageNames)
    {
        ArgumentNullException.ThrowIfNull(internalText);
        ArgumentNullException.ThrowIfNull(stageNames);
        return stageNames.Contains(internalText)
            ? [internalText]
            : Clauses().Split(internalText).Select(c => c.Trim().Trim('*')).Where(Long).ToList();
    }

    private static bool Long(string clause)
    {
        var m = TextMeasure.Of(clause);
        return m.MostlyCjk ? m.CjkCharacters >= 8 : m.Words >= 4;
    }

    [GeneratedRegex(@"[。;,!?\n()\uFF08\uFF09\uFF0C\uFF1B\uFF01\uFF1F\uFF1A:]|\.\s")]
    private static partial Regex Clauses();

    /// <summary>
    /// Whether a stakeholder belongs to a participant (the lead contractor, a partner) rather than the customer: the first
    /// word of the department is a participant's first word. Their internal concerns are not shown to the customer.
    /// </summary>
    public static bool WorksForParticipant(Deal deal, Stakeholder person)
    {
        var first = FirstWord(person.Department);
        if (first.Length == 0 || IsCustomerName(deal, first))
            return false;
        return deal.Project.Participants.Any(p => FirstWord(p.Name) == first);
    }

    private static string FirstWord(string? text) => (text ?? "").Trim().Split(' ', 2)[0];

    private static bool IsCustomerName(Deal deal, string word) =>
        new[] { deal.Customer.Name, deal.Customer.ShortName }.Concat(deal.Customer.Aliases).OfType<string>()
            .Any(n => n.StartsWith(word, StringComparison.OrdinalIgnoreCase) || word.StartsWith(n, StringComparison.OrdinalIgnoreCase));
}
