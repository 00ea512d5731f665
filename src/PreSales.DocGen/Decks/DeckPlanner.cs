using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Decks;

/// <summary>What the user asks for: which exchange, and its length when the deal does not say.</summary>
/// <param name="ExchangeNumber">1-based position in the deal's exchanges; null for the next planned one.</param>
/// <param name="Minutes">The exchange's length; overrides the exchange's own.</param>
public sealed record DeckRequest(int? ExchangeNumber = null, int? Minutes = null);

/// <summary>A planned deck and the facts the team should gather for the slides left out.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="FactsToGather">Why slides were left out or thin, in the deal's language.</param>
public sealed record DeckPlanning(DeckPlan Plan, IReadOnlyList<string> FactsToGather);

/// <summary>
/// Input a deck cannot be made from (bad exchange number, a file that is not a template, a broken plan). It carries the
/// message in Chinese and English because it is often thrown where the deal's language is not known (the renderer, the
/// plan reader); the caller picks the language, as for <see cref="Packaging.PackageProblem"/>.
/// </summary>
public sealed class DeckInputException : Exception
{
    /// <summary>Creates the exception with the message in both languages.</summary>
    public DeckInputException(string chinese, string english, Exception? inner = null) : base(english, inner)
    {
        Chinese = chinese;
        English = english;
    }

    /// <summary>Creates the exception with one message used for both languages (a place or a name, no prose).</summary>
    public DeckInputException(string message) : this(message, message)
    {
    }

    /// <summary>Creates the exception with one message used for both languages, and its cause.</summary>
    public DeckInputException(string message, Exception inner) : this(message, message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DeckInputException() : this("", "")
    {
    }

    /// <summary>The message in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>The message in English (also <see cref="Exception.Message"/>).</summary>
    public string English { get; }

    /// <summary>The message in Chinese or English.</summary>
    public string MessageFor(bool chinese) => chinese ? Chinese : English;

    /// <summary>The message in a deal's (or a plan's) language.</summary>
    public string MessageIn(DealLanguage language) => MessageFor(language == DealLanguage.ZhCN);
}

/// <summary>
/// Plans the deck for an exchange (METHOD §4): the goal, audience and theme, then the TQCSS structure —
/// title, agenda, trends, questions, case, solution with FAB, success keys, strengths, stages, closing —
/// then fits text to slides and budgets the time in speaker notes. Pure: the same deal gives the same plan.
/// </summary>
public static class DeckPlanner
{
    /// <summary>The default length of an exchange when neither the deal nor the user gives one.</summary>
    public const int DefaultMinutes = 45;

    /// <summary>Plans a deck.</summary>
    public static DeckPlanning Plan(Deal deal, DeckRequest request)
    {
        var v = Vocabulary.For(deal.Language);
        var exchange = PickExchange(deal, request.ExchangeNumber);
        var gaps = new List<string>();
        var minutes = request.Minutes ?? exchange?.DurationMinutes ?? DefaultMinutes;
        if (request.Minutes is null && exchange?.DurationMinutes is null)
            gaps.Add(v.Pick($"交流时长未知：按 {minutes} 分钟规划（可用 --minutes 指定）", $"the exchange's length is unknown: planned for {minutes} minutes (use --minutes)"));
        var context = new DeckContext(deal, exchange, v, new CompetitorScreen(deal), gaps);
        var body = TqcssSlides.Body(context);
        var fitted = SlideFit.Fit(TqcssSlides.Opening(context, body).Concat(body).Append(TqcssSlides.Closing(context)), deal.Language);
        var timed = TalkTrack.Budget(fitted, minutes, context);
        if (minutes < timed.Count)
            gaps.Add(v.Pick($"{timed.Count} 页幻灯片只有 {minutes} 分钟：考虑删减", $"{timed.Count} slides for {minutes} minutes: consider cutting"));
        var plan = new DeckPlan
        {
            Language = deal.Language,
            Customer = DeckText.Clean(deal.Customer.Name),
            DurationMinutes = minutes,
            Brief = Brief(context, body),
            Slides = timed,
        };
        return new DeckPlanning(plan, gaps);
    }

