using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Documents;

/// <summary>
/// 主讲人简报, the presenter's brief (METHOD §4–§5): the exchange itself prepared, for the people who run it. Before the
/// exchange (the six preparation steps and the day's checks), who is in the room and how to address each, the four-part
/// flow timed into the slot, the six-step way to answer and each question kind, the prepared answers for the trap and
/// capability questions, the six ways of asking and the SPIN questions, room control, voice and body. Each line says
/// what this deal says (names, hot buttons, evidence, dates); the method's words stand where the deal says nothing.
/// </summary>
public sealed record PresenterBrief(DocumentHeader Header, Deal Deal, Exchange? Target, Vocabulary Words)
{
    /// <summary>Builds the brief for exchange <paramref name="exchange"/> (1-based), or by default the next planned one.</summary>
    public static PresenterBrief From(Deal deal, int? exchange, string docNumber, DateOnly date)
    {
        var v = Vocabulary.For(deal.Language);
        var target = exchange is { } n ? DealExchanges.Pick(deal, n).Exchange : ExchangeChecklist.NextExchange(deal);
        var title = v.Pick($"主讲人简报：{target?.Title ?? deal.Name}", $"Presenter's brief: {target?.Title ?? deal.Name}");
        return new PresenterBrief(DocumentHeader.For(deal, title, docNumber, target?.Date ?? date), deal, target, v);
    }

    private string Customer => Deal.Customer.ShortName ?? Deal.Customer.Name;

    private IReadOnlyList<Stakeholder> Room => AudienceAnalysis.AudienceOf(Deal, Target);

    /// <summary>The content for the brief's template.</summary>
    public DocumentContent ToContent()
    {
        var v = Words;
        var prepared = PreparedAnswers.For(Deal, Target);
        var timetable = ExchangeFlow.For(Target);
        return Header.AddTo(new ContentBuilder())
            .Text("exchange", ExchangeLine())
            .Blocks("goal", Goal())
            .Blocks("checks", Checks(timetable))
            .Repeat("attendees", Room.OrderByDescending(p => p.Influence).ThenBy(p => p.Role).Select(p => new ContentBuilder()
                .Text("name", p.Name)
                .Text("profile", string.Join(" · ", new[]
                {
                    p.Title ?? "", v.Label(p.Role), v.Label(p.Stance), $"{v.Pick("影响力", "influence")} {p.Influence}/5",
                }.Where(s => s.Length > 0)))
                .Text("hotButtons", p.HotButtons.Count > 0 ? v.List(p.HotButtons) : v.Pick("（未记录）", "(not recorded)"))
                .Blocks("approach", [new ListBlock(Approach(p).Select(Escape).ToList())]).Build()))
            .Repeat("flow", timetable.Segments.Select(s => new ContentBuilder()
                .Text("time", Clock(s))
                .Text("part", PartLabel(s.Part))
                .Blocks("what", [new ListBlock(What(s, timetable).Select(Escape).ToList())]).Build()))
            .Blocks("team", Team())
            .Blocks("answering", Answering(prepared))
            .Repeat("prepared", prepared.All
                .Where(a => a.Answer.Kind is QuestionKind.Trap or QuestionKind.Capability)
                .OrderBy(a => a.Answer.Kind == QuestionKind.Trap ? 0 : 1)
                .Select(a => new ContentBuilder()
                    .Text("askedBy", a.Person.Name).Text("kind", v.Label(a.Answer.Kind))
                    .Text("question", a.Answer.Question).Text("answer", a.Answer.Answer).Text("answeredBy", a.Answer.AnsweredBy).Build()))
            .Blocks("asking", Asking())
            .Blocks("roomControl", RoomControl(timetable))
            .Blocks("delivery", Delivery())
            .Build();
    }

    private string ExchangeLine()
    {
        var v = Words;
        if (Target is not { } t)
            return v.Pick("没有计划中的交流：按全部干系人准备", "no exchange planned: prepared for every stakeholder");
        var parts = new List<string> { DocumentHeader.FormatDate(t.Date) };
        if (t.Time is { Length: > 0 } time)
            parts.Add(time);
        if (t.Place is { Length: > 0 } place)
            parts.Add(place);
        parts.Add(t.DurationMinutes is { } m ? v.Pick($"{m} 分钟", $"{m} minutes") : v.Pick("时长未定", "duration not set"));
        return v.Pick($"{t.Title}（{string.Join("，", parts)}）", $"{t.Title} ({string.Join(", ", parts)})");
    }

    private List<Block> Goal()
    {
        var v = Words;
        var blocks = new List<Block>();
        if (Target?.Goal is { Length: > 0 } goal)
            blocks.Add(new TextBlock(v.Pick("目标：", "Goal: ") + goal));
        if (Target?.Preparation?.Theme is { Length: > 0 } theme)
            blocks.Add(new TextBlock(v.Pick("主题：", "Theme: ") + theme));
        if (Target?.Strategy is { Length: > 0 } strategy)
        {
            blocks.Add(new TextBlock(v.Pick("本次交流策略", "Strategy for this exchange"), Bold: true));
            blocks.Add(new MarkdownBlock(strategy));
        }
        var thinking = CompetitiveThinking.Summarize(Deal);
        if (thinking.Stress.Count + thinking.Reframe.Count > 0)
            blocks.Add(new ListBlock([
                .. thinking.Stress.Count > 0 ? [v.Pick($"强调：{v.List(thinking.Stress.Select(e => v.Label(e)))}（用案例、数据和承诺证明，不自评）", $"Stress: {v.List(thinking.Stress.Select(e => v.Label(e)))} (prove with cases, figures and commitments, never our own ratings)")] : Array.Empty<string>(),
                .. thinking.Reframe.Count > 0 ? [v.Pick($"淡化或转化：{v.List(thinking.Reframe.Select(e => v.Label(e)))}（不主动比较，被问到时从客户的使用出发回答）", $"Play down or reframe: {v.List(thinking.Reframe.Select(e => v.Label(e)))} (never compare unprompted; when asked, answer from the customer's use)")] : Array.Empty<string>(),
            ]));
        return blocks.Count > 0 ? blocks : [new TextBlock(v.Pick("（交流目标、主题和策略均未记录：先确定主题）", "(no goal, theme or strategy recorded: choose the theme first)"))];
    }

