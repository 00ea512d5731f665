using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Documents;

/// <summary>A question we expect, of one of the four kinds.</summary>
/// <param name="Kind">Its kind (METHOD §5).</param>
/// <param name="Text">The question, in the asker's voice.</param>
public sealed record LikelyQuestion(QuestionKind Kind, string Text);

/// <summary>The questions one key person is likely to ask.</summary>
/// <param name="Person">The stakeholder.</param>
/// <param name="Questions">The questions, any order; the document groups them by kind.</param>
public sealed record PersonQuestions(Stakeholder Person, IReadOnlyList<LikelyQuestion> Questions);

/// <summary>The four SPIN kinds of question we ask (METHOD §5).</summary>
public enum SpinKind
{
    /// <summary>现状 situation.</summary>
    Situation,

    /// <summary>困难 problem.</summary>
    Problem,

    /// <summary>暗示 implication.</summary>
    Implication,

    /// <summary>价值 need-payoff.</summary>
    NeedPayoff,
}

/// <summary>A question for us to ask.</summary>
/// <param name="Kind">Its SPIN kind.</param>
/// <param name="Text">The question.</param>
/// <param name="Purpose">What it is meant to find out or achieve.</param>
public sealed record SpinQuestion(SpinKind Kind, string Text, string Purpose);

/// <summary>
/// 答疑准备, the Q&amp;A preparation (METHOD §5): for each key person of the audience, the questions likely from them
/// grouped by the four kinds, each kind with its answering principle; then the SPIN questions for us to ask.
/// </summary>
public sealed record QaPreparation(DocumentHeader Header, string Audience, ExchangeAnswers Prepared, IReadOnlyList<SpinQuestion> Spin, Vocabulary Words)
{
    /// <summary>Builds the preparation for exchange <paramref name="exchange"/> (1-based), or by default the next planned one.</summary>
    public static QaPreparation From(Deal deal, int? exchange, string docNumber, DateOnly date)
    {
        var v = Vocabulary.For(deal.Language);
        var target = exchange is { } n ? DealExchanges.Pick(deal, n).Exchange : ExchangeChecklist.NextExchange(deal);
        var audience = AudienceAnalysis.Summarize(AudienceAnalysis.AudienceOf(deal, target));
        // Every attendee, opponents first: the person most likely to ask a trap question is the one to prepare for.
        var prepared = PreparedAnswers.For(deal, target);
        var title = v.Pick($"答疑准备：{target?.Title ?? deal.Name}", $"Q&A preparation: {target?.Title ?? deal.Name}");
        var audienceText = target is null
            ? v.Pick("全部干系人（没有计划中的交流）", "all stakeholders (no exchange planned)")
            : v.Pick($"{target.Title}（{DocumentHeader.FormatDate(target.Date)}）", $"{target.Title} ({DocumentHeader.FormatDate(target.Date)})");
        return new QaPreparation(DocumentHeader.For(deal, title, docNumber, target?.Date ?? date), audienceText, prepared,
            QuestionForecast.Spin(deal, audience, v), v);
    }

    /// <summary>The content for the Q&amp;A template.</summary>
    public DocumentContent ToContent()
    {
        var v = Words;
        return Header.AddTo(new ContentBuilder())
            .Text("audience", Audience + (Prepared.Attendees.Count == 0 ? v.Pick("；没有已知的客户参会人", "; no known customer attendee") : ""))
            .Repeat("stakeholders", Prepared.Attendees.Select(p => new ContentBuilder()
                .Text("name", p.Person.Name)
                .Text("profile", string.Join(" · ", new[]
                {
                    p.Person.Title ?? "", v.Label(p.Person.Role), v.Label(p.Person.Stance),
                    $"{v.Pick("影响力", "influence")} {p.Person.Influence}/5", $"{v.Pick("专业程度", "knowledge")} {p.Person.Knowledge}/5",
                }.Where(s => s.Length > 0)))
                .Blocks("questions", Grouped(p.Questions)).Build()))
            .Repeat("spin", Spin.Select(s => new ContentBuilder()
                .Text("kind", SpinLabel(s.Kind, v)).Text("question", s.Text).Text("purpose", s.Purpose).Build()))
            .Build();
    }

    /// <summary>The label of a SPIN kind.</summary>
    public static string SpinLabel(SpinKind kind, Vocabulary v) => kind switch
    {
        SpinKind.Situation => v.Pick("现状（S）", "Situation"),
        SpinKind.Problem => v.Pick("困难（P）", "Problem"),
        SpinKind.Implication => v.Pick("暗示（I）", "Implication"),
        SpinKind.NeedPayoff => v.Pick("价值（N）", "Need-payoff"),
        _ => kind.ToString(),
    };

    // Per kind, in the order prepared (traps first): the kind, its answering principle, then a table of each question
    // with its suggested answer and who answers it.
    private List<Block> Grouped(IReadOnlyList<PreparedAnswer> questions)
    {
        var v = Words;
        var blocks = new List<Block>();
        foreach (var group in questions.GroupBy(q => q.Kind))
        {
            blocks.Add(new TextBlock(v.Label(group.Key), Bold: true));
            blocks.Add(new MarkdownBlock($"*{v.Pick("答题原则：", "How to answer: ")}{Escape(v.AnsweringPrinciple(group.Key))}*"));
            blocks.Add(new TableBlock(
                [v.Pick("可能的问题", "Likely question"), v.Pick("建议答复", "Suggested answer"), v.Pick("答复人", "Answered by")],
                group.Select(q => (IReadOnlyList<string>)[Escape(q.Question), Escape(q.Answer), Escape(q.AnsweredBy)]).ToList()));
        }
        return blocks.Count > 0 ? blocks : [new TextBlock(v.Pick("（此人的需求、关注点和兴奋点均未记录，先做听众分析）", "(no needs, concerns or hot buttons recorded for this person: analyse the audience first)"))];
    }

    // Deal text in a Markdown cell: a "|" or "*" in it is text.
    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"([\\`*_\[\]|<>])", @"\$1");
}
