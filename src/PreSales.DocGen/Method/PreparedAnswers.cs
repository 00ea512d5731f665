using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>One question we expect in an exchange, prepared: what to answer, how, and who answers (METHOD §5).</summary>
/// <param name="Kind">The question's kind (了解信息类, 考察能力类, 陷阱类, 点拨类).</param>
/// <param name="Question">The question, in the asker's voice, in the deal's language.</param>
/// <param name="Answer">The suggested answer, drawn from the deal: FAB rows, cases and their figures, the strategy, the reframing of our weak elements. What we say in the room.</param>
/// <param name="Principle">The answering principle of its kind (<see cref="Vocabulary.AnsweringPrinciple"/>).</param>
/// <param name="AnsweredBy">Who on our side answers: "name (role)" of one of our attendees, or a role when none is named.</param>
/// <param name="Basis">Where the answer comes from (a FAB feature, a case, a weak element, the strategy): internal, for the team only.</param>
/// <param name="Topic">What the question is about, in the deal's words (a concern, need, hot button, weakness, FAB feature, competitor): to place it beside the slide that meets it. Internal.</param>
public sealed record PreparedAnswer(QuestionKind Kind, string Question, string Answer, string Principle, string AnsweredBy, IReadOnlyList<string> Basis, string Topic);

/// <summary>The prepared questions of one attendee.</summary>
/// <param name="Person">The customer attendee.</param>
/// <param name="Questions">The questions, trap questions first, then capability, information and coaching.</param>
public sealed record AttendeeAnswers(Stakeholder Person, IReadOnlyList<PreparedAnswer> Questions);

/// <summary>The prepared questions of an exchange.</summary>
/// <param name="Exchange">The exchange prepared for, or null when the deal plans none (then the whole stakeholder list).</param>
/// <param name="Attendees">Every customer attendee who is a stakeholder: opponents first, then neutrals, then supporters, most influential first within each.</param>
public sealed record ExchangeAnswers(Exchange? Exchange, IReadOnlyList<AttendeeAnswers> Attendees)
{
    /// <summary>Every prepared question, in the order of <see cref="Attendees"/>.</summary>
    public IEnumerable<(Stakeholder Person, PreparedAnswer Answer)> All =>
        Attendees.SelectMany(a => a.Questions.Select(q => (a.Person, q)));
}

/// <summary>
/// Prepares an exchange's Q&amp;A (METHOD §5): for each customer attendee, the questions they are likely to ask by the
/// four kinds — information questions from their needs, capability questions from their concerns when they know the
/// subject, trap questions from our weak elements and the main competitor's strengths for opponents (and knowing
/// neutrals), coaching questions from supporters' hot buttons — each with a suggested answer drawn from the deal, the
/// principle for its kind, and who of our attendees answers. Pure: the same deal gives the same answers.
/// </summary>
/// <remarks>
/// The one source of prepared answers: the Q&amp;A preparation document, the deck's speaker notes (<see cref="ForNotes"/>) and any brief call it. Questions are phrased in several forms so a
/// sheet does not read as one stock sentence; English benefits are conjugated with <see cref="BenefitPhrase"/>.
/// </remarks>
public static class PreparedAnswers
{
    private const int PerKind = 3;

    /// <summary>The prepared questions for an exchange of the deal (by default its next exchange).</summary>
    /// <param name="deal">The deal.</param>
    /// <param name="exchange">The exchange; null for <see cref="ExchangeChecklist.NextExchange"/>.</param>
    public static ExchangeAnswers For(Deal deal, Exchange? exchange = null)
    {
        var target = exchange ?? ExchangeChecklist.NextExchange(deal);
        var context = new Context(deal, target, Vocabulary.For(deal.Language), CompetitiveThinking.Summarize(deal));
        var people = AudienceAnalysis.AudienceOf(deal, target)
            .OrderBy(s => s.Stance switch { Stance.Opponent => 0, Stance.Neutral => 1, _ => 2 })
            .ThenByDescending(s => s.Influence)
            .ToList();
        return new ExchangeAnswers(target, people.Select((p, i) => new AttendeeAnswers(p, ForPerson(context, p, i))).ToList());
    }

    /// <summary>
    /// The prepared questions of an exchange for the deck's speaker notes: trap and capability questions first (the
    /// ones a presenter must not be caught by), then information and coaching, each with who asks it.
    /// </summary>
    public static IReadOnlyList<(Stakeholder Asker, PreparedAnswer Answer)> ForNotes(Deal deal, Exchange? exchange) =>
        For(deal, exchange).All.Select((x, i) => (x, i)).OrderBy(x => KindOrder(x.x.Answer.Kind)).ThenBy(x => x.i).Select(x => x.x).ToList();

    /// <summary>The prepared questions of one stakeholder in an exchange (by default the deal's next).</summary>
    public static IReadOnlyList<PreparedAnswer> For(Deal deal, Stakeholder person, Exchange? exchange = null)
    {
        var target = exchange ?? ExchangeChecklist.NextExchange(deal);
        return ForPerson(new Context(deal, target, Vocabulary.For(deal.Language), CompetitiveThinking.Summarize(deal)), person, 0);
    }

    private sealed record Context(Deal Deal, Exchange? Exchange, Vocabulary V, CompetitiveSummary Competition)
    {
        public string Customer => Deal.Customer.ShortName ?? Deal.Customer.Name;

        // The FAB rows already used in each person's answers (by feature), to vary the answers.
        public Dictionary<string, HashSet<string>> Used { get; } = new(StringComparer.Ordinal);

        // Across the sheet: how often each FAB row, case figure, commitment and reframing line was said, the answers
        // written so far and a turn counter for the phrasings, so no two questions get the same answer.
        private readonly Dictionary<string, int> said = new(StringComparer.Ordinal);
        private int turn;

        public HashSet<string> Texts { get; } = new(StringComparer.Ordinal);

        public int Count(string key) => said.TryGetValue(key, out var n) ? n : 0;

        public void Note(string key) => said[key] = Count(key) + 1;

        public int Turn() => turn++;

