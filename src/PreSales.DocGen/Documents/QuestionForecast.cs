using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Documents;

/// <summary>
/// Derives the questions a key person is likely to ask, and the SPIN questions we should ask, from the deal:
/// needs and hot buttons give information questions; concerns, technical roles and high knowledge give capability
/// questions; opponents (and neutrals who know the subject) get trap questions built from our weaknesses and the
/// competitors' strengths; supporters and coaches get coaching questions pointing at our strengths (METHOD §5).
/// </summary>
public static class QuestionForecast
{
    private const int PerKind = 4;

    /// <summary>The likely questions of one person.</summary>
    public static IReadOnlyList<LikelyQuestion> For(Deal deal, Stakeholder person, Vocabulary v)
    {
        var questions = new List<LikelyQuestion>();
        void Add(QuestionKind kind, string text)
        {
            if (questions.Count(q => q.Kind == kind) < PerKind)
                questions.Add(new LikelyQuestion(kind, text));
        }
        foreach (var need in person.Needs)
            Add(QuestionKind.Information, v.Pick($"关于“{need}”，你们具体怎么做？", $"On \"{need}\": how exactly would you do it?"));
        if (person.Level == OrgLevel.Executive || person.Role == DecisionRole.DecisionMaker)
            Add(QuestionKind.Information, v.Pick("项目需要多少投入、多长周期，多快能见到效果？", "What does it cost, how long does it take, and how soon will we see results?"));
        if (person.Knowledge <= 2)
            Add(QuestionKind.Information, v.Pick("这个方案对我们的日常工作会带来哪些变化？", "What will change in our daily work with this solution?"));
        var technical = person.Role == DecisionRole.TechnicalEvaluator || person.Knowledge >= 4;
        var weaknesses = deal.Swot.Weaknesses;
        foreach (var concern in person.Concerns)
        {
            if (Touches(concern, weaknesses))
                Add(QuestionKind.Trap, v.Pick($"“{concern}”恰恰是你们的短板吧？", $"Isn't \"{concern}\" exactly your weak spot?"));
            else if (technical)
                Add(QuestionKind.Capability, v.Pick($"关于“{concern}”，你们有什么技术手段和案例能证明？", $"On \"{concern}\": what technical means and references prove you can handle it?"));
            else
                Add(QuestionKind.Information, v.Pick($"“{concern}”这个问题你们怎么解决？", $"How do you deal with \"{concern}\"?"));
        }
        if (technical)
        {
            foreach (var fab in deal.Fab.Take(2))
                Add(QuestionKind.Capability, v.Pick($"请具体说明“{fab.Feature}”是如何实现的，有哪些限制？", $"Explain how \"{fab.Feature}\" actually works, and its limits."));
            Add(QuestionKind.Capability, v.Pick($"你们在{deal.Customer.Industry}行业有哪些同等规模的成功案例？", $"Which references of this size do you have in {deal.Customer.Industry}?"));
        }
        if (person.Stance == Stance.Opponent || person.Stance == Stance.Neutral && person.Knowledge >= 4)
            AddTraps(deal, person, v, Add);
        if (person.Stance == Stance.Supporter || person.Role == DecisionRole.Coach)
        {
            foreach (var hot in person.HotButtons)
                Add(QuestionKind.Coaching, v.Pick($"“{hot}”是我们很看重的，你们在这方面有什么考虑？", $"\"{hot}\" matters a lot to us: what have you planned for it?"));
            foreach (var strength in deal.Swot.Strengths.Take(2))
                Add(QuestionKind.Coaching, v.Pick($"关于“{strength}”，能结合案例多讲讲吗？", $"About \"{strength}\": can you tell us more, with a case?"));
        }
        else
        {
            foreach (var hot in person.HotButtons)
                Add(QuestionKind.Information, v.Pick($"在“{hot}”方面，你们能做到什么程度？", $"How far can you go on \"{hot}\"?"));
        }
        return questions;
    }

    private static void AddTraps(Deal deal, Stakeholder person, Vocabulary v, Action<QuestionKind, string> add)
    {
        var limit = person.Stance == Stance.Opponent ? 3 : 1;
        foreach (var weakness in deal.Swot.Weaknesses.Take(limit))
            add(QuestionKind.Trap, v.Pick($"听说你们在“{weakness}”方面有不足，怎么看？", $"We hear you are weak on \"{weakness}\": what do you say?"));
        var main = CompetitiveThinking.Summarize(deal).Main;
        if (main is not null)
        {
            foreach (var strength in main.Strengths.Take(limit))
                add(QuestionKind.Trap, v.Pick($"{main.Name}在“{strength}”方面很强，你们比得过吗？", $"{main.Name} is strong on \"{strength}\": can you match it?"));
            add(QuestionKind.Trap, v.Pick($"你们怎么评价{main.Name}？", $"What do you think of {main.Name}?"));
        }
    }

