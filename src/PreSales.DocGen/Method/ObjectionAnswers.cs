using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>An answer prepared for a question someone in the room is likely to ask (METHOD §5 answering questions).</summary>
/// <param name="Asker">Who is likely to ask.</param>
/// <param name="Kind">The kind of question.</param>
/// <param name="Question">The question, in the asker's voice.</param>
/// <param name="Answer">What we answer, from the customer's use and our evidence.</param>
/// <param name="AnsweredBy">Which of our attendees answers, when one fits.</param>
/// <param name="Topic">The words the question is about (a concern, a hot button), to place it beside the slide that meets it.</param>
public sealed record ObjectionAnswer(Stakeholder Asker, QuestionKind Kind, string Question, string Answer, string? AnsweredBy, string Topic);

/// <summary>
/// The objections and trap questions an exchange's audience is likely to raise, each with a prepared answer and who
/// gives it: the questions they asked before (with the answer that was given), and their concerns, answered from the
/// FAB rows, the cases' figures and our commitments; a concern on one of our weak elements is reframed, never denied.
/// One place for the deck's talk track and the presenter's brief; the Q&amp;A preparation's forecast can draw on it.
/// </summary>
public static partial class ObjectionAnswers
{
    /// <summary>The prepared answers for an exchange's audience (the next planned exchange when null).</summary>
    public static IReadOnlyList<ObjectionAnswer> For(Deal deal, Exchange? exchange)
    {
        var v = Vocabulary.For(deal.Language);
        var strategy = SlideStrategy.For(deal, exchange);
        var audience = AudienceAnalysis.AudienceOf(deal, exchange).OrderByDescending(s => s.Influence).ToList();
        var ours = exchange?.OurAttendees ?? [];
        var answers = new List<ObjectionAnswer>();
        foreach (var person in audience)
        {
            foreach (var asked in deal.Exchanges.Where(e => e.Status == ExchangeStatus.Held).SelectMany(e => e.Questions)
                         .Where(q => q.AskedBy == person.Id && q.Kind is QuestionKind.Trap or QuestionKind.Capability && !string.IsNullOrWhiteSpace(q.Answer)))
                answers.Add(new ObjectionAnswer(person, asked.Kind, asked.Question, Plain(asked.Answer!), Answerer(ours, asked.Kind, false), asked.Question));
            foreach (var concern in person.Concerns.Where(c => c.Trim().Length > 0))
            {
                var weak = strategy.ClaimsWeakness(concern, v) || strategy.Reframe.Any(e => ConcernWords(e, v).Any(w => concern.Contains(w, StringComparison.OrdinalIgnoreCase)));
                var kind = person.Stance == Stance.Opponent || weak ? QuestionKind.Trap : QuestionKind.Capability;
                // A participant's own internal worry (its departments disagreeing) is not a question to us.
                if (!weak && SlideStrategy.WorksForParticipant(deal, person) && person.Stance == Stance.Supporter)
                    continue;
                var answer = weak ? Reframe(deal, strategy, v) : Evidence(deal, concern, v);
                if (answer is null)
                    continue;
                answers.Add(new ObjectionAnswer(person, kind,
                    v.Pick($"{Clause(concern)},你们怎么解决?", $"What about {Lower(Clause(concern))}? How do you deal with it?"),
                    answer, Answerer(ours, kind, weak), concern));
            }
        }
        return answers;
    }

    /// <summary>Words in a concern that touch an element (a worry about a small vendor touches the company).</summary>
    private static IEnumerable<string> ConcernWords(CompetitiveElement e, Vocabulary v) => e switch
    {
        CompetitiveElement.Company => v.IsChinese ? ["中小厂商", "履约风险", "规模", "实力"] : ["small vendor", "smaller vendor", "vendor risk", "size"],
        CompetitiveElement.Price => v.IsChinese ? ["价格", "报价", "低价", "预算"] : ["price", "cheaper", "budget", "cost"],
        _ => [],
    };

    /// <summary>A weak element reframed: what matters more for this customer, backed by our commitments and a case.</summary>
    private static string Reframe(Deal deal, SlideStrategy strategy, Vocabulary v)
    {
        var lead = strategy.Stress.Take(2).Select(e => v.Label(e)).ToList();
        var commitment = deal.Strategy?.Commitments.FirstOrDefault();
        var proof = CaseProof(deal, strategy.NamedCases.FirstOrDefault() ?? deal.Cases.FirstOrDefault(), v);
        var parts = new List<string>
        {
            v.Pick($"不回避,也不评价别家;从{Short(deal)}的使用出发,这个项目更要看{v.List(lead)}",
                $"Do not dodge it or judge anyone else; for {Short(deal)} what matters more in this project is {v.List(lead)}"),
        };
        if (commitment is not null)
            parts.Add(v.Pick($"我们的承诺:{Clause(commitment)}", $"our commitment: {Lower(Clause(commitment))}"));
        if (proof is not null)
            parts.Add(proof);
        return string.Join(v.Pick(";", "; "), parts) + v.Pick("。", ".");
    }

