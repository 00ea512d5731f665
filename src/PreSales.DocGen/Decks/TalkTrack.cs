using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;
using PreSales.DocGen.Review;

namespace PreSales.DocGen.Decks;

/// <summary>
/// Speaker notes a presenter can say: per slide, who in the room it speaks to and what each cares about, the talk in
/// full sentences with the deal's own figures and names, the discussion it plans, the answers prepared for the
/// objections and trap questions it may draw, and the transition. Time comes from the one speaking-time model
/// (<see cref="SpeakingTime"/>): what is said, plus planned discussion; the opening stays within two minutes (METHOD
/// §5) and the slot is filled honestly — when the talk is shorter than the slot, the rest is planned discussion and
/// Q&amp;A, never padding.
/// </summary>
internal static class TalkTrack
{
    /// <summary>The opening's ceiling, minutes.</summary>
    public const double OpeningMinutes = 2;

    /// <summary>Above this share of the slot in discussion, the planner says the talk is thin.</summary>
    public const double MaxDiscussionShare = 0.45;

    private sealed record Talk(string Say, IReadOnlyList<string> Room, IReadOnlyList<string> Questions, List<(Stakeholder Asker, PreparedAnswer Answer)> Answers, string Transition, string Invite);

    public static IReadOnlyList<PlannedSlide> Budget(IReadOnlyList<PlannedSlide> slides, int minutes, DeckContext c)
    {
        var zh = c.V.IsChinese;
        var talks = slides.Select((s, i) => Track(s, i + 1 < slides.Count ? slides[i + 1] : null, c, minutes)).ToList();
        AssignAnswers(slides, talks, c);
        var given = slides.Select(s => s.Notes?.TalkTrack is { Length: > 0 } t ? t : null).ToList();
        var spoken = slides.Select((s, i) => given[i] is { } g ? SpeakingTime.OfNotes(g) : SpeakingTime.Spoken(Compose(talks[i], 0, zh))).ToArray();

        // The opening never takes more than two minutes; a talk longer than the slot is cut, body slides alike.
        var opening = Enumerable.Range(0, slides.Count).Where(i => IsOpening(slides[i]) && given[i] is null).ToList();
        var openingCap = Math.Min(OpeningMinutes, minutes * 0.1);
        if (opening.Sum(i => spoken[i]) > openingCap)
            foreach (var i in opening)
                (talks[i], spoken[i]) = Cut(talks[i], spoken[i] * openingCap / opening.Sum(j => spoken[j]), zh);
        var closingShare = Math.Min(minutes * 0.2, 10);
        var room = minutes - closingShare * 0.5;
        if (spoken.Sum() > room)
        {
            var ratio = room / spoken.Sum();
            for (var i = 0; i < slides.Count; i++)
                if (given[i] is null && !IsOpening(slides[i]))
                    (talks[i], spoken[i]) = Cut(talks[i], spoken[i] * ratio, zh);
        }

        // The rest of the slot is discussion: the Q&A at the close, the discussion slide, the pains to confirm.
        var left = Math.Max(0, minutes - spoken.Sum());
        var weights = slides.Select((s, i) => given[i] is not null ? 0 : DiscussionWeight(s, talks[i])).ToArray();
        var discussion = Spread(left, weights, slides, minutes, c.Strategy.Depth == AudienceDepth.Technical ? 0.3 : 0.125);
        var raw = spoken.Select((m, i) => m + discussion[i]).ToArray();
        if (weights.Sum() == 0 && left > 0)
            for (var i = 0; i < raw.Length; i++)
                raw[i] += left / raw.Length;
        var budgets = HalfMinutes(raw, minutes);
        if (left > minutes * MaxDiscussionShare)
            c.Gather($"讲稿约 {spoken.Sum():0} 分钟，{minutes} 分钟里有 {left:0} 分钟是讨论和问答：考虑补充案例与证据，或缩短时长",
                $"the talk is about {spoken.Sum():0} minutes; {left:0} of the {minutes} minutes are discussion and Q&A: add cases and evidence, or shorten the slot");
        var result = new List<PlannedSlide>(slides.Count);
        for (var i = 0; i < slides.Count; i++)
        {
            var planned = given[i] is null ? Math.Max(0, Math.Round((budgets[i] - spoken[i]) * 2, MidpointRounding.AwayFromZero) / 2) : 0;
            var track = given[i] ?? Compose(talks[i], planned, zh);
            result.Add(slides[i] with { Notes = new SpeakerNotes(track, budgets[i]) });
        }
        return result;
    }