        // Each FAB row as one text, and in how many rows a fragment occurs: made once for the sheet, since every
        // question scores every row by its fragments.
        public IReadOnlyList<string> FabTexts => fabTexts ??= Deal.Fab
            .Select(f => f.Feature + " " + f.Function + " " + f.Advantage + " " + f.Benefit + " " + string.Join(" ", f.HotButtons)).ToList();

        private IReadOnlyList<string>? fabTexts;
        private readonly Dictionary<string, int> rowsWith = new(StringComparer.OrdinalIgnoreCase);

        public int RowsWith(string fragment)
        {
            if (!rowsWith.TryGetValue(fragment, out var n))
                rowsWith[fragment] = n = FabTexts.Count(t => Holds(t, fragment));
            return n;
        }
    }

    private static List<PreparedAnswer> ForPerson(Context c, Stakeholder person, int seed)
    {
        var v = c.V;
        var questions = new List<PreparedAnswer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The answer is built only when the question is kept (building it counts what it uses).
        void Add(QuestionKind kind, string question, string topic, Func<Answer> build, bool overLimit = false)
        {
            if (!overLimit && questions.Count(q => q.Kind == kind) >= PerKind || !seen.Add(question))
                return;
            var answer = Distinct(c, build(), topic);
            c.Texts.Add(answer.Text);
            questions.Add(new PreparedAnswer(kind, question, answer.Text, v.AnsweringPrinciple(kind),
                Answerer(c, person, kind, answer.Topic), answer.Basis, topic));
        }
        var technical = person.Role == DecisionRole.TechnicalEvaluator || person.Knowledge >= 4;
        var n = seed;

        // Opponents' and knowing neutrals' traps first: they are the questions most worth preparing.
        if (person.Stance == Stance.Opponent || person.Stance == Stance.Neutral && person.Knowledge >= 4)
        {
            var limit = person.Stance == Stance.Opponent ? PerKind : 1;
            foreach (var concern in person.Concerns.Where(x => Touches(x, c.Deal.Swot.Weaknesses)))
                Add(QuestionKind.Trap, Phrase(v, n++, TrapConcern, concern), concern, () => Reframe(c, concern, concern));
            // Only a weakness on a competitive element is a customer's question; "no relationship yet" is ours to work on.
            foreach (var weakness in c.Deal.Swot.Weaknesses.Where(w => ElementOf(w) is not null).Take(limit))
                Add(QuestionKind.Trap, Phrase(v, n++, TrapWeakness, weakness), weakness, () => Reframe(c, weakness, null));
            if (c.Competition.Main is { } main)
            {
                foreach (var strength in main.Strengths.Take(limit))
                    Add(QuestionKind.Trap, Phrase(v, n++, TrapRival, main.Name, strength), main.Name + v.Pick("：", ": ") + strength, () => AgainstRival(c, main, strength));
                Add(QuestionKind.Trap, Phrase(v, n++, TrapJudge, main.Name), main.Name, () => AgainstRival(c, main, null));
            }
        }
        foreach (var concern in person.Concerns.Where(x => !Touches(x, c.Deal.Swot.Weaknesses)))
        {
            if (technical)
                Add(QuestionKind.Capability, Phrase(v, n++, CapabilityConcern, concern), concern, () => FromFab(c, concern, person, capability: true));
            else
                Add(QuestionKind.Information, Phrase(v, n++, InformationConcern, concern), concern, () => FromFab(c, concern, person, capability: false));
        }
        if (technical)
        {
            foreach (var fab in MatchingFab(c, person.HotButtons.Concat(person.Needs), person).Take(2).ToList())
            {
                Use(c, person, fab);
                Add(QuestionKind.Capability, Phrase(v, n++, CapabilityFeature, fab.Feature), fab.Feature, () => FabAnswer(c, fab, capability: true, fab.Feature));
            }
            Add(QuestionKind.Capability, Phrase(v, n++, CapabilityReferences, c.Deal.Customer.Industry), c.Deal.Customer.Industry, () => References(c, person));
        }
        foreach (var need in person.Needs)
            Add(QuestionKind.Information, Phrase(v, n++, InformationNeed, need), need, () => FromFab(c, need, person, capability: false));
        if (person.Level == OrgLevel.Executive || person.Role == DecisionRole.DecisionMaker)
            Add(QuestionKind.Information, Phrase(v, n++, InformationCost, ""), v.Pick("投入和周期", "cost and time"), () => CostAndTime(c, person));
        if (person.Stance == Stance.Supporter || person.Role == DecisionRole.Coach)
        {
            foreach (var hot in person.HotButtons)
                Add(QuestionKind.Coaching, Phrase(v, n++, Coaching, hot), hot, () => FromFab(c, hot, person, capability: false));
        }
        else
        {
            foreach (var hot in person.HotButtons)
                Add(QuestionKind.Information, Phrase(v, n++, InformationHot, hot), hot, () => FromFab(c, hot, person, capability: false));
        }
        // What this person asked before and how it was answered: the likeliest question to come back, over the kind's limit.
        foreach (var (held, asked) in c.Deal.Exchanges.Where(e => e.Status == ExchangeStatus.Held)
                     .SelectMany(e => e.Questions.Select(q => (e, q)))
                     .Where(x => x.q.AskedBy == person.Id && x.q.Kind is QuestionKind.Trap or QuestionKind.Capability && !string.IsNullOrWhiteSpace(x.q.Answer)))
            Add(asked.Kind, asked.Question, asked.Question, overLimit: true, build: () => new Answer(OneLine(asked.Answer!, v), ElementOf(asked.Question),
                [v.Pick($"已在“{held.Title}”中问过，当时的答复", $"asked at \"{held.Title}\"; the answer given then")]));
        if (questions.Count == 0)
            Add(QuestionKind.Information, Phrase(v, n, InformationCost, ""), v.Pick("投入和周期", "cost and time"), () => CostAndTime(c, person));
        return questions.OrderBy(q => KindOrder(q.Kind)).ToList();
    }

    private static int KindOrder(QuestionKind kind) => kind switch
    {
        QuestionKind.Trap => 0,
        QuestionKind.Capability => 1,
        QuestionKind.Information => 2,
        _ => 3,
    };