    /// <summary>
    /// Fits a plan read from a file (an edited plan, an outline): bullets and cells shortened by rule, long slides
    /// continued, and time budgets added where the notes have none, so the renderer never gets overflowing text.
    /// </summary>
    public static DeckPlan Fit(DeckPlan plan)
    {
        var fitted = SlideFit.Fit(plan.Slides, plan.Language);
        if (fitted.All(s => s.Notes is { Minutes: > 0 }))
            return plan with { Slides = fitted };
        var v = Vocabulary.For(plan.Language);
        var minutes = plan.DurationMinutes > 0 ? plan.DurationMinutes : DefaultMinutes;
        var deal = new Deal
        {
            Id = "outline", Name = plan.Customer, Language = plan.Language, OurCompany = "", Stage = plan.Brief.Stage ?? DealStage.SolutionRefinement,
            Customer = new Customer { Name = plan.Customer, Industry = "" }, Project = new Project { Name = plan.Customer },
        };
        var context = new DeckContext(deal, null, v, new CompetitorScreen(deal), []);
        return plan with { Slides = TalkTrack.Budget(fitted, minutes, context) };
    }

    private static Exchange? PickExchange(Deal deal, int? number)
    {
        if (number is null)
            return ExchangeChecklist.NextExchange(deal) ?? deal.Exchanges.LastOrDefault();
        if (number < 1 || number > deal.Exchanges.Count)
            throw new DeckInputException(
                $"--exchange {number}：交易只有 {deal.Exchanges.Count} 次交流（从 1 开始编号）",
                $"--exchange {number}: the deal has {deal.Exchanges.Count} exchanges (numbered from 1)");
        return deal.Exchanges[number.Value - 1];
    }

    private static DeckBrief Brief(DeckContext c, IReadOnlyList<PlannedSlide> body) => new()
    {
        Goal = c.Screen.Apply(c.Exchange?.Goal ?? c.Exchange?.Title ?? c.Deal.Project.Name),
        Audience = c.Audience.Select(s => new AudienceMember(
            DeckText.Clean(s.Name), DeckText.Clean(s.Title), s.Level,
            s.HotButtons.Select(c.Screen.Apply).ToList(), s.Concerns.Select(c.Screen.Apply).ToList())).ToList(),
        Theme = c.Screen.Apply(c.Exchange?.Preparation?.Theme ?? c.Exchange?.Title ?? c.Deal.Project.Name),
        Structure = body.Select(s => s.Section).OfType<string>().Distinct().ToList(),
        Stage = c.Exchange?.Stage ?? c.Deal.Stage,
    };
}

/// <summary>What every slide builder reads: the deal, the exchange, the language, the name screen, the gaps found.</summary>
internal sealed record DeckContext(Deal Deal, Exchange? Exchange, Vocabulary V, CompetitorScreen Screen, List<string> Gaps)
{
    public SlideStrategy Strategy { get; } = SlideStrategy.For(Deal, Exchange);

    // The Q&A sheet's prepared answers; a deck travels, so those that name a competitor stay on the sheet only.
    public IReadOnlyList<(Stakeholder Asker, PreparedAnswer Answer)> Answers { get; } = PreparedAnswers.ForNotes(Deal, Exchange)
        .Where(x => !Screen.Names(x.Answer.Question) && !Screen.Names(x.Answer.Answer)).ToList();

    // Every clause of the deal's internal texts that may not reach a slide, found once for the plan's many checks.
    private readonly IReadOnlyList<string> leakClauses = LeakClausesOf(Deal);

    private static List<string> LeakClausesOf(Deal deal)
    {
        var stageNames = deal.Stages.Select(s => s.Name).OfType<string>().ToHashSet();
        return SlideStrategy.InternalText(deal).SelectMany(t => SlideStrategy.LeakClauses(t, stageNames)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Whether a text carries internal content (a stage name, the team's notes, competitor intelligence).</summary>
    public bool IsInternal(string text) => leakClauses.Any(clause => text.Contains(clause, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Stakeholder> Audience { get; } = AudienceAnalysis.AudienceOf(Deal, Exchange);

    public AudienceSummary Summary { get; } = AudienceAnalysis.Summarize(AudienceAnalysis.AudienceOf(Deal, Exchange));

    public DealStage Stage => Exchange?.Stage ?? Deal.Stage;

    public string CustomerShort => DeckText.Clean(Deal.Customer.ShortName ?? Deal.Customer.Name);

    public void Gather(string zh, string en) => Gaps.Add(V.Pick(zh, en));
}