    /// <summary>
    /// Shares the time left among the slides that plan discussion, by weight, none above its ceiling (the close's Q&amp;A
    /// a quarter of the slot, a slide of questions an eighth (three tenths in a technical workshop), others three minutes); what no ceiling admits goes to the close.
    /// </summary>
    private static double[] Spread(double left, double[] weights, IReadOnlyList<PlannedSlide> slides, int minutes, double questionsShare)
    {
        var share = new double[weights.Length];
        var open = Enumerable.Range(0, weights.Length).Where(i => weights[i] > 0).ToList();
        double Cap(int i) => slides[i].Kind == SlideKind.Closing ? Math.Max(5, minutes * 0.25) : weights[i] >= 2.5 ? Math.Max(3, minutes * questionsShare) : weights[i] >= 2 ? Math.Max(3, minutes / 8.0) : 3;
        while (left > 0.01 && open.Count > 0)
        {
            var total = open.Sum(i => weights[i]);
            var given = 0.0;
            foreach (var i in open.ToList())
            {
                var add = Math.Min(left * weights[i] / total, Cap(i) - share[i]);
                share[i] += add;
                given += add;
                if (share[i] >= Cap(i) - 0.01)
                    open.Remove(i);
            }
            left -= given;
            if (given < 0.01)
                break;
        }
        var close = slides.ToList().FindLastIndex(s => s.Kind == SlideKind.Closing);
        if (left > 0.01 && close >= 0)
            share[close] += left;
        return share;
    }

    /// <summary>
    /// Where discussion is planned: the close (Q&amp;A), a slide of questions, the slide the ask stands on (two columns of
    /// keys and commitments), then the cases and the solution (questions on the evidence), then slides with prepared answers.
    /// </summary>
    private static double DiscussionWeight(PlannedSlide s, Talk talk) =>
        s.Kind == SlideKind.Closing ? 3
        : talk.Questions.Count > 0 ? 2 + talk.Questions.Count * 0.5
        : s.Kind == SlideKind.TwoColumns && s.Chart is null && s.SecondColumn.Count > 0 ? 2
        : s.Chart is not null || s.Table is not null || talk.Answers.Count > 0 ? 1
        : 0;

    private static (Talk, double) Cut(Talk talk, double target, bool zh)
    {
        var said = SpeakingTime.Spoken(Compose(talk, 0, zh));
        if (said <= target || said == 0)
            return (talk, said);
        var cut = talk with { Say = DeckText.Shorten(talk.Say, Math.Max(8, DeckText.Ems(talk.Say) * target / said * 0.95)) };
        return (cut, SpeakingTime.Spoken(Compose(cut, 0, zh)));
    }

    /// <summary>Rounds budgets to half minutes, largest remainders first, so they still add up to the exchange's length.</summary>
    private static double[] HalfMinutes(double[] raw, int minutes)
    {
        // Every slide gets at least half a minute (the review's least time for a shown slide).
        var units = raw.Select(r => Math.Max(1, (int)Math.Floor(r * 2))).ToArray();
        var left = minutes * 2 - units.Sum();
        while (left < 0 && units.Max() > 1)
        {
            units[Array.IndexOf(units, units.Max())]--;
            left++;
        }
        foreach (var i in Enumerable.Range(0, raw.Length).OrderByDescending(i => raw[i] * 2 - Math.Floor(raw[i] * 2)).Take(Math.Max(0, left)))
            units[i]++;
        return units.Select(u => u / 2.0).ToArray();
    }

    private static bool IsOpening(PlannedSlide s) => s.Kind is SlideKind.Title or SlideKind.Agenda;