    // ---- phrasing: several forms per kind, chosen in turn, so the sheet reads like people talking -----------------

    private static readonly (string Zh, string En)[] TrapConcern =
    [
        ("“{0}”恰恰是你们的短板吧？", "Isn't \"{0}\" exactly your weak spot?"),
        ("说到“{0}”，你们凭什么让我们放心？", "On \"{0}\": why should we trust you there?"),
    ];

    private static readonly (string Zh, string En)[] TrapWeakness =
    [
        ("听说你们在“{0}”方面有不足，怎么看？", "We hear you are weak on \"{0}\". What do you say to that?"),
        ("坦白说，“{0}”，这一点你们怎么解释？", "To be frank: \"{0}\". How do you explain that?"),
        ("有人提醒我们：“{0}”。这会不会影响项目？", "We have been warned that \"{0}\". Won't that hurt the project?"),
    ];

    private static readonly (string Zh, string En)[] TrapRival =
    [
        ("{0}在“{1}”方面很强，你们比得过吗？", "{0} is strong on \"{1}\". Can you match that?"),
        ("{0}的优势是“{1}”，你们拿什么和它比？", "{0} offers \"{1}\". What do you have against that?"),
    ];

    private static readonly (string Zh, string En)[] TrapJudge =
    [
        ("你们怎么评价{0}？", "What do you think of {0}?"),
        ("如果让你们说说{0}的方案，问题在哪里？", "If you had to say where {0}'s proposal falls short, what would you say?"),
    ];

    private static readonly (string Zh, string En)[] CapabilityConcern =
    [
        ("关于“{0}”，你们有什么技术手段和案例能证明？", "On \"{0}\": what technical means and references prove you can handle it?"),
        ("“{0}”这个风险，你们具体怎么控制？有实际数据吗？", "How exactly do you control \"{0}\"? Do you have real figures?"),
        ("如果出现“{0}”的情况，你们的方案会怎么处理？", "If \"{0}\" happens, what does your solution do?"),
    ];

    private static readonly (string Zh, string En)[] CapabilityFeature =
    [
        ("请具体说明“{0}”是如何实现的，有哪些限制？", "Explain how \"{0}\" actually works, and where its limits are."),
        ("“{0}”在我们这样的规模下能稳定运行吗？", "Does \"{0}\" hold up at our scale?"),
    ];

    private static readonly (string Zh, string En)[] CapabilityReferences =
    [
        ("你们在{0}行业有哪些同等规模的成功案例？", "Which references of this size do you have in {0}?"),
        ("{0}行业里，有哪家客户用下来效果可以量化？", "Which customer in {0} can show measurable results with you?"),
    ];

    private static readonly (string Zh, string En)[] InformationConcern =
    [
        ("“{0}”这个问题你们怎么解决？", "How do you deal with \"{0}\"?"),
        ("我们比较担心“{0}”，你们有什么办法？", "We are worried about \"{0}\". What would you do about it?"),
    ];

    private static readonly (string Zh, string En)[] InformationNeed =
    [
        ("关于“{0}”，你们具体怎么做？", "On \"{0}\": how exactly would you do it?"),
        ("要做到“{0}”，你们的方案能帮上什么？", "How does your solution help us achieve \"{0}\"?"),
        ("“{0}”，你们以前做到过吗？", "\"{0}\": have you done that before?"),
    ];

    private static readonly (string Zh, string En)[] InformationHot =
    [
        ("在“{0}”方面，你们能做到什么程度？", "How far can you go on \"{0}\"?"),
        ("“{0}”对我们很重要，你们能保证吗？", "\"{0}\" is important to us. Can you commit to it?"),
    ];

    private static readonly (string Zh, string En)[] InformationCost =
    [
        ("项目需要多少投入、多长周期，多快能见到效果？", "What does it cost, how long does it take, and how soon will we see results?"),
        ("从立项到见效要多久？风险在哪里？", "How long from approval to results, and where are the risks?"),
    ];

    private static readonly (string Zh, string En)[] Coaching =
    [
        ("“{0}”是我们很看重的，你们在这方面有什么考虑？", "\"{0}\" matters a lot to us. What have you planned for it?"),
        ("能不能结合案例，多讲讲“{0}”？", "Could you tell us more about \"{0}\", with a case?"),
        ("领导很关心“{0}”，你们准备怎么讲清楚？", "Our leaders care about \"{0}\". How will you make it clear to them?"),
    ];