    // The six preparation steps with what is still missing, then the method's checks for the day itself.
    private List<Block> Checks(ExchangeTimetable timetable)
    {
        var v = Words;
        var checklist = ExchangeChecklist.For(Deal, Target);
        var blocks = new List<Block>
        {
            new TableBlock([v.Pick("准备步骤", "Preparation step"), v.Pick("状态", "Status"), v.Pick("还需要做的", "Still to do")],
                checklist.Steps.Select((s, i) => (IReadOnlyList<string>)[$"{i + 1} {v.Label(s.Step)}", s.Done ? v.Pick("✓ 完成", "✓ done") : v.Pick("□ 未完成", "□ open"),
                    s.Done ? v.Pick("—", "—") : Escape(string.Join(v.Pick("；", "; "), s.Missing))]).ToList()),
            new TextBlock(v.Pick("当天开场前", "On the day, before the start"), Bold: true),
        };
        var day = new List<string>();
        day.Add(Target?.Place is { Length: > 0 } place
            ? v.Pick($"熟悉场地：提前 {ExchangeFlow.ArriveEarly} 分钟到{place}，试投影和话筒，确认座次（{Leader()?.Name ?? v.Pick("决策者", "the decision maker")}能正对屏幕）。",
                $"Know the room: be at {place} {ExchangeFlow.ArriveEarly} minutes early, test the projector and microphone, check the seating ({Leader()?.Name ?? "the decision maker"} faces the screen).")
            : v.Pick("熟悉场地：地点未定，先向客户确认地点、设备和座次。", "Know the room: the place is not set; confirm place, equipment and seating with the customer."));
        var theme = Target?.Preparation?.Theme;
        day.Add(theme is { Length: > 0 }
            ? v.Pick($"回顾主题和材料：主题是“{theme}”；材料{(Target?.Preparation?.MaterialReady == true ? "已就绪" : "尚未就绪，当天前必须定稿")}。",
                $"Review the theme and material: the theme is \"{theme}\"; the material {(Target?.Preparation?.MaterialReady == true ? "is ready" : "is not ready yet and must be final before the day")}.")
            : v.Pick("回顾主题和材料：主题尚未确定。", "Review the theme and material: no theme chosen yet."));
        day.Add(WhoChanged());
        var qa = timetable.Segments.FirstOrDefault(s => s.Part == ExchangePart.Closing)?.Item;
        var coach = Deal.Stakeholders.FirstOrDefault(s => s.Role == DecisionRole.Coach);
        day.Add(v.Pick(
            $"确认时间和形式：{timetable.SlotMinutes} 分钟{(timetable.SlotAssumed ? "（交易未写时长，按默认）" : "")}；提问{(qa is null ? "何时进行未定" : $"安排在“{qa}”")}{(coach is null ? "" : $"，会前向{coach.Name}确认领导是否习惯中途提问")}。",
            $"Confirm the time and the format: {timetable.SlotMinutes} minutes{(timetable.SlotAssumed ? " (the deal sets none; the default)" : "")}; questions {(qa is null ? "at a time not yet agreed" : $"in \"{qa}\"")}{(coach is null ? "" : $"; ask {coach.Name} beforehand whether the leaders interrupt with questions")}."));
        day.Add(v.Pick("深呼吸：开场前一分钟放慢呼吸，先看一眼关键人物再开口。", "Breathe: slow your breathing in the last minute, and look at the key persons before you speak."));
        blocks.Add(new ListBlock(day.Select(Escape).ToList()));
        return blocks;
    }

    // Who is new against the last held formal exchange, and who of last time is not coming.
    private string WhoChanged()
    {
        var v = Words;
        var last = Deal.Exchanges.LastOrDefault(e => e.Status == ExchangeStatus.Held && e.Kind == ExchangeKind.Formal && (Target is null || e.Date <= Target.Date));
        if (Target is null || last is null)
            return v.Pick("核对人员变化：此前没有已举行的正式交流，逐一确认参会人的姓名和职务。", "Check who changed: no formal exchange held before; confirm each attendee's name and title.");
        var before = last.CustomerAttendees.Select(a => a.StakeholderId).OfType<string>().ToHashSet();
        var now = Target.CustomerAttendees.Select(a => a.StakeholderId).OfType<string>().ToHashSet();
        string Names(IEnumerable<string> ids) => v.List(ids.Select(id => DealExchanges.StakeholderOf(Deal, id)?.Name ?? id));
        var joining = now.Except(before).ToList();
        var leaving = before.Except(now).ToList();
        var text = v.Pick($"核对人员变化（与{DocumentHeader.FormatDate(last.Date)}的交流相比）：", $"Check who changed (against the exchange of {DocumentHeader.FormatDate(last.Date)}): ");
        text += joining.Count > 0 ? v.Pick($"新参加：{Names(joining)}，他们没听过前面的内容，开场要补一句回顾", $"new: {Names(joining)}, who did not hear the earlier exchanges, so recap them in the opening") : v.Pick("没有新参加的人", "no one new");
        text += leaving.Count > 0 ? v.Pick($"；不再参加：{Names(leaving)}", $"; not coming: {Names(leaving)}") : "";
        return text + v.Pick("；当天再核对一次名单。", "; check the list again on the day.");
    }