    /// <summary>The notes' text with its marks (<see cref="SpeakingTime.Marks"/>): room, talk, discussion, prepared answers, transition.</summary>
    private static string Compose(Talk talk, double discussion, bool zh)
    {
        var lines = new List<string>();
        if (talk.Room.Count > 0)
            lines.Add(SpeakingTime.Marks.Room(zh) + string.Join(zh ? "；" : "; ", talk.Room));
        lines.Add(SpeakingTime.Marks.Say(zh) + talk.Say);
        if (discussion > 0)
            lines.Add(SpeakingTime.Marks.Discussion(zh) + (zh ? $"约 {DeckText.Minutes(discussion)} 分钟" : $" about {DeckText.Minutes(discussion)} min")
                + (talk.Questions.Count > 0 ? (zh ? "：" : ": ") + string.Join(zh ? " " : " ", talk.Questions)
                    : talk.Invite.Length > 0 ? (zh ? $"：请{talk.Invite}就这一页提问或补充；可能的问题见【备答】。" : $": invite {talk.Invite} to question or add to this slide; likely questions are under [Prepared answers].")
                    : zh ? "：请大家提问，逐一回答。" : ": take questions and answer each."));
        if (talk.Answers.Count > 0)
        {
            lines.Add(SpeakingTime.Marks.Answers(zh));
            lines.AddRange(talk.Answers.Select(a => "- " + AnswerLine(a, zh)));
        }
        if (talk.Transition.Length > 0)
            lines.Add(SpeakingTime.Marks.Transition(zh) + talk.Transition);
        // Blank lines between the parts, so an outline (Markdown) keeps them as paragraphs and the marks stay at line starts.
        return string.Join("\n\n", lines);
    }

    private static string AnswerLine((Stakeholder Asker, PreparedAnswer Answer) a, bool zh)
    {
        var by = zh ? $"（由{a.Answer.AnsweredBy}回答）" : $" ({a.Answer.AnsweredBy} answers)";
        return zh ? $"{Address(a.Asker, true)}若问“{a.Answer.Question}”：{a.Answer.Answer}{by}" : $"If {a.Asker.Name} asks \"{a.Answer.Question}\": {a.Answer.Answer}{by}";
    }

    /// <summary>Each prepared answer goes with the slide that meets its topic best; the rest with the close (the Q&amp;A).</summary>
    private static void AssignAnswers(IReadOnlyList<PlannedSlide> slides, List<Talk> talks, DeckContext c)
    {
        var closing = slides.ToList().FindLastIndex(s => s.Kind == SlideKind.Closing);
        foreach (var answer in c.Answers.Take(12))
        {
            var best = Enumerable.Range(0, slides.Count).Where(i => !IsOpening(slides[i]) && slides[i].Notes is null)
                .Select(i => (i, score: TextTerms.Overlap(answer.Answer.Topic + " " + answer.Answer.Question, SlideText(slides[i]))))
                .Where(x => x.score >= 2).OrderByDescending(x => x.score).Select(x => (int?)x.i).FirstOrDefault() ?? closing;
            if (best >= 0 && talks[best].Answers.Count < 3)
                talks[best].Answers.Add(answer);
            else if (closing >= 0)
                talks[closing].Answers.Add(answer);
        }
    }

    // Each slide's text is compared with every answer and every person in the room: made once per slide, so its
    // terms are found once too (TextTerms keeps them per text).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlannedSlide, string> Texts = new();

    private static string SlideText(PlannedSlide s) => Texts.GetValue(s, Compose);

    private static string Compose(PlannedSlide s) =>
        string.Join(" ", new[] { s.Title }.Concat(s.Body.Select(b => b.Text)).Concat(s.SecondColumn.Select(b => b.Text))
            .Concat(s.Table?.Rows.SelectMany(r => r) ?? []).Concat(s.Chart?.Categories ?? []).Concat(s.Timeline?.Steps.Select(t => t.Label) ?? []));

    /// <summary>How a presenter addresses a person: 李总, 赵主任, 郑经理 in Chinese (surname and title), the name in English.</summary>
    internal static string Address(Stakeholder s, bool zh)
    {
        if (!zh || s.Name.Length is < 2 or > 4 || !TextMeasure.IsCjk(s.Name[0]))
            return s.Name;
        var title = s.Title ?? "";
        var surname = s.Name[..1];
        if (title.Contains("副总经理", StringComparison.Ordinal) || (title.Contains("总经理", StringComparison.Ordinal) && !title.Contains("部", StringComparison.Ordinal)) || title.Contains("总裁", StringComparison.Ordinal))
            return surname + "总";
        foreach (var t in new[] { "主任", "总经理", "经理", "主管", "处长", "局长", "院长", "行长", "总监", "工程师" })
            if (title.Contains(t, StringComparison.Ordinal))
                return surname + (t == "总经理" ? "总" : t == "工程师" ? "工" : t);
        return s.Name;
    }