    private static string Phrase(Vocabulary v, int turn, (string Zh, string En)[] forms, params string[] args)
    {
        var (zh, en) = forms[turn % forms.Length];
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, v.Pick(zh, en), args.Cast<object>().ToArray());
        // An English question opening with a quoted hot button ("\"total cost\" is …") still starts with a capital.
        return !v.IsChinese && text.Length > 1 && text[0] == '"' && char.IsLower(text[1]) ? "\"" + char.ToUpperInvariant(text[1]) + text[2..] : text;
    }

    // ---- answers --------------------------------------------------------------------------------------------------
    // Each answer is built for its question: it names the question's subject (the customer's own words, or for a
    // trap on our weakness the element it touches, never the internal SWOT line), draws on the FAB row, case figure
    // and commitment used least so far in the sheet, and takes the next of several phrasings. An answer that still
    // came out the same as an earlier one is given the next unused figure or commitment, so no two read alike.

    private sealed record Answer(string Text, CompetitiveElement? Topic, IReadOnlyList<string> Basis);

    private static string Join(Vocabulary v, IEnumerable<string> parts) => string.Join(v.Pick("", " "), parts.Where(p => p.Length > 0));

    private static Answer FromFab(Context c, string point, Stakeholder person, bool capability)
    {
        var fab = MatchingFab(c, [point], person).FirstOrDefault();
        if (fab is not null)
        {
            Use(c, person, fab);
            return FabAnswer(c, fab, capability, point);
        }
        // Nothing in the FAB table speaks to it: confirm the point, answer with the reframing of its element and the
        // strength used least so far; the strategy's own line on it goes to the basis (it is analysis, not for the room).
        var v = c.V;
        var element = ElementOf(point);
        var strengths = c.Deal.Strategy?.StrengthOrder is { Count: > 0 } order ? order : c.Deal.Swot.Strengths;
        var strength = strengths.Select((s, i) => (s, i)).OrderBy(x => c.Count("strength:" + x.s)).ThenBy(x => x.i).Select(x => x.s).FirstOrDefault();
        var parts = new List<string>
        {
            c.Turn() % 2 == 0
                ? v.Pick($"先确认“{point}”对{c.Customer}的具体要求。", $"First confirm what \"{Lower(point)}\" means for {c.Customer} in practice.")
                : v.Pick($"先请对方说说“{point}”的具体场景。", $"Ask first for a concrete case of \"{Lower(point)}\"."),
        };
        if (element is not null)
            parts.Add(ReframeOf(element, c));
        if (strength is not null)
        {
            c.Note("strength:" + strength);
            parts.Add(v.Pick($"再结合我们的优势回答：{Sentence(strength, v)}", $"Then answer from our strength: {Sentence(Lower(strength), v)}"));
        }
        else
        {
            parts.Add(v.Pick("会后给出书面答复。", "Then answer in writing after the meeting."));
        }
        if (Commitment(c, point) is { } promise)
            parts.Add(promise);
        var basis = new List<string> { v.Pick("FAB 表中没有对应的行：请补充", "no FAB row answers it: add one") };
        if (StrategySentence(c, point) is { } line)
            basis.Add(v.Pick($"整体策略：{line}", $"strategy: {line}"));
        return new Answer(Join(v, parts), element, basis);
    }

    private static Answer FabAnswer(Context c, FabItem fab, bool capability, string point)
    {
        var v = c.V;
        c.Note("fab:" + fab.Feature);
        var benefit = BenefitPhrase.AsVerbPhrase(fab.Benefit);
        var t = Lower(point);
        var feature = v.Pick(fab.Feature, Lower(fab.Feature));
        // Asked about the feature itself: no echo of the question ("we meet one-click restore with one-click restore").
        var parts = string.Equals(point, fab.Feature, StringComparison.OrdinalIgnoreCase) ? new List<string>
        {
            v.Pick($"{fab.Feature}：{Sentence(fab.Function, v)}", $"{fab.Feature}: {Sentence(Lower(fab.Function), v)}"),
            capability ? Sentence(fab.Advantage, v) : "",
            v.Pick($"对{c.Customer}来说，它能{Sentence(fab.Benefit, v)}", $"For {c.Customer}, it will {Sentence(benefit, v)}"),
        } : (c.Turn() % 3) switch
        {
            0 => new List<string>
            {
                v.Pick($"关于“{point}”，靠的是{fab.Feature}：{Sentence(fab.Function, v)}", $"On \"{t}\", the answer is {feature}: {Sentence(Lower(fab.Function), v)}"),
                capability ? Sentence(fab.Advantage, v) : "",
                v.Pick($"对{c.Customer}来说，它能{Sentence(fab.Benefit, v)}", $"For {c.Customer}, it will {Sentence(benefit, v)}"),
            },
            1 => new List<string>
            {
                v.Pick($"“{point}”由{fab.Feature}来解决：{Sentence(fab.Advantage, v)}", $"We meet \"{t}\" with {feature}: {Sentence(Lower(fab.Advantage), v)}"),
                capability ? v.Pick($"做法是：{Sentence(fab.Function, v)}", $"How it works: {Sentence(Lower(fab.Function), v)}") : "",
                v.Pick($"它能帮{c.Customer}{Sentence(fab.Benefit, v)}", $"It helps {c.Customer} {Sentence(benefit, v)}"),
            },
            _ => new List<string>
            {
                v.Pick($"{fab.Feature}正是为“{point}”设计的：{Sentence(fab.Function, v)}", $"{fab.Feature} is built for \"{t}\": {Sentence(Lower(fab.Function), v)}"),
                capability ? Sentence(fab.Advantage, v) : "",
                v.Pick($"结果是{c.Customer}能{Sentence(fab.Benefit, v)}", $"The result is that {c.Customer} can {Sentence(benefit, v)}"),
            },
        };
        var basis = new List<string> { v.Pick($"FAB：{fab.Feature}", $"FAB: {fab.Feature}") };
        if (CaseOf(c, fab.Evidence) is { } reference && MetricSentence(c, reference) is { } proof)
        {
            parts.Add(proof);
            basis.Add(v.Pick($"案例：{reference.Customer}", $"case: {reference.Customer}"));
        }
        if (Commitment(c, point) is { } promise)
            parts.Add(promise);
        return new Answer(Join(v, parts), ElementOf(fab.Feature + " " + fab.Function), basis);
    }

    private static Answer References(Context c, Stakeholder person)
    {
        var v = c.V;
        var cases = c.Deal.Cases.OrderBy(x => c.Count("case:" + x.Id)).Take(2).ToList();
        var industry = c.Deal.Customer.Industry;
        if (cases.Count == 0)
            return new Answer(v.Pick($"如实说明{industry}行业的案例尚在积累，介绍相近行业的交付，并邀请参观。", $"Say plainly that references in {industry} are still few; show the nearest delivery and offer a site visit."),
                CompetitiveElement.CustomersAndReferences, [v.Pick("交易中没有案例：请补充", "the deal has no case: add one")]);
        var parts = new List<string> { v.Pick($"在{industry}方面，最接近的是{string.Join("、", cases.Select(Name))}。", $"In {industry}, the closest references are {string.Join(" and ", cases.Select(Name))}.") };
        parts.AddRange(cases.Select(x => MetricSentence(c, x)).OfType<string>());
        parts.Add(v.Pick("可以安排实地参观或电话回访。", "We can arrange a site visit or a call with them."));
        return new Answer(Join(v, parts), CompetitiveElement.CustomersAndReferences,
            cases.Select(x => v.Pick($"案例：{x.Customer}", $"case: {x.Customer}")).ToList());
    }

    private static Answer CostAndTime(Context c, Stakeholder person)
    {
        var v = c.V;
        var fab = MatchingFab(c, person.HotButtons.Concat(person.Needs), person).FirstOrDefault() ?? c.Deal.Fab.OrderBy(f => c.Count("fab:" + f.Feature)).FirstOrDefault();
        var parts = new List<string>();
        if (c.Deal.KeyFacts.Schedule is { Content: { Length: > 0 } schedule })
            parts.Add(v.Pick($"投入和周期按计划：{Sentence(schedule, v)}", $"On cost and time, the plan is this: {Sentence(schedule, v)}"));
        else
            parts.Add(v.Pick("投入和周期：先说明分阶段实施的节奏，费用在方案确定后给出。", "On cost and time: explain the phased rollout; give the cost once the scope is agreed."));
        if (fab is not null)
        {
            c.Note("fab:" + fab.Feature);
            parts.Add(v.Pick($"见效最快的是“{fab.Feature}”，能{Sentence(fab.Benefit, v)}", $"The quickest result comes from {fab.Feature}: it will {Sentence(BenefitPhrase.AsVerbPhrase(fab.Benefit), v)}"));
            if (CaseOf(c, fab.Evidence) is { } reference && MetricSentence(c, reference) is { } proof)
                parts.Add(proof);
        }
        if (Commitment(c, v.Pick("周期 上线 完成 割接", "cutover sites weeks days months end")) is { } promise)
            parts.Add(promise);
        var basis = new List<string> { v.Pick("关键信息：时间表", "key fact: schedule") };
        if (fab is not null)
            basis.Add(v.Pick($"FAB：{fab.Feature}", $"FAB: {fab.Feature}"));
        return new Answer(Join(v, parts), CompetitiveElement.Implementation, basis);
    }

    /// <summary>
    /// A trap on our weakness: do not deny it, reframe it towards what matters more, with evidence of a strength.
    /// <paramref name="asked"/> is the asker's own words (a concern), echoed; null for a weakness of ours, never quoted.
    /// </summary>
    private static Answer Reframe(Context c, string weakness, string? asked)
    {
        var v = c.V;
        var element = ElementOf(weakness);
        var parts = new List<string>();
        if (asked is not null)
            parts.Add(c.Turn() % 2 == 0
                ? v.Pick($"您担心“{asked}”，可以理解。", $"The worry about \"{Lower(asked)}\" is fair.")
                : v.Pick($"“{asked}”这个问题问得好。", $"\"{Capital(asked)}\" is a good question to ask."));
        parts.Add(ReframeOf(element, c));
        var basis = new List<string> { v.Pick($"我方劣势：{weakness}", $"our weakness: {weakness}") };
        // The strength shown: the element the strategy stresses, and within it the FAB row used least so far.
        var stress = c.Competition.Stress.Where(e => e != element).ToList();
        var fab = c.Deal.Fab.Select((f, i) => (f, i))
            .OrderBy(x => ElementOf(x.f.Feature + " " + x.f.Function) is { } e && stress.Contains(e) ? stress.IndexOf(e) : stress.Count)
            .ThenBy(x => c.Count("fab:" + x.f.Feature)).ThenBy(x => x.i).Select(x => x.f)
            .OrderBy(f => c.Count("fab:" + f.Feature) > 0 ? 1 : 0).FirstOrDefault();
        if (fab is not null)
        {
            c.Note("fab:" + fab.Feature);
            var shown = ElementOf(fab.Feature + " " + fab.Function);
            var lead = shown is { } s ? v.Label(s) : v.Pick("实际效果", "results");
            parts.Add(c.Turn() % 2 == 0
                ? v.Pick($"对{c.Customer}更重要的是{lead}：{Sentence(fab.Advantage, v)}", $"What matters more for {c.Customer} is {lead.ToLowerInvariant()}: {Sentence(Lower(fab.Advantage), v)}")
                : v.Pick($"请看{fab.Feature}：{Sentence(fab.Advantage, v)}", $"Look at {fab.Feature}: {Sentence(Lower(fab.Advantage), v)}"));
            if (shown is { } st)
                basis.Add(v.Pick($"突出我方优势：{v.Label(st)}", $"stress our strength: {v.Label(st)}"));
            basis.Add(v.Pick($"FAB：{fab.Feature}", $"FAB: {fab.Feature}"));
            if (CaseOf(c, fab.Evidence) is { } reference && MetricSentence(c, reference) is { } proof)
                parts.Add(proof);
        }
        if (Commitment(c, weakness + " " + (asked ?? "") + " " + v.Label(element ?? CompetitiveElement.Implementation)) is { } promise)
            parts.Add(promise);
        if (element is { } weak && c.Competition.Reframe.Contains(weak))
            basis.Add(v.Pick($"需重新诠释的要素：{v.Label(weak)}", $"element to reframe: {v.Label(weak)}"));
        return new Answer(Join(v, parts), element, basis);
    }

    /// <summary>A trap about a competitor: never judge it; answer from the customer's use and our lead, as the strategy says.</summary>
    private static Answer AgainstRival(Context c, Competitor rival, string? strength)
    {
        var v = c.V;
        var parts = new List<string>
        {
            strength is null
                ? v.Pick($"{rival.Name}是值得尊重的同行，我们不评价别人的方案。", $"{rival.Name} is a respected peer, and we would rather not judge another vendor's proposal.")
                : v.Pick($"{rival.Name}在这方面确有特点，我们不做比较。", $"{rival.Name} does have its merits there, and we will not run them down."),
        };
        var basis = new List<string>();
        var play = c.Competition.Competitors.FirstOrDefault(p => p.Competitor.Id == rival.Id);
        var exposed = (play?.Expose ?? []).SelectMany(e => c.Deal.Fab.Where(f => ElementOf(f.Feature + " " + f.Function) == e).Select(f => (e: (CompetitiveElement?)e, f)))
            .OrderBy(x => c.Count("fab:" + x.f.Feature)).FirstOrDefault();
        if (exposed.f is null && c.Deal.Fab.OrderBy(f => c.Count("fab:" + f.Feature)).FirstOrDefault() is { } any)
            exposed = (null, any);
        if (exposed.f is { } fab)
        {
            c.Note("fab:" + fab.Feature);
            parts.Add(exposed.e is { } e
                ? v.Pick($"从{c.Customer}的使用看，关键是{v.Label(e)}：{Sentence(fab.Advantage, v)}", $"From {c.Customer}'s point of view, the key is {v.Label(e).ToLowerInvariant()}: {Sentence(Lower(fab.Advantage), v)}")
                : v.Pick($"从{c.Customer}的使用看，关键是：{Sentence(fab.Advantage, v)}", $"From {c.Customer}'s point of view, what counts is this: {Sentence(Lower(fab.Advantage), v)}"));
            if (exposed.e is { } shown)
                basis.Add(v.Pick($"揭示其劣势：{v.Label(shown)}", $"expose its weakness: {v.Label(shown)}"));
            if (CaseOf(c, fab.Evidence) is { } reference && MetricSentence(c, reference) is { } proof)
                parts.Add(proof);
        }
        // The strategy's own line on this competitor ("Against E, stress …"), when it has one.
        if (StrategyLine(c, rival) is { } line)
            basis.Add(v.Pick($"整体策略：{line}", $"strategy: {line}"));
        return new Answer(Join(v, parts), ElementOf(strength ?? ""), basis);
    }

    // Two lines per element, taken in turn, each naming the element, so two traps on one element do not open alike.
    private static string ReframeOf(CompetitiveElement? element, Context c)
    {
        var turn = c.Count("reframe:" + element);
        c.Note("reframe:" + element);
        var (zh, en) = (element switch
        {
            CompetitiveElement.Company => new[]
            {
                ("我们公司的规模不是最大，但这个项目需要的是专注和同类项目的交付经验。", "We are not the largest company, but this project needs focus and experience of the same kind of delivery."),
                ("公司大小不决定项目成败：我们把最好的团队放在这个项目上。", "Company size does not decide a project: we put our best team on this one."),
            },
            CompetitiveElement.Price => new[]
            {
                ("我们不拼最低价格：请看总拥有成本和交付风险。", "We do not compete on the lowest price: look at the total cost of ownership and the delivery risk."),
                ("价格要和结果一起看：少一次返工，省下的比报价差更多。", "Price is best read beside results: one avoided rework saves more than the gap in the bid."),
            },
            CompetitiveElement.ProductAndSolution => new[]
            {
                ("产品和解决方案好不好，要看是否贴合实际的使用场景。", "A product and solution is only as good as its fit with how you will use it."),
                ("产品的好坏，最好在贵方自己的场景里验证。", "The best test of a product is your own use: we are ready to prove it there."),
            },
            CompetitiveElement.CustomersAndReferences => new[]
            {
                ("客户和案例不在数量，而在与贵方的相似程度。", "What counts in customers and references is not the number but how close they are to your case."),
                ("案例可以实地去看，效果用数据说话。", "Each reference case can be visited, and its results are measured."),
            },
            CompetitiveElement.Implementation => new[]
            {
                ("实施风险靠方法、分批割接和本地伙伴来控制。", "Implementation risk is controlled by method, cutover in batches and a local partner."),
                ("实施计划按周排定，每一步都有回退方案。", "The implementation is planned week by week, with a way back at every step."),
            },
            CompetitiveElement.Service => new[]
            {
                ("服务由我们和本地伙伴一起承担，响应有保证。", "Service is shared between us and a local partner, with a committed response time."),
                ("服务响应写进合同，有人、有时限、可考核。", "Service response goes into the contract: named people, deadlines, and measures."),
            },
            _ => new[]
            {
                ("这正是我们今天来的原因：用事实说话。", "That is exactly why we are here today: to let the facts speak."),
                ("我们用已交付项目的结果来回答。", "We answer with the results of projects already delivered."),
            },
        })[turn % 2];
        return c.V.Pick(zh, en);
    }

    // A strategy commitment that speaks to the point and has not been said yet in the sheet.
    private static string? Commitment(Context c, string point)
    {
        var promise = (c.Deal.Strategy?.Commitments ?? []).Select((x, i) => (x, i, score: TextTerms.Overlap(point, x)))
            .Where(x => x.score >= 2 && c.Count("commitment:" + x.x) == 0).OrderByDescending(x => x.score).ThenBy(x => x.i).Select(x => x.x).FirstOrDefault();
        if (promise is null)
            return null;
        c.Note("commitment:" + promise);
        return c.V.Pick($"我们承诺：{Sentence(promise, c.V)}", $"Our commitment: {Sentence(Lower(promise), c.V)}");
    }

    // An answer the same as one already in the sheet gets the next unused case figure, else commitment, else names its subject.
    private static Answer Distinct(Context c, Answer answer, string subject)
    {
        var v = c.V;
        if (!c.Texts.Contains(answer.Text))
            return answer;
        foreach (var reference in c.Deal.Cases)
        {
            if (MetricSentence(c, reference, unusedOnly: true) is { } proof)
                return answer with { Text = Join(v, [answer.Text, proof]) };
        }
        if ((c.Deal.Strategy?.Commitments ?? []).FirstOrDefault(x => c.Count("commitment:" + x) == 0) is { } promise)
        {
            c.Note("commitment:" + promise);
            return answer with { Text = Join(v, [answer.Text, v.Pick($"我们承诺：{Sentence(promise, v)}", $"Our commitment: {Sentence(Lower(promise), v)}")]) };
        }
        return answer with { Text = v.Pick($"就“{subject}”而言：", $"On \"{Lower(subject)}\": ") + answer.Text };
    }

    private static string? StrategySentence(Context c, string point)
    {
        if (c.Deal.Strategy?.Summary is not { Length: > 0 } summary)
            return null;
        return summary.Replace("**", "", StringComparison.Ordinal).Split(['。', '；', ';', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => (Text: s, Score: Overlap(point, s))).Where(x => x.Score > 0).OrderByDescending(x => x.Score).Select(x => x.Text).FirstOrDefault();
    }

    private static string? StrategyLine(Context c, Competitor rival)
    {
        if (c.Deal.Strategy?.Summary is not { Length: > 0 } summary)
            return null;
        var sentences = summary.Replace("**", "", StringComparison.Ordinal).Split(['。', '；', ';', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var key = rival.Name.Split(' ').Last();
        return sentences.FirstOrDefault(s => s.Contains(rival.Name, StringComparison.Ordinal))
            ?? sentences.FirstOrDefault(s => s.Split([' ', ',', '，', '：', ':'], StringSplitOptions.RemoveEmptyEntries).Contains(key, StringComparer.Ordinal));
    }

    private static string Name(ReferenceCase reference) => reference.ShortName ?? reference.Customer;

    // One figure of a case, the one said least so far in the sheet, in one of three forms taken in turn.
    private static string? MetricSentence(Context c, ReferenceCase reference, bool unusedOnly = false)
    {
        var v = c.V;
        c.Note("case:" + reference.Id);
        if (reference.Metrics.Count == 0)
        {
            if (unusedOnly && c.Count("benefit:" + reference.Id) > 0)
                return null;
            c.Note("benefit:" + reference.Id);
            return reference.Benefit is { Length: > 0 } benefit
                ? v.Pick($"在{reference.Customer}：{Sentence(benefit, v)}", $"At {reference.Customer}: {Sentence(benefit, v)}")
                : v.Pick($"参考案例：{reference.Customer}。", $"Reference: {reference.Customer}.");
        }
        var (m, i) = reference.Metrics.Select((m, i) => (m, i)).OrderBy(x => c.Count($"metric:{reference.Id}:{x.i}")).ThenBy(x => x.i).First();
        if (unusedOnly && c.Count($"metric:{reference.Id}:{i}") > 0)
            return null;
        c.Note($"metric:{reference.Id}:{i}");
        var name = Name(reference);
        return (c.Turn() % 3) switch
        {
            0 => v.Pick($"在{name}，{m.Name}从{m.Before}{m.Unit}变为{m.After}{m.Unit}。", $"At {name}, {Lower(m.Name)} went from {m.Before}{Unit(m.Unit)} to {m.After}{Unit(m.Unit)}."),
            1 => v.Pick($"{name}的实际效果：{m.Name}从{m.Before}{m.Unit}变为{m.After}{m.Unit}。", $"{name} saw {Lower(m.Name)} go from {m.Before}{Unit(m.Unit)} to {m.After}{Unit(m.Unit)}."),
            _ => v.Pick($"已有实证：{name}的{m.Name}由{m.Before}{m.Unit}变为{m.After}{m.Unit}。",
                $"There is proof: at {name}, {Lower(m.Name)} went from {m.Before}{Unit(m.Unit)} to {m.After}{Unit(m.Unit)}."),
        };
    }

    /// <summary>A case's first figure in a sentence, for the deck's talk track: "临川的实际效果:故障平均定位时间从4小时变为25分钟".</summary>
    public static string? CaseProof(ReferenceCase? reference, Vocabulary v)
    {
        if (reference is null || reference.Metrics.Count == 0)
            return null;
        var m = reference.Metrics[0];
        var name = Name(reference);
        return v.Pick($"{name}的实际效果：{m.Name}从{UnitValue(m.Before, m.Unit)}变为{UnitValue(m.After, m.Unit)}",
            $"at {name}, {Lower(m.Name)} went from {UnitValue(m.Before, m.Unit)} to {UnitValue(m.After, m.Unit)}");
    }

    private static string UnitValue(string value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) || value.EndsWith(unit, StringComparison.Ordinal) ? value : value + (unit == "%" ? "" : " ") + unit;

    private static string Capital(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static string Unit(string? unit) => unit is null ? "" : unit == "%" ? "%" : " " + unit;

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Sentence(string text, Vocabulary v)
    {
        var t = text.Trim().TrimEnd('。', '.', '；', ';', '，', ',');
        return t + v.Pick("。", ".");
    }

    // ---- who answers ------------------------------------------------------------------------------------------------

    private static readonly (string Role, string[] Keys)[] OurRoles =
    [
        ("executive", ["副总", "总裁", "总经理", "vice president", "vp", "ceo", "director"]),
        ("account", ["客户经理", "销售", "商务", "account", "sales"]),
        ("delivery", ["交付", "实施", "项目经理", "delivery", "implementation", "project manager"]),
        ("product", ["产品", "专家", "技术", "架构", "product", "expert", "architect", "engineer"]),
        ("presales", ["售前", "解决方案", "方案", "pre-sales", "presales", "solution"]),
        ("service", ["服务", "运维", "service", "support"]),
    ];

    private static string Answerer(Context c, Stakeholder asker, QuestionKind kind, CompetitiveElement? topic)
    {
        var v = c.V;
        var ours = (c.Exchange?.OurAttendees ?? []).ToList();
        if (ours.Count == 0 && c.Deal.Exchanges.LastOrDefault(e => e.OurAttendees.Count > 0) is { } last)
            ours = last.OurAttendees.ToList();
        string[] wanted = (kind, topic) switch
        {
            (QuestionKind.Trap, CompetitiveElement.Price or CompetitiveElement.Company) => ["account", "executive", "presales"],
            (QuestionKind.Trap, _) when asker.Level == OrgLevel.Executive => ["executive", "presales", "account"],
            (QuestionKind.Trap, _) => ["presales", "account", "executive"],
            (_, CompetitiveElement.Implementation or CompetitiveElement.Service) => ["delivery", "service", "presales"],
            (QuestionKind.Capability, _) => ["product", "presales", "delivery"],
            (QuestionKind.Information, _) when asker.Level == OrgLevel.Executive => ["executive", "presales", "account"],
            _ => ["presales", "product", "account"],
        };
        foreach (var role in wanted)
        {
            var keys = OurRoles.First(r => r.Role == role).Keys;
            if (ours.FirstOrDefault(o => o.Role is { } r && keys.Any(k => Holds(r, k))) is { } who)
                return v.Pick($"{who.Name}（{who.Role}）", $"{who.Name} ({who.Role})");
        }
        if (ours.Count > 0)
            return ours[0].Role is { Length: > 0 } role0 ? v.Pick($"{ours[0].Name}（{role0}）", $"{ours[0].Name} ({role0})") : ours[0].Name;
        return v.Pick("售前解决方案经理（待指定）", "pre-sales solution manager (to be named)");
    }

    // ---- matching the deal's texts ---------------------------------------------------------------------------------

    // A FAB row answers a point by the hot buttons it names and the fragments they share, a fragment found in many
    // rows counting less ("网络", "network"); the asker's own hot buttons break ties; rows already used for this person
    // come after fresh ones, so one person's answers do not repeat one row.
    private static IEnumerable<FabItem> MatchingFab(Context c, IEnumerable<string> points, Stakeholder person)
    {
        var list = points.ToList();
        var texts = c.FabTexts;
        var fragments = list.Select(p => Fragments(p).Distinct().ToList()).ToList();
        double Score(int i) => list.Select((p, k) =>
            c.Deal.Fab[i].HotButtons.Count(h => string.Equals(h, p, StringComparison.OrdinalIgnoreCase)) * 3.0
            + fragments[k].Where(f => Holds(texts[i], f)).Sum(f => 1.0 / c.RowsWith(f))).Sum();
        var used = c.Used.TryGetValue(person.Id, out var u) ? u : [];
        return Enumerable.Range(0, c.Deal.Fab.Count)
            .Select(i => (Fab: c.Deal.Fab[i], Index: i, Score: Score(i)))
            .Where(x => x.Score > 0)
            .Select(x => x with { Score = (x.Score + 0.1 * x.Fab.HotButtons.Count(h => person.HotButtons.Contains(h, StringComparer.OrdinalIgnoreCase))) * (used.Contains(x.Fab.Feature) ? 0.4 : 1) * Math.Pow(0.75, c.Count("fab:" + x.Fab.Feature)) })
            .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
            .Select(x => x.Fab);
    }

    // An answer typed in the minutes may be Markdown with a list under it; said or printed in a table cell it is one
    // sentence: the list's items follow the lead-in, separated as a sentence separates them.
    private static string OneLine(string markdown, Vocabulary v)
    {
        var lines = markdown.Replace("**", "", StringComparison.Ordinal).Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l.Trim(), @"^([-*+]|\d+[.)、])\s*", "").Trim())
            .Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
            return "";
        var rest = string.Join(v.Pick("；", "; "), lines.Skip(1));
        var lead = lines[0];
        return rest.Length == 0 ? lead : lead + (lead.EndsWith(':') || lead.EndsWith('：') ? "" : v.Pick("：", ": ")) + rest;
    }

    private static void Use(Context c, Stakeholder person, FabItem fab)
    {
        if (!c.Used.TryGetValue(person.Id, out var used))
            c.Used[person.Id] = used = new HashSet<string>(StringComparer.Ordinal);
        used.Add(fab.Feature);
    }

    private static ReferenceCase? CaseOf(Context c, string? evidence) =>
        evidence is null ? null : c.Deal.Cases.FirstOrDefault(x => x.Id == evidence) ?? c.Deal.Cases.FirstOrDefault(x => evidence.Contains(x.Customer, StringComparison.Ordinal));

    private static readonly (CompetitiveElement Element, string[] Keys)[] ElementKeys =
    [
        (CompetitiveElement.Price, ["价格", "成本", "报价", "低价", "预算", "price", "cost", "bid", "budget", "cheap"]),
        (CompetitiveElement.Company, ["规模", "品牌", "实力", "公司", "size", "brand", "mid-sized", "smaller", "strength", "company"]),
        (CompetitiveElement.CustomersAndReferences, ["案例", "样板", "业绩", "reference", "case", "track record"]),
        (CompetitiveElement.Implementation, ["实施", "交付", "割接", "上线", "工期", "延期", "延误", "delivery", "cutover", "implementation", "delay", "schedule", "deliver"]),
        (CompetitiveElement.Service, ["服务", "运维", "维护", "故障", "service", "maintenance", "operations", "support", "fault"]),
        (CompetitiveElement.ProductAndSolution, ["产品", "技术", "方案", "路线", "平台", "product", "technical", "technology", "solution", "route", "platform"]),
    ];

    private static readonly string[] RelationshipKeys = ["关系", "接触", "不在我方", "支持", "relation", "contact", "not on our side", "support"];

    // The competitive element a text speaks of; null for relationships and anything else the six elements do not cover.
    internal static CompetitiveElement? ElementOf(string text)
    {
        if (RelationshipKeys.Any(k => Holds(text, k)))
            return null;
        foreach (var (element, keys) in ElementKeys)
        {
            if (keys.Any(k => Holds(text, k)))
                return element;
        }
        return null;
    }

    // A text touches another when they share a two-character (Chinese) fragment or a word of five letters or more (English).
    private static bool Touches(string text, IReadOnlyList<string> others) => others.Any(o => Overlap(text, o) > 0);

    private static int Overlap(string a, string b) => Fragments(a).Distinct().Count(f => Holds(b, f));

    // Whether a text holds a part, case ignored. Most parts are Chinese, which has no case: for a part with no cased
    // letter the ordinal search is the same answer, and many times faster than the case-folding one on CJK text.
    private static bool Holds(string text, string part) =>
        text.Contains(part, part.Any(c => char.IsLetter(c) && !TextMeasure.IsCjk(c)) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static IEnumerable<string> Fragments(string text)
    {
        var words = text.Split([' ', ',', '.', '，', '、', '。', ';', '；', '"', '“', '”', '(', ')', '（', '）'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (word.Any(c => c > 0x2E80))
            {
                for (var i = 0; i + 2 <= word.Length; i++)
                    yield return word.Substring(i, 2);
            }
            else if (word.Length >= 5 && !StopWords.Contains(word))
            {
                yield return word;
            }
        }
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "their", "there", "which", "would", "could", "should", "other", "these", "those", "every", "after", "before", "without", "being",
    };
}