    private Stakeholder? Leader() => Room.OrderByDescending(p => p.Role == DecisionRole.DecisionMaker)
        .ThenByDescending(p => p.Level == OrgLevel.Executive).ThenByDescending(p => p.Influence).FirstOrDefault();

    /// <summary>How to address one person: level, stance, the competitor close to them, each hot button and concern with its evidence.</summary>
    public IReadOnlyList<string> Approach(Stakeholder p)
    {
        var v = Words;
        var lines = new List<string>();
        if (p.Level == OrgLevel.Executive || p.Knowledge <= 2)
            lines.Add(v.Pick("讲结果和保障，少讲技术细节；每个观点落到对其目标的影响。", "Speak to outcomes and assurance, little technical detail; tie each point to their goals."));
        else if (p.Knowledge >= 4)
            lines.Add(v.Pick("可以讲深：架构、参数和限制，用数据和现场证据说话。", "Go deep: architecture, figures and limits, with data and evidence from the field."));
        if (p.Role == DecisionRole.DecisionMaker)
            lines.Add(v.Pick("决策者：结束语中的请求直接面向此人，请其表态。", "Decision maker: put the closing's ask to them directly and ask for their word."));
        lines.Add(p.Stance switch
        {
            Stance.Supporter => v.Pick("支持者：会前通气，请其在讨论中印证我方观点，不要让其在同事面前为难。", "Supporter: brief them beforehand, invite them to confirm our points in the discussion, never put them on the spot."),
            Stance.Opponent => v.Pick("反对者：不争辩，先认可其关切，再从客户的使用出发平静作答；会后单独跟进。", "Opponent: do not argue; acknowledge the concern, answer calmly from the customer's use, follow up one to one afterwards."),
            _ => v.Pick("中立者：本次要争取的人，用证据回应其关注点，并请其说出自己的标准。", "Neutral: the person to win today; answer their concerns with evidence and ask for their criteria."),
        });
        var thinking = CompetitiveThinking.Summarize(Deal);
        foreach (var play in thinking.Competitors.Where(c => !SlideStrategy.IsPartner(Deal, c.Competitor) && CloseTo(c.Competitor, p)))
        {
            // Expose a rival's weakness only where we are strong: on an element we reframe, the comparison hurts us too.
            var expose = play.Expose.Where(thinking.Stress.Contains).Take(2).ToList();
            lines.Add(v.Pick(
                $"与{play.Competitor.Name}关系较近：不评价{play.Competitor.Name}，{(expose.Count > 0 ? $"用事实说明我方在{v.List(expose.Select(e => v.Label(e)))}上的做法" : "只讲我方的事实")}。",
                $"Close to {play.Competitor.Name}: never judge {play.Competitor.Name}; {(expose.Count > 0 ? $"show our facts on {v.List(expose.Select(e => v.Label(e).ToLowerInvariant()))}" : "speak only to our own facts")}."));
        }
        foreach (var hot in p.HotButtons)
            lines.Add(v.Pick($"兴奋点“{hot}”：{Evidence(hot) ?? "在方案部分点名回应"}。", $"Hot button \"{hot}\": {Evidence(hot) ?? "name it in the solution part"}."));
        foreach (var concern in p.Concerns)
            lines.Add(v.Pick($"顾虑“{concern}”：{Evidence(concern) ?? "准备一句正面回应，会后补材料"}。", $"Concern \"{concern}\": {Evidence(concern) ?? "prepare a direct answer and send material afterwards"}."));
        return lines;
    }

    // A competitor is close to a person when its relationships name the person or their department.
    private static bool CloseTo(Competitor c, Stakeholder p) =>
        c.Relationships.Any(r => r.Contains(p.Name, StringComparison.OrdinalIgnoreCase)
            || p.Department is { Length: > 1 } d && (r.Contains(d, StringComparison.OrdinalIgnoreCase) || Terms.Overlap(r, d) >= 3));

    // The best evidence the deal holds for a point: a FAB row tagged with it or sharing its words, a case, a commitment.
    private string? Evidence(string point)
    {
        var v = Words;
        // One shared character pair is chance; two are a match. A FAB row tagged with the hot button always is.
        var fab = Deal.Fab.FirstOrDefault(f => f.HotButtons.Any(h => string.Equals(h.Trim(), point.Trim(), StringComparison.OrdinalIgnoreCase)))
            ?? Best(Deal.Fab, f => f.Feature + " " + f.Function + " " + f.Advantage + " " + f.Benefit);
        var commitment = Best(Deal.Strategy?.Commitments ?? [], c => c);
        var @case = Best(Deal.Cases, c => c.Problem + " " + c.Solution + " " + (c.Benefit ?? "") + " " + string.Join(" ", c.Metrics.Select(m => m.Name)));
        var parts = new List<string>();
        if (fab is not null)
            parts.Add(v.Pick($"用“{fab.Feature}”（{Clause(fab.Benefit)}）", $"use \"{fab.Feature}\" ({Clause(fab.Benefit)})"));
        if (@case is not null)
            parts.Add(CaseLine(@case, point));
        if (commitment is not null && parts.Count < 2)
            parts.Add(v.Pick($"承诺：{Clause(commitment)}", $"the commitment: {Lower(Clause(commitment))}"));
        return parts.Count > 0 ? string.Join(v.Pick("；", "; "), parts) : null;

        T? Best<T>(IEnumerable<T> items, Func<T, string> text) where T : class =>
            items.Select(x => (x, Score: Terms.Overlap(point, text(x)))).Where(x => x.Score >= 2).OrderByDescending(x => x.Score).Select(x => x.x).FirstOrDefault();
    }