    /// <summary>The people in the room a slide speaks to: whose hot buttons, needs or concerns it meets, with what they care about.</summary>
    private static List<Stakeholder> Concerned(PlannedSlide slide, DeckContext c) =>
        c.Audience
            .Select(s => (s, score: TextTerms.Overlap(string.Join(" ", s.HotButtons.Concat(s.Concerns).Concat(s.Needs)), SlideText(slide))))
            .Where(x => x.score >= 2).OrderByDescending(x => x.score).ThenByDescending(x => x.s.Influence).Select(x => x.s).Take(3).ToList();

    private static string RoomLine(Stakeholder s, DeckContext c)
    {
        var v = c.V;
        var cares = s.HotButtons.Concat(s.Concerns).Take(3).Select(DeckText.Clause).ToList();
        return v.Pick($"{Address(s, true)}（{s.Name}，{s.Title ?? v.Label(s.Role)}）关心{v.List(cares)}",
            $"{s.Name} ({s.Title ?? v.Label(s.Role)}) cares about {v.List(cares)}");
    }

    private static Talk Track(PlannedSlide slide, PlannedSlide? next, DeckContext c, int minutes)
    {
        var v = c.V;
        var zh = v.IsChinese;
        var concerned = slide.Kind is SlideKind.Title ? c.Audience.OrderByDescending(s => s.Influence).ToList()
            : slide.Kind is SlideKind.Agenda ? [] : Concerned(slide, c);
        var room = concerned.Select(s => RoomLine(s, c)).ToList();
        var questions = new List<string>();
        var say = new List<string>();
        var discussionSection = DeckParts.Label(DeckPart.Discussion, v);
        switch (slide.Kind)
        {
            case SlideKind.Title:
                say.Add(Greeting(c, minutes));
                break;
            case SlideKind.Agenda:
                say.Add(v.Pick($"今天分{slide.Body.Count}个部分：{v.List(slide.Body.Select(b => DeckText.Clause(b.Text)))}。",
                    $"We will take {slide.Body.Count} parts: {v.List(slide.Body.Select(b => DeckText.Clause(b.Text)))}."));
                say.Add(v.Pick("过程中有问题请随时打断；最后也留出了集中讨论的时间。", "Please stop us with questions at any point; we have also kept time for discussion at the end."));
                break;
            case SlideKind.Closing:
                say.AddRange(Closing(slide, c));
                break;
            default:
                if (slide.Section == discussionSection)
                {
                    say.Add(v.Pick("在讲我们的思路之前，想先请教各位几个问题，我们先听。", "Before we show our thinking, we would like to ask you a few questions, and listen first."));
                    questions.AddRange(slide.Body.Select(b => b.Text));
                }
                else
                    say.AddRange(Content(slide, c, concerned));
                break;
        }
        if (slide.Kind == SlideKind.Content && slide.Section == DeckParts.Label(DeckPart.Questions, v) || slide.Kind == SlideKind.TwoColumns && slide.Section == DeckParts.Label(DeckPart.Questions, v))
            questions.Add(v.Pick("这几点是我们的理解，请各位指正：哪一点今天最紧迫？", "This is our understanding; please correct us: which of these is the most pressing today?"));
        var transition = next is null || slide.Kind == SlideKind.Title ? ""
            : v.Pick($"接下来：{DeckText.Clause(next.Title)}。", $"Next: {DeckText.Clause(next.Title)}.");
        var invite = slide.Kind is SlideKind.Title or SlideKind.Agenda ? "" : v.List(concerned.Take(2).Select(p => Address(p, zh)));
        return new Talk(string.Join(zh ? "" : " ", say.Where(s => s.Length > 0)), room, questions, [], transition, invite);
    }

    private static string Greeting(DeckContext c, int minutes)
    {
        var v = c.V;
        var zh = v.IsChinese;
        var names = c.Audience.OrderByDescending(s => s.Influence).Select(s => Address(s, zh)).ToList();
        var ours = c.Exchange?.OurAttendees ?? [];
        var text = v.Pick(
            $"{(names.Count > 0 ? v.List(names) + "，" : "各位，")}大家好。感谢各位今天抽出{minutes}分钟时间。",
            $"Good morning{(names.Count > 0 ? ", " + v.List(names) : "")}. Thank you for giving us {minutes} minutes today.");
        if (ours.Count > 0)
            text += v.Pick($"我是{ours[0].Name}{(ours[0].Role is { } r1 ? "，" + r1 : "")}。", $" I am {ours[0].Name}{(ours[0].Role is { } r2 ? ", " + r2 : "")}.");
        if (ours.Count > 1)
            text += v.Pick($"和我一起的有{v.List(ours.Skip(1).Select(o => o.Name + (o.Role is { } r1 ? "（" + r1 + "）" : "")))}。",
                $" With me are {v.List(ours.Skip(1).Select(o => o.Name + (o.Role is { } r2 ? " (" + r2 + ")" : "")))}.");
        var theme = DeckText.Clause(c.Screen.Apply(DeckText.Plain(c.Exchange?.Preparation?.Theme ?? c.Exchange?.Title ?? c.Deal.Project.Name)));
        text += v.Pick($"今天想和各位谈的是：{theme}。", $" Today's subject: {theme}.");
        return text;
    }