    // A concern touches a weakness when they share a two-character (Chinese) or a word (English) fragment.
    private static bool Touches(string concern, IReadOnlyList<string> weaknesses) =>
        weaknesses.Any(w => Fragments(w).Any(f => concern.Contains(f, StringComparison.OrdinalIgnoreCase)));

    private static IEnumerable<string> Fragments(string text)
    {
        var words = text.Split([' ', ',', '.', '，', '、', '。', ';', '；'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (word.Any(c => c > 0x2E80))
            {
                for (var i = 0; i + 2 <= word.Length; i++)
                    yield return word.Substring(i, 2);
            }
            else if (word.Length >= 5)
            {
                yield return word;
            }
        }
    }

    /// <summary>The SPIN questions for us to ask the audience.</summary>
    public static IReadOnlyList<SpinQuestion> Spin(Deal deal, AudienceSummary audience, Vocabulary v)
    {
        var spin = new List<SpinQuestion>();
        var customer = deal.Customer.ShortName ?? deal.Customer.Name;
        foreach (var gap in KeyFactGaps.Find(deal.KeyFacts).Take(3))
            spin.Add(new SpinQuestion(SpinKind.Situation, Situation(gap.Fact, v), v.Pick($"获取关键信息：{v.Label(gap.Fact)}（{v.Label(gap.Status)}）", $"Find out a key fact: {v.Label(gap.Fact)} ({v.Label(gap.Status)})")));
        if (deal.Project.BusinessDomain is { Length: > 0 } domain)
            spin.Add(new SpinQuestion(SpinKind.Situation, v.Pick($"目前{domain}是怎样运作的？", $"How does {domain} work today?"), v.Pick("了解现状", "Understand the situation")));
        foreach (var concern in audience.Concerns.Take(3))
        {
            var who = v.List(concern.Holders.Select(h => h.Name));
            spin.Add(new SpinQuestion(SpinKind.Problem, v.Pick($"在“{concern.Text}”方面，目前遇到的最大困难是什么？", $"What is the hardest part of \"{concern.Text}\" today?"), v.Pick($"让{who}说出痛点", $"Let {who} state the pain")));
            spin.Add(new SpinQuestion(SpinKind.Implication, v.Pick($"如果“{concern.Text}”得不到解决，会对{customer}产生什么影响？", $"If \"{concern.Text}\" is not solved, what does it cost {customer}?"), v.Pick("放大问题的代价", "Make the cost of the problem visible")));
        }
        foreach (var fab in deal.Fab.Take(3))
            spin.Add(new SpinQuestion(SpinKind.NeedPayoff, v.Pick($"如果能够{fab.Benefit}，对你们意味着什么？", $"If you could {BenefitPhrase.AsVerbPhrase(fab.Benefit)}, what would that mean for you?"), v.Pick($"让客户说出价值（{v.BenefitVerbs(fab.BenefitKind)}）", $"Let the customer state the value ({v.BenefitVerbs(fab.BenefitKind)})")));
        foreach (var hot in audience.HotButtons.Take(Math.Max(0, 2 - deal.Fab.Count)))
            spin.Add(new SpinQuestion(SpinKind.NeedPayoff, v.Pick($"如果“{hot.Text}”得以实现，会带来哪些收益？", $"If \"{hot.Text}\" were achieved, what would it bring?"), v.Pick("把兴奋点与价值挂钩", "Tie the hot button to value")));
        return spin;
    }

    private static string Situation(KeyFactKind fact, Vocabulary v) => fact switch
    {
        KeyFactKind.Requirements => v.Pick("这个项目最主要要解决哪些问题？范围包括哪些单位？", "What must the project solve first, and which units does it cover?"),
        KeyFactKind.Schedule => v.Pick("项目的时间安排是怎样的？什么时候招标、什么时候上线？", "What is the timetable: when is the tender, when go-live?"),
        KeyFactKind.Budget => v.Pick("项目的预算是如何安排的？是否已经立项？", "How is the budget planned? Is the project approved?"),
        KeyFactKind.DecisionProcess => v.Pick("这个项目由谁来决策？评审和决策的流程是怎样的？", "Who decides, and how do evaluation and decision work?"),
        KeyFactKind.Competition => v.Pick("除了我们，还有哪些厂商在和你们交流？", "Who else are you talking to besides us?"),
        KeyFactKind.EvaluationCriteria => v.Pick("你们评估方案时最看重哪几项？", "What will weigh most when you evaluate the proposals?"),
        _ => fact.ToString(),
    };
}