    // A case in one line with the metric closest to the point (the first when none is closer).
    private string CaseLine(ReferenceCase c, string? point = null)
    {
        var v = Words;
        var name = c.ShortName ?? c.Customer;
        var metric = point is null ? c.Metrics.FirstOrDefault() : c.Metrics.OrderByDescending(m => Terms.Overlap(point, m.Name)).FirstOrDefault();
        string U(string value) => metric?.Unit is { Length: > 0 } unit && !value.EndsWith(unit, StringComparison.Ordinal) ? value + unit : value;
        return metric is { } m
            ? v.Pick($"{name}案例：{m.Name}由{U(m.Before)}到{U(m.After)}", $"the {name} case: {Lower(m.Name)} from {U(m.Before)} to {U(m.After)}")
            : v.Pick($"{name}案例", $"the {name} case");
    }

    private string Clock(FlowSegment s) => s.Part == ExchangePart.MeetAudience
        ? Words.Pick($"开始前 {s.Minutes} 分钟", $"{s.Minutes} min before")
        : Words.Pick($"{s.Start}–{s.End} 分钟（{s.Minutes}）", $"{s.Start}–{s.End} min ({s.Minutes})");

    /// <summary>The label of one of the four parts.</summary>
    public string PartLabel(ExchangePart part) => part switch
    {
        ExchangePart.MeetAudience => Words.Pick("1 听众认识", "1 Meet the audience"),
        ExchangePart.Opening => Words.Pick("2 开场白", "2 Opening"),
        ExchangePart.Body => Words.Pick("3 主题内容", "3 Body"),
        ExchangePart.Closing => Words.Pick("4 结束语", "4 Closing"),
        _ => part.ToString(),
    };

    // What to do in a segment, with the deal's names, goal and evidence.
    private List<string> What(FlowSegment s, ExchangeTimetable timetable)
    {
        var v = Words;
        var keys = Room.Where(AudienceAnalysis.IsKey).OrderByDescending(p => p.Influence).ToList();
        switch (s.Part)
        {
            case ExchangePart.MeetAudience:
                return
                [
                    v.Pick("交换名片，记住每个人的姓名和职务；按座次记下谁坐在哪里。", "Exchange cards, learn each name and title; note who sits where."),
                    keys.Count > 0
                        ? v.Pick($"认准关键人物：{v.List(keys.Select(k => $"{k.Name}（{k.Title ?? v.Label(k.Role)}，{v.Label(k.Stance)}）"))}。", $"Identify the key persons: {v.List(keys.Select(k => $"{k.Name} ({k.Title ?? v.Label(k.Role)}, {v.Label(k.Stance).ToLowerInvariant()})"))}.")
                        : v.Pick("认准关键人物：交易中未记录参会的关键人物，当场确认。", "Identify the key persons: none recorded for this exchange; find out in the room."),
                    .. Room.Where(p => p.Stance == Stance.Supporter).Take(2).Select(p => v.Pick($"与{p.Name}简短确认今天的重点。", $"A quick word with {p.Name} on today's focus.")),
                ];
            case ExchangePart.Opening:
                var ours = Target?.OurAttendees ?? [];
                var lead = ours.FirstOrDefault();
                return
                [
                    v.Pick($"欢迎并感谢{Customer}各位领导和同事{(s.Item is null ? "" : $"（议程：{s.Item}）")}。", $"Welcome and thank the {(Customer.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? Customer[4..] : Customer)} team{(s.Item is null ? "" : $" (agenda: {s.Item})")}."),
                    ours.Count > 0
                        ? v.Pick($"介绍我方：{v.List(ours.Select(o => o.Role is { Length: > 0 } r ? $"{o.Name}（{r}）" : o.Name))}；由{lead!.Name}开场。", $"Introduce our team: {v.List(ours.Select(o => o.Role is { Length: > 0 } r ? $"{o.Name} ({r})" : o.Name))}; {lead!.Name} opens.")
                        : v.Pick("介绍自己和团队。", "Introduce yourself and the team."),
                    Target?.Goal is { Length: > 0 } goal ? v.Pick($"说明目的：{Clause(goal)}。", $"State the purpose: {Clause(goal)}.") : v.Pick("说明目的（交流目标未记录）。", "State the purpose (no goal recorded)."),
                    v.Pick($"过一遍议程，开场不超过 {ExchangeFlow.MaxOpening} 分钟。", $"Walk through the agenda; the opening takes at most {ExchangeFlow.MaxOpening} minutes."),
                ];
            case ExchangePart.Body:
                var lines = new List<string>();
                if (s.Item is { } item)
                    lines.Add(v.Pick($"议程：{item}", $"Agenda: {item}"));
                // Whose hot button or concern this item speaks to: two shared terms, so a single common word is no match.
                var who = keys.Select(k => (k.Name, Point: k.HotButtons.Concat(k.Concerns).FirstOrDefault(h => s.Item is not null && Terms.Overlap(h, s.Item) >= 2)))
                    .Where(x => x.Point is not null).Select(x => v.Pick($"{x.Name}（{x.Point}）", $"{x.Name} ({x.Point})")).ToList();
                if (who.Count > 0)
                    lines.Add(v.Pick($"这部分回应：{v.List(who)}。", $"This part answers: {v.List(who)}."));
                if (s.Item is not null && CaseWords(s.Item) && Deal.Cases.Count > 0)
                    lines.Add(v.Pick($"证据：{v.List(Deal.Cases.Select(c => CaseLine(c)))}。", $"Evidence: {v.List(Deal.Cases.Select(c => CaseLine(c)))}."));
                if (s == timetable.Segments.First(x => x.Part == ExchangePart.Body))
                    lines.Add(v.Pick("先讲背景，再逐点展开：观点、证据、答疑、过渡；先赢得对人的信任，再是公司，再是产品。", "Background first, then each point: claim, evidence, answer doubts, transition; win trust in you, then the company, then the product."));
                if (s == timetable.Segments.Last(x => x.Part == ExchangePart.Body))
                    lines.Add(v.Pick("本部分结束时用一句话回顾要点。", "End the body with a one-line recap."));
                return lines.Count > 0 ? lines : [v.Pick("按议程展开。", "Follow the agenda.")];
            default:
                var leader = Leader();
                return
                [
                    v.Pick($"回顾要点，重申目的{(s.Item is null ? "" : $"（议程：{s.Item}）")}。", $"Recap the points and restate the purpose{(s.Item is null ? "" : $" (agenda: {s.Item})")}."),
                    TheAsk() is { Length: > 0 } ask
                        ? v.Pick($"提出请求{(leader is null ? "" : $"，面向{leader.Name}")}：{Clause(ask)}。", $"Make the ask{(leader is null ? "" : $", to {leader.Name}")}: {Lower(Clause(ask))}.")
                        : v.Pick("提出请求：行动、支持或承诺（交流目标未记录）。", "Make the ask: an action, support or a commitment (no goal recorded)."),
                    .. (Deal.Strategy?.Commitments ?? []).Take(1).Select(c => v.Pick($"复述承诺：{Clause(c)}。", $"Restate the commitment: {Lower(Clause(c))}.")),
                    v.Pick("约定下一步、负责人和日期，致谢。", "Agree the next step, its owner and date; thank everyone."),
                ];
        }
    }