    private static IEnumerable<string> Content(PlannedSlide slide, DeckContext c, List<Stakeholder> concerned)
    {
        var v = c.V;
        var zh = v.IsChinese;
        var end = zh ? "。" : ".";
        string Sentence(string s) => DeckText.Clause(s) + end;
        yield return Sentence(slide.Title);
        if (slide.Table is { } table)
        {
            foreach (var row in table.Rows)
                yield return Sentence(zh ? $"{row[0]}：{string.Join("；", row.Skip(1).Select(DeckText.Clause))}" : $"{row[0]}: {string.Join("; ", row.Skip(1).Select(x => TqcssSlides.Lower(DeckText.Clause(x))))}");
        }
        else
        {
            var fab = c.Deal.Fab.ToDictionary(f => c.Screen.Apply(f.Feature), f => f);
            var cases = c.Strategy.NamedCases.Concat(c.Deal.Cases).FirstOrDefault(k => slide.Title.StartsWith(c.Screen.Apply(k.ShortName ?? k.Customer), StringComparison.Ordinal));
            if (cases is not null)
            {
                yield return Sentence(v.Pick($"{c.Screen.Apply(cases.Customer)}的情况和{c.CustomerShort}很像：{DeckText.Plain(cases.Problem)}",
                    $"{c.Screen.Apply(cases.Customer)} was in a situation much like {c.CustomerShort}'s: {TqcssSlides.Lower(DeckText.Plain(cases.Problem))}"));
                yield return Sentence(v.Pick($"我们的做法是：{c.Screen.Apply(DeckText.Plain(cases.Solution))}", $"What we did: {TqcssSlides.Lower(c.Screen.Apply(DeckText.Plain(cases.Solution)))}"));
                foreach (var m in cases.Metrics)
                    yield return Sentence(v.Pick($"{m.Name}从{CaseFigures.Unit(m.Before, m.Unit)}变为{CaseFigures.Unit(m.After, m.Unit)}",
                        $"{m.Name} went from {CaseFigures.Unit(m.Before, m.Unit)} to {CaseFigures.Unit(m.After, m.Unit)}"));
                if (cases.Benefit is { Length: > 0 } benefit)
                    yield return Sentence(c.Screen.Apply(DeckText.Plain(benefit)));
            }
            else
            {
                var leaders = c.Strategy.Depth == AudienceDepth.Leadership;
                var saidDetail = false;
                var commitmentsFull = (c.Deal.Strategy?.Commitments ?? []).Select(x => c.Screen.Apply(DeckText.Plain(x))).ToList();
                foreach (var item in slide.Body.Concat(slide.SecondColumn))
                {
                    var key = item.Text.Split(v.Colon.Trim(), 2)[0].Trim();
                    if (fab.TryGetValue(key, out var f))
                    {
                        yield return Sentence(v.Pick($"{f.Feature}：{DeckText.Clause(f.Function)}；{DeckText.Clause(f.Advantage)}；{DeckText.Clause(TqcssSlides.Benefit(f, v, c.Screen))}", $"{f.Feature}: {TqcssSlides.Lower(DeckText.Clause(f.Function))}; {TqcssSlides.Lower(DeckText.Clause(f.Advantage))}; {TqcssSlides.Lower(DeckText.Clause(TqcssSlides.Benefit(f, v, c.Screen)))}"));
                        if (c.Deal.Cases.FirstOrDefault(k => k.Id == f.Evidence) is { } proof && PreparedAnswers.CaseProof(proof, v) is { } said)
                            yield return Sentence(v.Pick($"这不是设想：{said}", $"This is not a promise on paper: {said}"));
                        if (leaders && !saidDetail)
                        {
                            saidDetail = true;
                            yield return v.Pick("技术细节我们已和技术团队逐项交流过，这里只讲它带来的结果。", "We have been through the technical detail with your technical team; here we keep to what it brings you.");
                        }
                    }
                    else if (commitmentsFull.FirstOrDefault(x => x.StartsWith(item.Text, StringComparison.Ordinal)) is { } full)
                        yield return Sentence(full);
                    else if (item.Level > 0 || slide.Body.All(b => b.Level == 0))
                        yield return Sentence(item.Text);
                }
                if (slide.Timeline is { } timeline)
                    foreach (var step in timeline.Steps)
                        yield return Sentence(v.Pick($"{step.When}：{step.Label}", $"{step.When}: {step.Label}"));
            }
        }
        if (slide.Section == DeckParts.Label(DeckPart.Questions, v))
            foreach (var held in c.Deal.Exchanges.Where(e => e.Status == ExchangeStatus.Held && e.Kind == ExchangeKind.Formal && e.Date < (c.Exchange?.Date ?? DateOnly.MaxValue)).TakeLast(2))
                if (held.CustomerInterests.Count > 0)
                    yield return Sentence(v.Pick($"{held.Date.Month}月{held.Date.Day}日的交流中，大家最关心的是：{v.List(held.CustomerInterests.Take(3).Select(DeckText.Clause))}",
                        $"When we met on {held.Date:d MMMM}, what mattered most was: {v.List(held.CustomerInterests.Take(3).Select(x => TqcssSlides.Lower(DeckText.Clause(x))))}"));
        if (slide.Section == DeckParts.Label(DeckPart.Trends, v) && c.Summary.KeyPersons.FirstOrDefault(p => p.Needs.Count > 0) is { } leader)
            yield return Sentence(v.Pick($"这些变化落到{c.CustomerShort}，就是{Address(leader, true)}提出的目标：{DeckText.Clause(leader.Needs[0])}",
                $"For {c.CustomerShort} these changes come down to the goal {leader.Name} set: {TqcssSlides.Lower(DeckText.Clause(leader.Needs[0]))}"));
        var n = 0;
        foreach (var person in concerned.Take(2))
        {
            var point = person.HotButtons.Concat(person.Concerns).Select(x => (x, score: TextTerms.Overlap(x, SlideText(slide)))).OrderByDescending(x => x.score).First().x;
            yield return (n++ % 2 == 0)
                ? v.Pick($"{Address(person, true)}，您关心的“{DeckText.Clause(point)}”，这里给出了我们的做法。", $"{person.Name}, you told us {TqcssSlides.Lower(DeckText.Clause(point))} matters to you: here is how we handle it.")
                : v.Pick($"这也回应了{Address(person, true)}提到的“{DeckText.Clause(point)}”。", $"This also answers {person.Name}'s point: {TqcssSlides.Lower(DeckText.Clause(point))}.");
        }
    }