    /// <summary>The FAB row, case or commitment that best answers a concern, as one or two sentences.</summary>
    private static string? Evidence(Deal deal, string concern, Vocabulary v)
    {
        var fab = deal.Fab.Select(f => (f, score: Overlap(concern, string.Join(" ", f.HotButtons) + " " + f.Function + " " + f.Advantage + " " + f.Benefit)))
            .Where(x => x.score >= 2).OrderByDescending(x => x.score).Select(x => x.f).FirstOrDefault();
        var commitment = deal.Strategy?.Commitments.Select(c => (c, score: Overlap(concern, c))).Where(x => x.score >= 2)
            .OrderByDescending(x => x.score).Select(x => x.c).FirstOrDefault();
        if (fab is null && commitment is null)
            return null;
        var parts = new List<string>();
        if (fab is not null)
        {
            parts.Add(v.Pick($"{fab.Feature}:{Clause(fab.Function)},{Clause(fab.Advantage)}", $"{fab.Feature}: {Lower(Clause(fab.Function))}; {Lower(Clause(fab.Advantage))}"));
            if (deal.Cases.FirstOrDefault(c => c.Id == fab.Evidence) is { } proofCase && CaseProof(deal, proofCase, v) is { } proof)
                parts.Add(proof);
        }
        if (commitment is not null)
            parts.Add(v.Pick($"我们承诺:{Clause(commitment)}", $"we commit to this: {Lower(Clause(commitment))}"));
        return string.Join(v.Pick(";", "; "), parts) + v.Pick("。", ".");
    }

    /// <summary>A case's strongest figure in a sentence: "临川: 故障平均定位时间从4小时降到25分钟".</summary>
    public static string? CaseProof(Deal deal, ReferenceCase? c, Vocabulary v)
    {
        if (c is null || c.Metrics.Count == 0)
            return null;
        var m = c.Metrics[0];
        var name = c.ShortName ?? c.Customer;
        return v.Pick($"{name}的实际效果:{m.Name}从{Unit(m.Before, m.Unit)}变为{Unit(m.After, m.Unit)}",
            $"at {name}, {Lower(m.Name)} went from {Unit(m.Before, m.Unit)} to {Unit(m.After, m.Unit)}");
    }

    private static string Unit(string value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) || value.EndsWith(unit, StringComparison.Ordinal) ? value : value + (unit == "%" ? "" : " ") + unit;

    /// <summary>
    /// Who answers: a question on a weak element or a commitment goes to our most senior attendee; a capability or
    /// technical one to pre-sales or the expert; others to the account manager; the first attendee when no role fits.
    /// </summary>
    private static string? Answerer(IReadOnlyList<OurAttendee> ours, QuestionKind kind, bool weak)
    {
        if (ours.Count == 0)
            return null;
        OurAttendee? By(string pattern) => ours.FirstOrDefault(a => Regex.IsMatch(a.Role ?? "", pattern, RegexOptions.IgnoreCase));
        var pick = weak
            ? By("总裁|总经理|董事|VP|vice president|director|executive|head")
            : kind is QuestionKind.Capability or QuestionKind.Trap
                ? By("售前|专家|架构|解决方案|pre-sales|presales|expert|architect|solution")
                : By("客户经理|销售|account|sales");
        pick ??= By("售前|pre-sales|presales|solution") ?? ours[0];
        return pick.Name;
    }

    private static string Short(Deal deal) => deal.Customer.ShortName ?? deal.Customer.Name;

    private static string Plain(string markdown) => markdown.Replace("**", "", StringComparison.Ordinal).Trim();

    private static string Clause(string text) => text.Trim().TrimEnd('。', '.', ';', ';', ',', ',');

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>How many terms two texts share: CJK bigrams for Chinese, words of four letters or more otherwise.</summary>
    public static int Overlap(string a, string b)
    {
        var terms = Terms(a).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Terms(b).Distinct(StringComparer.OrdinalIgnoreCase).Count(terms.Contains);
    }

    /// <summary>The terms of a text: CJK bigrams and Latin words of four letters or more.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var run = new List<char>();
        foreach (var c in text + " ")
        {
            if (TextMeasure.IsCjk(c))
            {
                run.Add(c);
                continue;
            }
            for (var i = 0; i + 1 < run.Count; i++)
                yield return new string([run[i], run[i + 1]]);
            run.Clear();
        }
        foreach (var w in Word().Matches(text).Select(m => m.Value).Where(w => w.Length >= 4))
            yield return w;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]+")]
    private static partial Regex Word();
}