    private List<Block> Team()
    {
        var v = Words;
        var ours = Target?.OurAttendees ?? [];
        if (ours.Count == 0)
            return [new TextBlock(v.Pick("（我方参会人员未记录）", "(our attendees are not recorded)"))];
        return [new TableBlock([v.Pick("我方人员", "Our attendee"), v.Pick("角色", "Role"), v.Pick("负责", "Covers")],
            ours.Select((o, i) => (IReadOnlyList<string>)[Escape(o.Name), Escape(o.Role ?? "—"), Escape(Covers(o, i))]).ToList())];
    }

    // What each of our attendees covers, from their role: the first opens, executives commit, experts answer the technical.
    private string Covers(OurAttendee o, int index)
    {
        var v = Words;
        var role = o.Role ?? "";
        var covers = new List<string>();
        if (index == 0)
            covers.Add(v.Pick("开场", "the opening"));
        if (System.Text.RegularExpressions.Regex.IsMatch(role, @"总裁|总经理|董事|vice president|\bVP\b|chief|managing director", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            covers.Add(v.Pick("高层对话与交付承诺", "the leaders' dialogue and the commitment"));
        if (System.Text.RegularExpressions.Regex.IsMatch(role, "售前|方案|架构|pre-sales|solution|architect", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            covers.Add(v.Pick("主题内容与控时", "the body and the time"));
        if (System.Text.RegularExpressions.Regex.IsMatch(role, "专家|产品|技术|交付|expert|product|delivery|engineer", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            covers.Add(v.Pick("技术和交付问题的答复", "technical and delivery questions"));
        if (System.Text.RegularExpressions.Regex.IsMatch(role, @"客户经理|销售|\baccount|(?<![-\w])sales", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            covers.Add(v.Pick("记录客户关注点和下一步", "noting the customer's interests and the next steps"));
        return covers.Count > 0 ? v.List(covers) : v.Pick("按分工支持", "support as agreed");
    }

    private List<Block> Answering(ExchangeAnswers prepared)
    {
        var v = Words;
        var opponents = Room.Where(p => p.Stance == Stance.Opponent).Select(p => p.Name).ToList();
        var neutrals = Room.Where(p => p.Stance == Stance.Neutral).Select(p => p.Name).ToList();
        var leader = Leader();
        var steps = new List<string>
        {
            v.Pick($"看着提问的人{(Room.Count > 0 ? $"（记住面孔：{v.List(Room.Select(p => p.Name))}）" : "")}。", $"Look at the asker{(Room.Count > 0 ? $" (know the faces: {v.List(Room.Select(p => p.Name))})" : "")}."),
            v.Pick($"判断提问者的立场和真正的问题{(opponents.Count + neutrals.Count > 0 ? "：" : "")}{string.Join("，", new[] { opponents.Count > 0 ? $"{v.List(opponents)}持反对立场" : "", neutrals.Count > 0 ? $"{v.List(neutrals)}中立" : "" }.Where(x => x.Length > 0))}。", $"Judge the asker's stance and the real question{(opponents.Count + neutrals.Count > 0 ? ": " : "")}{string.Join("; ", new[] { opponents.Count > 0 ? $"{v.List(opponents)} oppose us" : "", neutrals.Count > 0 ? $"{v.List(neutrals)} {(neutrals.Count > 1 ? "are" : "is")} neutral" : "" }.Where(x => x.Length > 0))}."),
            v.Pick($"决定是否复述：{(leader is null ? "" : $"{leader.Name}的问题复述一遍让全场听清；")}带敌意的措辞不复述，换成中性的说法。", $"Decide whether to repeat it: {(leader is null ? "" : $"repeat {leader.Name}'s questions so the room hears them; ")}never repeat hostile wording, rephrase it neutrally."),
            v.Pick("感谢提问。", "Thank the asker."),
            v.Pick("面向全场回答，而不只是提问的人。", "Answer to the whole room, not only the asker."),
            v.Pick("确认回答是否到位：“这样回答了您的问题吗？”", "Check the answer landed: \"Does that answer your question?\""),
        };
        var blocks = new List<Block> { new TextBlock(v.Pick("答问六步", "The six steps of answering"), Bold: true), new ListBlock(steps.Select(Escape).ToList()) };
        blocks.Add(new TextBlock(v.Pick("四类提问", "The four kinds of question"), Bold: true));
        blocks.Add(new TableBlock([v.Pick("类型", "Kind"), v.Pick("答题原则", "How to answer"), v.Pick("本次可能的提问人", "Likely askers here")],
            Enum.GetValues<QuestionKind>().Select(k =>
            {
                var askers = prepared.Attendees.Where(a => a.Questions.Any(q => q.Kind == k)).Select(a => a.Person.Name).ToList();
                return (IReadOnlyList<string>)[v.Label(k), Escape(v.AnsweringPrinciple(k)), askers.Count > 0 ? Escape(v.List(askers)) : v.Pick("—", "—")];
            }).ToList()));
        return blocks;
    }

    private List<Block> Asking()
    {
        var v = Words;
        var leader = Leader();
        var neutral = Room.Where(p => p.Stance == Stance.Neutral && p.Concerns.Count > 0).OrderByDescending(p => p.Influence).FirstOrDefault();
        var supporter = Room.Where(p => p.Stance == Stance.Supporter).OrderByDescending(p => p.Knowledge).FirstOrDefault();
        var tender = Deal.Project.Milestones.Where(m => m.Tender && (Target is null || m.Date >= Target.Date)).OrderBy(m => m.Date).FirstOrDefault();
        var hot = leader?.HotButtons.FirstOrDefault() ?? Room.SelectMany(p => p.HotButtons).FirstOrDefault();
        var @case = Deal.Cases.FirstOrDefault(c => c.Metrics.Count > 0) ?? Deal.Cases.FirstOrDefault();
        var ways = new List<string>
        {
            tender is not null
                ? v.Pick($"封闭/选择式（确认事实）：“‘{tender.Name}’仍按{DocumentHeader.FormatDate(tender.Date)}进行吗？”", $"Closed or choice (confirm a fact): \"Is '{Lower(tender.Name)}' still on {DocumentHeader.FormatDate(tender.Date)}?\"")
                : v.Pick("封闭/选择式（确认事实）：“项目计划在上半年还是下半年招标？”", "Closed or choice (confirm a fact): \"Is the tender planned for the first half of the year or the second?\""),
            hot is not null
                ? v.Pick($"开放式（让对方多说）：“{(leader is null ? "" : leader.Name + "，")}您希望“{hot}”做到什么程度？”", $"Open (let them talk): \"{(leader is null ? "" : leader.Name + ", ")}how far do you want {hot} to go?\"")
                : v.Pick("开放式（让对方多说）：“您最希望这个项目带来什么？”", "Open (let them talk): \"What do you most want this project to bring?\""),
            v.Pick("总体式（回顾时）：“对今天的思路，各位总体怎么看？”", "Overall (at the recap): \"What do you make of today's approach overall?\""),
            neutral is not null
                ? v.Pick($"直接式（点名）：“{neutral.Name}，关于“{neutral.Concerns[0]}”，我们的安排能打消您的顾虑吗？”", $"Direct (by name): \"{neutral.Name}, on {Lower(neutral.Concerns[0])}: does our plan answer your concern?\"")
                : v.Pick("直接式（点名）：向关键人物直接请教其标准。", "Direct (by name): ask a key person for their criteria."),
            @case is not null
                ? v.Pick($"反问式（引发思考）：“如果{Customer}也能像{@case.ShortName ?? @case.Customer}那样{(@case.Metrics.FirstOrDefault() is { } m ? $"把{m.Name}从{m.Before}降到{m.After}" : "见到成效")}，意味着什么？”", $"Rhetorical (to make them think): \"What would it mean for {Customer} to {(@case.Metrics.FirstOrDefault() is { } em ? $"take {Lower(em.Name)} from {em.Before} to {em.After}" : "see results")} as {@case.ShortName ?? @case.Customer} did?\"")
                : v.Pick("反问式（引发思考）：“如果问题不解决，一年后会怎样？”", "Rhetorical (to make them think): \"Where will this be in a year if nothing changes?\""),
            supporter is not null
                ? v.Pick($"转问式（借支持者之口）：把技术问题转给{supporter.Name}：“{supporter.Name}，您在现场看过，您怎么看？”", $"Relayed (through a supporter): pass a technical question to {supporter.Name}: \"{supporter.Name}, you have seen it in the field: what do you think?\"")
                : v.Pick("转问式：把问题转给在场的支持者或专家。", "Relayed: pass the question to a supporter or an expert in the room."),
        };
        var blocks = new List<Block>
        {
            new TextBlock(v.Pick("六种问法", "The six ways of asking"), Bold: true),
            new ListBlock(ways.Select(Escape).ToList()),
            new TextBlock(v.Pick("要问的 SPIN 问题（一次只问一个，一个焦点）", "SPIN questions to ask (one focus, one at a time)"), Bold: true),
        };
        var spin = QuestionForecast.Spin(Deal, AudienceAnalysis.Summarize(Room), v);
        blocks.Add(spin.Count > 0
            ? new TableBlock([v.Pick("类型", "Kind"), v.Pick("问题", "Question"), v.Pick("目的", "Purpose")],
                spin.Select(q => (IReadOnlyList<string>)[QaPreparation.SpinLabel(q.Kind, v), Escape(q.Text), Escape(q.Purpose)]).ToList())
            : DocumentHeader.None(v));
        return blocks;
    }

    private List<Block> RoomControl(ExchangeTimetable timetable)
    {
        var v = Words;
        var leader = Leader();
        var deputy = Room.Where(p => p != leader && (p.Level == OrgLevel.Executive || AudienceAnalysis.IsKey(p))).OrderByDescending(p => p.Stance == Stance.Supporter).ThenByDescending(p => p.Influence).FirstOrDefault();
        var opponent = Room.Where(p => p.Stance == Stance.Opponent).OrderByDescending(p => p.Influence).FirstOrDefault();
        var supporter = Room.Where(p => p.Stance == Stance.Supporter).OrderByDescending(p => p.Influence).FirstOrDefault();
        var blocks = new List<Block>();

        blocks.Add(new TextBlock(v.Pick($"领导提前离场{(leader is null ? "" : $"（{leader.Name}）")}", $"A leader leaves early{(leader is null ? "" : $" ({leader.Name})")}"), Bold: true));
        blocks.Add(new ListBlock(new List<string>
        {
            v.Pick("立即跳到结束语：一句话回顾，直接提出请求，请其表态。", "Go straight to the closing: a one-line recap, then the ask, and ask for their word."),
            TheAsk() is { Length: > 0 } g ? v.Pick($"请求要一句话说清：{Clause(g)}。", $"Say the ask in one sentence: {Lower(Clause(g))}.") : v.Pick("请求要一句话说清。", "Say the ask in one sentence."),
            deputy is not null
                ? v.Pick($"征得同意后与{deputy.Name}继续其余内容，并约定由谁向{leader?.Name ?? "领导"}转达。", $"With their leave, continue the rest with {deputy.Name} and agree who reports back to {leader?.Name ?? "the leader"}.")
                : v.Pick("征得同意后继续其余内容，并约定会后向领导书面汇报。", "With their leave, continue the rest and agree a written summary for the leader."),
        }.Select(Escape).ToList()));

        blocks.Add(new TextBlock(v.Pick("现场出现争论", "A dispute starts"), Bold: true));
        var dispute = new List<string>();
        if (opponent is not null && supporter is not null)
            dispute.Add(v.Pick($"最可能在{opponent.Name}与{supporter.Name}之间{(opponent.Concerns.FirstOrDefault() is { } c ? $"，围绕“{c}”" : "")}：不站队，中立地复述双方的观点。", $"Most likely between {opponent.Name} and {supporter.Name}{(opponent.Concerns.FirstOrDefault() is { } ec ? $", on {Lower(ec)}" : "")}: take no side, restate both points neutrally."));
        else
            dispute.Add(v.Pick("不站队，中立地复述双方的观点。", "Take no side; restate both points neutrally."));
        var goalHot = leader?.HotButtons.FirstOrDefault();
        dispute.Add(goalHot is not null
            ? v.Pick($"把讨论拉回共同目标“{goalHot}”。", $"Bring it back to the shared goal: {Lower(goalHot)}.")
            : v.Pick("把讨论拉回客户的共同目标。", "Bring it back to the customer's shared goal."));
        dispute.Add(v.Pick("提出会后带着事实和数据单独沟通，记入遗留问题，写明负责人和日期，然后继续议程。", "Offer to follow up after the meeting with facts and figures; log it as an open issue with an owner and a date, then move on."));
        blocks.Add(new ListBlock(dispute.Select(Escape).ToList()));

        var half = ExchangeFlow.For(Target is null ? null : Target with { DurationMinutes = Math.Max(4, timetable.SlotMinutes / 2) });
        blocks.Add(new TextBlock(v.Pick($"时间被压缩（例如只剩 {half.SlotMinutes} 分钟）", $"The time is cut (say to {half.SlotMinutes} minutes)"), Bold: true));
        var kept = half.Segments.Where(s => s.Part is ExchangePart.Opening or ExchangePart.Body or ExchangePart.Closing)
            .Select(s => v.Pick($"{ExchangeFlow.WithoutMinutes(s.Item) ?? PartLabel(s.Part)}：{s.Minutes} 分钟", $"{ExchangeFlow.WithoutMinutes(s.Item) ?? PartLabel(s.Part)}: {s.Minutes} min"));
        blocks.Add(new ListBlock(new List<string>
        {
            v.Pick($"保住结束语中的请求，其余按比例压缩：{v.List(kept)}。", $"Keep the closing's ask; shorten the rest in proportion: {v.List(kept)}."),
            v.Pick("跳过的内容说明会后以材料补充，不要加快语速硬讲。", "Say what you skip will follow as material; never rush to squeeze it in."),
        }.Select(Escape).ToList()));

        blocks.Add(new TextBlock(v.Pick("其他控场要点", "Other points of room control"), Bold: true));
        blocks.Add(new ListBlock(new List<string>
        {
            v.Pick("假设性问题：先核对前提是否成立再回答。", "Hypothetical questions: check the premise before answering."),
            v.Pick("二选一问题：两个选项都可能不合适，可以给出第三种回答。", "Either-or questions: neither option may fit; a third answer is allowed."),
            v.Pick("当场答不了的问题：如实说明，记下问题，约定答复人和日期。", "Questions you cannot answer now: say so, note the question, agree who answers and by when."),
            v.Pick("一人独占发言：感谢其意见，转向其他人：“也想听听其他领导的看法”。", "One person monopolising: thank them and turn to others: \"I'd like to hear the others' views too.\""),
            v.Pick("“你同意吗？”：先复述对方的观点，再说明我方的看法和依据。", "\"Do you agree?\": restate their view first, then give ours and its basis."),
            v.Pick("重复的问题：简短回答并指向前面的答复，不显出不耐烦。", "Repeated questions: answer briefly, point to the earlier answer, show no impatience."),
            v.Pick("离题的问题：肯定其重要性，约定会后再谈。", "Off-topic questions: acknowledge them and agree to take them after the meeting."),
            v.Pick("注意时间、听众的注意力、自己的紧张和外来打断。", "Watch the time, the audience's attention, your nerves and interruptions."),
        }.Select(Escape).ToList()));
        return blocks;
    }

    private List<Block> Delivery()
    {
        var v = Words;
        var leader = Leader();
        var technical = Room.Where(p => p.Knowledge >= 4 && p != leader).OrderByDescending(p => p.Influence).Select(p => p.Name).Take(2).ToList();
        var hot = Room.SelectMany(p => p.HotButtons).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();
        var figure = Deal.Cases.SelectMany(c => c.Metrics.Select(m => (c, m))).FirstOrDefault();
        var voice = new List<string>
        {
            v.Pick("清晰：吐字清楚，句子短，专有名词第一次出现时说全称。", "Clarity: short sentences, every term said in full the first time."),
            v.Pick("音高与语调：开场和请求时放慢、降调，显得笃定。", "Pitch and intonation: slow down and lower your voice for the opening and the ask, to sound sure."),
            hot.Count > 0 ? v.Pick($"重音：落在客户自己的词上——{v.List(hot.Select(h => $"“{h}”"))}。", $"Stress: on the customer's own words: {v.List(hot.Select(h => $"\"{h}\""))}.") : v.Pick("重音：落在客户自己的词上。", "Stress: on the customer's own words."),
            figure.m is { } m
                ? v.Pick($"停顿：说完关键数字（{m.Name}：{m.Before}→{m.After}）和请求之后停两秒。", $"Pauses: two seconds after a key figure ({Lower(m.Name)}: {m.Before} → {m.After}) and after the ask.")
                : v.Pick("停顿：说完关键数字和请求之后停两秒。", "Pauses: two seconds after a key figure and after the ask."),
        };
        var body = new List<string>
        {
            leader is not null
                ? v.Pick($"眼神：提出请求时看着{leader.Name}；{(technical.Count > 0 ? $"回答技术问题时看着{v.List(technical)}；" : "")}其余时间照顾全场。", $"Eyes: on {leader.Name} when you make the ask; {(technical.Count > 0 ? $"on {v.List(technical)} for technical answers; " : "")}the whole room the rest of the time.")
                : v.Pick("眼神：照顾全场，每句话落在一个人身上。", "Eyes: the whole room, each sentence to one person."),
            v.Pick("姿态：站直，面向听众，不背对听众读屏幕。", "Posture: stand straight, face the audience, never read the screen with your back to them."),
            v.Pick("手势：自然、开放，指向屏幕上的要点后收回。", "Gestures: natural and open; point at the point on the screen, then drop the hand."),
            v.Pick("表情：微笑、专注，听到质疑时保持平静。", "Face: a smile and attention; stay calm when challenged."),
            v.Pick("走动：少而有目的，讲案例时可以走近听众。", "Movement: little and with purpose; step closer for the case."),
        };
        return
        [
            new TextBlock(v.Pick("声音", "Voice"), Bold: true), new ListBlock(voice.Select(Escape).ToList()),
            new TextBlock(v.Pick("肢体语言", "Body language"), Bold: true), new ListBlock(body.Select(Escape).ToList()),
        ];
    }

    // The request in the exchange's goal, the same sentence the deck's ask slide makes.
    private string? TheAsk() => Decks.StrengthSlides.Ask(Target?.Goal);

    private static bool CaseWords(string item) => System.Text.RegularExpressions.Regex.IsMatch(item, "案例|样板|case|reference", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static string Clause(string text) => text.Trim().TrimEnd('。', '.', ';', '；', ',', '，');

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    // Deal text in a Markdown list item or cell: a "|" or "*" in it is text.
    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"([\\`*_\[\]|<>])", @"\$1");

    /// <summary>Term overlap for matching a point with evidence, common English words left out (they match everything).</summary>
    private static class Terms
    {
        private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase) { "with", "that", "this", "from", "have", "their", "every", "into", "they", "what", "will", "your" };

        public static int Overlap(string a, string b) => TextTerms.Overlap(a, b, Stop);
    }
}