    private static IEnumerable<string> Closing(PlannedSlide slide, DeckContext c)
    {
        var v = c.V;
        var zh = v.IsChinese;
        var recap = slide.Body.FirstOrDefault(b => b.Level == 0 && b.Text.StartsWith(v.Pick("回顾", "Recap"), StringComparison.Ordinal));
        if (recap is not null)
            yield return v.Pick($"最后回顾一下今天的要点：{DeckText.Clause(recap.Text.Split(v.Colon.Trim(), 2)[^1])}。", $"To recap: {TqcssSlides.Lower(DeckText.Clause(recap.Text.Split(v.Colon.Trim(), 2)[^1]))}.");
        var ask = StrengthSlides.Ask(c.Exchange?.Goal);
        if (ask is not null)
            yield return v.Pick($"我们今天的请求是：{DeckText.Clause(c.Screen.Apply(ask))}。", $"Our ask today: {TqcssSlides.Lower(DeckText.Clause(c.Screen.Apply(ask)))}.");
        var steps = slide.Body.SkipWhile(b => b.Text != v.Pick("下一步", "Next steps")).Skip(1).Select(b => DeckText.Clause(b.Text)).ToList();
        if (steps.Count > 0)
            yield return v.Pick($"下一步：{string.Join("；", steps)}。", $"Next steps: {string.Join("; ", steps)}.");
        yield return v.Pick("再次感谢各位。接下来的时间留给各位，请提问。", "Thank you again. The rest of the time is yours: your questions, please.");
        _ = zh;
    }
}
