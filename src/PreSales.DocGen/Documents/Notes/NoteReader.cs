using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>
/// The line-by-line reader behind <see cref="MeetingNotes.Read"/>: each non-empty line is placed exactly once — in a
/// section, in the header, or as unplaced (with a warning) — so the minutes can show how every line was understood.
/// Matching is done on the folded line (<see cref="MeetingNotes.Fold"/>), text is taken from the line as typed.
/// </summary>
internal sealed partial class NoteReader(string markdown, Deal deal, DateOnly fallbackDate)
{
    private readonly Vocabulary v = Vocabulary.For(deal.Language);
    private readonly List<NoteLine> placed = [];
    private readonly List<NoteWarning> warnings = [];
    private readonly List<MinutesSection> sections = [];
    private readonly List<string> unrecognised = [];
    private readonly List<(int Line, string Text)> unplaced = [];
    private readonly List<(int Line, string Text)> table = [];

    private MinutesSection? current;
    private string? part;
    private int sectionLevel;
    private int listIndent = -1;

    // Whether any section was opened by a line that names it alone (a heading, a bold line, "客户关注："): notes with none
    // are typed without headings, and their free text is the meeting's content rather than lines outside every section.
    private bool headed;
    private int previousLine;
    private int questionLine;

    private string? title;
    private DateOnly? date;
    private string? place;
    private (string Text, int? Minutes)? time;

    private readonly List<string> agenda = [];
    private readonly List<CustomerAttendee> customer = [];
    private readonly List<OurAttendee> ours = [];
    private readonly List<string> strategy = [];
    private readonly List<string> content = [];
    private readonly List<string> interests = [];
    private readonly List<QuestionAndAnswer> questions = [];
    private readonly List<string> infoCustomer = [];
    private readonly List<string> infoCompetitors = [];
    private readonly List<string> infoOther = [];
    private readonly List<string> materials = [];
    private readonly List<string> worked = [];
    private readonly List<string> lessons = [];
    private readonly List<string> nextFocus = [];
    private readonly List<string> actionTexts = [];
    private readonly List<ActionItem> tableActions = [];

    public NotesReading Read()
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
            Line(i + 1, lines[i].TrimEnd());
        FlushTable();
        if (!headed && sections.Count > 0)
            FreeTextAsContent();
        if (sections.Count == 0)
            throw new DocumentInputException(
                v.Pick("笔记中没有可识别的章节；请用标题（#、##）、加粗行或“章节名：”一行写出以下章节之一：", "the notes have no line that names a section; start sections with headings (#, ##), bold lines or \"Section:\" lines such as:"),
                Enum.GetValues<MinutesSection>().Select(s => $"{MinutesSections.Title(s, Vocabulary.For(DealLanguage.ZhCN))} / {MinutesSections.Title(s, Vocabulary.For(DealLanguage.EnUS))}").ToList());
        if (date is null)
            warnings.Add(new NoteWarning(0, new Bilingual(
                $"笔记中没有会议日期，使用 {DocumentHeader.FormatDate(fallbackDate)}；请加一行“日期：yyyy-MM-dd”",
                $"the notes give no meeting date; {DocumentHeader.FormatDate(fallbackDate)} is used; add a line \"Date: yyyy-MM-dd\"")));
        foreach (var (line, text) in unplaced)
            warnings.Add(new NoteWarning(line, new Bilingual(
                $"第 {line} 行不属于任何章节，已放入“未归入章节的笔记”：{text}",
                $"line {line} belongs to no section and is kept under \"Notes not placed in a section\": {text}")));
        var when = date ?? fallbackDate;
        var exchange = new Exchange
        {
            Date = when,
            Kind = ExchangeKind.Formal,
            Status = ExchangeStatus.Held,
            Stage = deal.Stage,
            Title = string.IsNullOrWhiteSpace(title) ? v.Pick($"{DocumentHeader.FormatDate(when)} 交流", $"Exchange of {DocumentHeader.FormatDate(when)}") : title,
            Place = place,
            Time = time?.Text,
            DurationMinutes = time?.Minutes,
            Agenda = agenda,
            CustomerAttendees = customer,
            OurAttendees = ours,
            Strategy = strategy.Count > 0 ? string.Join("\n", strategy).Trim() : null,
            Content = content.Count > 0 ? string.Join("\n", content).Trim() : null,
            CustomerInterests = interests,
            Questions = questions,
            Information = new InformationGained { Customer = infoCustomer, Competitors = infoCompetitors, Other = infoOther },
            Materials = materials,
            WhatWorked = worked,
            Lessons = lessons,
            NextFocus = nextFocus,
            ActionItems = [.. tableActions, .. actionTexts.Select(t => NoteActions.Parse(t, when, v, Names()))],
            UnplacedNotes = unplaced.Count > 0 ? unplaced.Select(u => u.Text).ToList() : null,
        };
        var inNoteOrder = sections.OrderBy(s => placed.Where(p => p.Section == NoteLines.Slug(s)).Select(p => p.Number).DefaultIfEmpty(int.MaxValue).Min()).ToList();
        return new NotesReading(exchange, inNoteOrder, unrecognised, placed.OrderBy(p => p.Number).ToList(), warnings.OrderBy(w => w.Line).ToList());
    }

    // Everyone the notes may name as an owner: stakeholders, our people of earlier exchanges, and this meeting's attendees.
    private List<string> Names() =>
    [
        .. deal.Stakeholders.Select(s => s.Name), .. deal.Exchanges.SelectMany(e => e.OurAttendees).Select(o => o.Name),
        .. ours.Select(o => o.Name), .. customer.Select(c => c.Name).OfType<string>(),
    ];

    private void Place(int line, string text, string how) =>
        placed.Add(new NoteLine(line, text, current is { } s ? NoteLines.Slug(s) : NoteLines.Unplaced, how));

    // Notes typed without a single heading: their lines of free text are what was said, so they make the main content,
    // in order, and one warning names them so the writer can move them.
    private void FreeTextAsContent()
    {
        var free = placed.Where(p => p.Section == NoteLines.Unplaced && p.As == "text").ToList();
        if (free.Count == 0)
            return;
        var slug = NoteLines.Slug(MinutesSection.StrategyAndContent);
        foreach (var line in free)
        {
            placed[placed.IndexOf(line)] = line with { Section = slug };
            var at = unplaced.FindIndex(u => u.Line == line.Number);
            content.Add(unplaced[at].Text);
            unplaced.RemoveAt(at);
        }
        if (!sections.Contains(MinutesSection.StrategyAndContent))
            sections.Add(MinutesSection.StrategyAndContent);
        var numbers = free.Select(f => f.Number).ToList();
        warnings.Add(new NoteWarning(numbers[0], new Bilingual(
            $"笔记没有章节标题：第 {string.Join("、", numbers)} 行放入“{MinutesSections.Title(MinutesSection.StrategyAndContent, Vocabulary.For(DealLanguage.ZhCN))}”的主要内容；要放入其他章节，请在其前加一行章节名，如“客户关注：”",
            $"the notes have no section headings: line{(numbers.Count == 1 ? "" : "s")} {string.Join(", ", numbers)} {(numbers.Count == 1 ? "is" : "are")} kept as the main content in \"{MinutesSections.Title(MinutesSection.StrategyAndContent, Vocabulary.For(DealLanguage.EnUS))}\"; to put them in another section, add a line naming it before them, such as \"Customer interests:\"")));
    }

    private void PlaceHeader(int line, string text, string how) => placed.Add(new NoteLine(line, text, NoteLines.Header, how));

    private void Unplace(int line, string text, string how)
    {
        placed.Add(new NoteLine(line, text, NoteLines.Unplaced, how));
        unplaced.Add((line, text.Trim()));
    }

    private void Start(MinutesSection section, int line, string text, string heading, int level, bool place = true)
    {
        headed |= place;
        current = section;
        part = heading;
        sectionLevel = level;
        listIndent = -1;
        if (!sections.Contains(section))
            sections.Add(section);
        if (place)
            Place(line, text, "heading");
    }

    private void Line(int number, string raw)
    {
        var trimmed = raw.Trim();
        var folded = MeetingNotes.Fold(trimmed);
        if (trimmed.Length == 0)
        {
            FlushTable();
            return;
        }
        if (folded.StartsWith('|') || table.Count > 0 && folded.Contains('|', StringComparison.Ordinal))
        {
            table.Add((number, trimmed));
            return;
        }
        FlushTable();
        var previous = previousLine;
        previousLine = number;

        if (HeadingPattern().Match(folded) is { Success: true } h)
        {
            var text = trimmed.Substring(h.Groups[2].Index, h.Groups[2].Length).Trim();
            Heading(number, trimmed, text, h.Groups[1].Length);
            return;
        }
        if (BoldLine().Match(folded) is { Success: true } b)
        {
            var text = trimmed.Substring(b.Groups[1].Index, b.Groups[1].Length).Trim();
            if (NoteHeadings.Recognise(text) is { } s)
                Start(s, number, trimmed, text, sectionLevel == 0 ? 6 : sectionLevel);
            else if (current is null && title is null)
            {
                title = text;
                PlaceHeader(number, trimmed, "title");
            }
            else if (current is null)
                Unplace(number, trimmed, "part");
            else
            {
                part = text;
                Place(number, trimmed, "part");
            }
            return;
        }
        var list = ListItem().Match(MeetingNotes.Fold(raw));
        var isItem = list.Success;
        var body = isItem ? raw[(list.Groups[2].Index + list.Groups[2].Length)..].Trim() : trimmed;
        var nested = false;
        if (isItem)
        {
            var indent = list.Groups[1].Value.Replace("\t", "    ", StringComparison.Ordinal).Length;
            if (listIndent < 0 || indent <= listIndent)
                listIndent = indent;
            nested = indent > listIndent;
        }
        else
        {
            listIndent = raw.Length - raw.TrimStart().Length > 1 ? listIndent : -1;
        }

        // A label line: "问答：", "下一步:", "Q&A", "参会：王处长、李工", "日期：2026-11-24 14:00-16:30", "客户：…".
        var (label, value) = MeetingNotes.Label(body);
        // An indented line under a question is its answer, even when the question was no list item.
        var under = nested || isItem && raw.Length > raw.TrimStart().Length;
        if (current != MinutesSection.QuestionsAndAnswers && AsideQuestion(number, trimmed, body, under, previous, label, value))
            return;
        if (label is not null && !nested && value.Length > 0 && current != MinutesSection.AgendaAndAttendees
            && (NoteHeadings.Recognise(label, exact: true) == MinutesSection.AgendaAndAttendees || current is null && PeopleLabel(label) is not null))
        {
            Aside(MinutesSection.AgendaAndAttendees, () => Entry(number, trimmed, body, false, null, replace: true));
            return;
        }
        if (!isItem && label is null && body.Length <= 30 && NoteHeadings.Recognise(body, exact: true) is { } plain)
        {
            Start(plain, number, trimmed, body, sectionLevel == 0 ? 6 : sectionLevel);
            return;
        }
        if (label is not null && !nested)
        {
            if ((current is null || current == MinutesSection.AgendaAndAttendees) && HeaderLabel(number, trimmed, label, value))
                return;
            var named = NoteHeadings.Recognise(label, exact: true);
            if (named is { } s && (value.Length == 0 || s != current) && !(value.Length > 0 && s == MinutesSection.QuestionsAndAnswers && current is MinutesSection.QuestionsAndAnswers or MinutesSection.OpenIssues))
            {
                Start(s, number, trimmed, label, sectionLevel == 0 ? 6 : sectionLevel, place: value.Length == 0);
                if (value.Length > 0)
                    Entry(number, trimmed, value, false, label, replace: true);
                return;
            }
            if (current is null && PeopleLabel(label) is not null)
            {
                current = MinutesSection.AgendaAndAttendees;
                if (!sections.Contains(MinutesSection.AgendaAndAttendees))
                    sections.Add(MinutesSection.AgendaAndAttendees);
            }
            if (current is not null && value.Length == 0 && label.Length <= 24)
            {
                part = label;
                Place(number, trimmed, "part");
                return;
            }
        }
        if (current is null && title is null && placed.Count == 0 && !isItem)
        {
            // The first line of the notes, before anything else: the meeting's title ("技术交流（三）：割接方案评审").
            title = body;
            date ??= MeetingNotes.FindDate(body);
            PlaceHeader(number, trimmed, "title");
            return;
        }
        if (current is null)
        {
            // Before the first section: a date or time typed on its own still counts, the rest is unplaced.
            if (date is null && MeetingNotes.FindDate(body) is { } d)
            {
                date = d;
                time ??= MeetingNotes.FindTimeRange(body);
                PlaceHeader(number, trimmed, "date");
                return;
            }
            Unplace(number, trimmed, "text");
            return;
        }
        Entry(number, trimmed, body, nested, part, replace: false, isItem: isItem, raw: raw);
    }

    // A line that says what it is wherever it stands — "参会：…", "问（王建国）：…？", a following "答：…" — is taken into its
    // own section, and the notes go on in the section they were in: one such line does not open a section for the lines after it.
    private void Aside(MinutesSection section, Action entry)
    {
        var (was, wasPart, wasLevel, wasIndent) = (current, part, sectionLevel, listIndent);
        current = section;
        part = null;
        if (!sections.Contains(section))
            sections.Add(section);
        entry();
        (current, part, sectionLevel, listIndent) = (was, wasPart, wasLevel, wasIndent);
    }

    private bool AsideQuestion(int number, string line, string body, bool nested, int previous, string? label, string value)
    {
        var answer = questionLine > 0 && questionLine == previous && (nested || NoteQuestions.IsAnswer(body));
        // "问题：…" is a question only outside every section: under open issues it is an issue.
        var question = !nested && (NoteQuestions.IsAsked(body) || current is null && label is not null && value.Length > 0 && NoteHeadings.Recognise(label, exact: true) == MinutesSection.QuestionsAndAnswers);
        if (!answer && !question)
            return false;
        questionLine = number;
        Aside(MinutesSection.QuestionsAndAnswers, () => Place(number, line, NoteQuestions.Add(questions, body, nested && answer, deal)));
        return true;
    }

    private bool HeaderLabel(int number, string line, string label, string value)
    {
        if (value.Length == 0)
            return false;
        if (label is "日期" or "时间" or "会议时间" or "日期时间" or "date" or "when" or "time" or "date and time")
        {
            var found = MeetingNotes.FindDate(value);
            date ??= found;
            time ??= MeetingNotes.FindTimeRange(value);
            if (found is null && time is null)
                return false;
            PlaceHeader(number, line, "date");
            return true;
        }
        if (label is "地点" or "会议地点" or "place" or "where" or "location" or "venue" or "room")
        {
            place ??= value;
            PlaceHeader(number, line, "place");
            return true;
        }
        if (label is "主题" or "标题" or "会议主题" or "title" or "subject" or "topic" && current is null)
        {
            title ??= value;
            PlaceHeader(number, line, "title");
            return true;
        }
        return false;
    }

    private void Heading(int number, string line, string text, int level)
    {
        var section = NoteHeadings.Recognise(text);
        if (section is { } s && (sectionLevel == 0 || level <= sectionLevel || current is null))
        {
            Start(s, number, line, text, level);
            return;
        }
        if (current is null)
        {
            if (title is null)
            {
                title = text;
                date ??= MeetingNotes.FindDate(text);
                PlaceHeader(number, line, "title");
            }
            else
                Unplace(number, line, "heading");
            return;
        }
        part = text;
        Place(number, line, "part");
        if (section is null && level <= sectionLevel)
        {
            unrecognised.Add(text);
            warnings.Add(new NoteWarning(number, new Bilingual(
                $"第 {number} 行：标题“{text}”不是九个章节之一，其内容归入上一章节“{MinutesSections.Title(current.Value, Vocabulary.For(DealLanguage.ZhCN))}”；可用的章节：{string.Join("、", NoteHeadings.Expected(Vocabulary.For(DealLanguage.ZhCN)))}",
                $"line {number}: the heading \"{text}\" names none of the nine sections; its lines stay in \"{MinutesSections.Title(current.Value, Vocabulary.For(DealLanguage.EnUS))}\"; the sections are: {string.Join(", ", NoteHeadings.Expected(Vocabulary.For(DealLanguage.EnUS)))}")));
        }
    }

    // ---- entries ------------------------------------------------------------------------------------------------

    private void Entry(int number, string line, string text, bool nested, string? entryPart, bool replace, bool isItem = false, string? raw = null)
    {
        var how = "item";
        switch (current)
        {
            case MinutesSection.AgendaAndAttendees:
                how = Attendees(text, entryPart);
                break;
            case MinutesSection.StrategyAndContent:
                var markdownLine = replace ? text : (raw ?? text);
                (IsPart(entryPart, "策略", "strategy") ? strategy : content).Add(nested || isItem ? markdownLine.TrimEnd() : markdownLine.Trim());
                how = "text";
                break;
            case MinutesSection.CustomerInterests:
                interests.Add(text);
                break;
            case MinutesSection.QuestionsAndAnswers:
                how = NoteQuestions.Add(questions, text, nested, deal);
                break;
            case MinutesSection.InformationGained:
                if (IsPart(entryPart, "竞争", "对手", "友商", "competitor", "rival") || deal.Competitors.Any(c => c.Name.Length > 0 && text.StartsWith(c.Name, StringComparison.OrdinalIgnoreCase) && entryPart is null))
                    infoCompetitors.Add(text);
                else if (IsPart(entryPart, "其他", "其它", "other"))
                    infoOther.Add(text);
                else
                    infoCustomer.Add(text);
                break;
            case MinutesSection.Materials:
                materials.Add(text);
                break;
            case MinutesSection.Lessons:
                (IsPart(entryPart, "做得好", "成功", "亮点", "优点", "得", "worked", "went well", "good") && !IsPart(entryPart, "不足", "教训", "lesson") ? worked : lessons).Add(text);
                break;
            case MinutesSection.NextExchange:
                nextFocus.Add(text);
                break;
            case MinutesSection.OpenIssues:
                actionTexts.Add(text);
                how = "action";
                break;
        }
        Place(number, line, how);
    }

    private static bool IsPart(string? part, params string[] keys) =>
        part is not null && keys.Any(k => MeetingNotes.Fold(part).Contains(k, StringComparison.OrdinalIgnoreCase));

    private static bool? PeopleLabel(string label)
    {
        var l = label.ToLowerInvariant();
        if (new[] { "我方", "我们", "本方", "our", "us", "vendor", "our side", "我方人员", "我方参会" }.Any(k => l.StartsWith(k, StringComparison.Ordinal)))
            return true;
        if (new[] { "客户", "甲方", "customer", "client", "参会", "与会", "出席", "attendee", "participant" }.Any(k => l.StartsWith(k, StringComparison.Ordinal)))
            return false;
        return null;
    }

    private string Attendees(string text, string? entryPart)
    {
        var (label, value) = MeetingNotes.Label(text);
        var who = entryPart;
        if (label is not null && PeopleLabel(label) is not null)
        {
            who = label;
            text = value;
        }
        var side = who is null ? null : PeopleLabel(who.ToLowerInvariant());
        if (side is null && (who is null || IsPart(who, "议程", "agenda") || !IsPart(who, "参会", "人员", "attendee", "participant")))
        {
            agenda.Add(text);
            return "agenda";
        }
        var known = deal.Exchanges.SelectMany(e => e.OurAttendees).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var anyOurs = false;
        foreach (var (name, remark) in NotePeople.Split(text))
        {
            var isOurs = side == true || side is null && (known.Contains(name) || remark is { } r && (r.Contains("我方", StringComparison.Ordinal) || r.Contains(deal.OurCompany, StringComparison.Ordinal)));
            if (isOurs)
            {
                ours.Add(new OurAttendee { Name = name, Role = remark });
                anyOurs = true;
            }
            else
            {
                var stakeholder = deal.Stakeholders.FirstOrDefault(s => s.Name == name || s.Id == name);
                customer.Add(stakeholder is not null ? new CustomerAttendee { StakeholderId = stakeholder.Id } : new CustomerAttendee { Name = name, Title = remark });
            }
        }
        return anyOurs ? "ourAttendee" : "attendee";
    }

    // ---- tables -------------------------------------------------------------------------------------------------

    private void FlushTable()
    {
        if (table.Count == 0)
            return;
        var rows = table.Select(t => (t.Line, t.Text, Cells: Cells(t.Text))).ToList();
        table.Clear();
        PlaceTable(rows);
    }

    private void PlaceTable(List<(int Line, string Text, List<string> Cells)> rows)
    {
        var header = rows[0];
        var body = rows.Skip(1).Where(r => !r.Cells.All(c => SeparatorCell().IsMatch(c))).ToList();
        var names = header.Cells.Select(c => MeetingNotes.Fold(c).ToLowerInvariant()).ToList();
        var used = new HashSet<int>();
        string? Cell(IReadOnlyList<string> cells, params string[] keys)
        {
            var i = names.FindIndex(n => keys.Any(k => n.Contains(k, StringComparison.Ordinal)));
            if (i >= 0)
                used.Add(i);
            return i >= 0 && i < cells.Count && cells[i].Trim().Length > 0 ? cells[i].Trim() : null;
        }
        // Cells of a row no column name claimed: kept with the row's main text, never dropped.
        string Rest(IReadOnlyList<string> cells)
        {
            var rest = cells.Select((c, i) => (c: c.Trim(), i)).Where(x => !used.Contains(x.i) && x.c.Length > 0)
                .Select(x => x.i < names.Count && header.Cells[x.i].Trim().Length > 0 ? $"{header.Cells[x.i].Trim()}{v.Colon}{x.c}" : x.c).ToList();
            used.Clear();
            return rest.Count == 0 ? "" : v.Pick($"（{string.Join("；", rest)}）", $" ({string.Join("; ", rest)})");
        }
        var sepLines = rows.Skip(1).Where(r => r.Cells.All(c => SeparatorCell().IsMatch(c))).ToList();
        var has = (string[] keys) => names.Any(n => keys.Any(k => n.Contains(k, StringComparison.Ordinal)));
        if (current is null)
        {
            // Outside every section a table still says what it holds by its columns: who does what by when, questions with
            // their answers, or who came.
            MinutesSection? holds =
                has(OwnerColumns) && has(ItemColumns) ? MinutesSection.OpenIssues
                : has(QuestionColumns) && has(AnswerColumns) ? MinutesSection.QuestionsAndAnswers
                : has(NameColumns) ? MinutesSection.AgendaAndAttendees
                : null;
            if (holds is { } section)
            {
                Aside(section, () => PlaceTable(rows));
                return;
            }
            foreach (var r in rows)
                Unplace(r.Line, r.Text, "tableRow");
            return;
        }
        Place(header.Line, header.Text, "tableHeader");
        foreach (var r in sepLines)
            Place(r.Line, r.Text, "tableRow");
        foreach (var r in body)
        {
            var cells = r.Cells;
            var how = "tableRow";
            if (current == MinutesSection.QuestionsAndAnswers && has(QuestionColumns))
            {
                var q = Cell(cells, "问题", "question") ?? "";
                var kind = NoteQuestions.KindOf(Cell(cells, "类型", "类别", "kind", "type") ?? "");
                var asker = NoteQuestions.Asker(Cell(cells, "提问人", "提问者", "asked", "who", "by"), deal);
                var answer = Cell(cells, AnswerColumns);
                var rest = Rest(cells);
                if (q.Length > 0 || rest.Length > 0)
                    questions.Add(new QuestionAndAnswer { Question = q + rest, Kind = kind ?? QuestionKind.Information, AskedBy = asker, Answer = answer });
                how = "question";
            }
            else if (current == MinutesSection.OpenIssues && has(ItemColumns))
            {
                var item = Cell(cells, ItemColumns) ?? "";
                var meeting = date ?? fallbackDate;
                var owner = Cell(cells, OwnerColumns) ?? v.Pick("待定", "TBD");
                var dueText = Cell(cells, "日期", "完成", "截止", "期限", "时间", "due", "date", "when", "deadline") ?? "";
                var status = NoteActions.StatusWord(Cell(cells, "状态", "status") ?? "");
                var due = MeetingNotes.FindDate(dueText, meeting);
                var rest = Rest(cells) + (dueText.Length > 0 && due is null ? v.Pick($"（{dueText}）", $" ({dueText})") : "")
                    + (status is null && Cell(cells, "状态", "status") is { } statusText ? v.Pick($"（{statusText}）", $" ({statusText})") : "");
                used.Clear();
                if (item.Length > 0 || rest.Length > 0)
                    tableActions.Add(new ActionItem { Item = item + rest, Owner = owner, Due = due, Status = status ?? ActionStatus.Open });
                how = "action";
            }
            else if (current == MinutesSection.AgendaAndAttendees && has(NameColumns))
            {
                var name = Cell(cells, NameColumns) ?? "";
                var role = Cell(cells, "职务", "职位", "角色", "title", "role", "position");
                var sideText = Cell(cells, "单位", "部门", "方", "side", "company", "organisation", "organization") ?? "";
                var isOurs = sideText.Contains("我方", StringComparison.Ordinal) || sideText.Contains(deal.OurCompany, StringComparison.OrdinalIgnoreCase)
                    || sideText.Equals("us", StringComparison.OrdinalIgnoreCase) || sideText.StartsWith("our", StringComparison.OrdinalIgnoreCase);
                var rest = Rest(cells).Trim().Trim('（', '）', '(', ')');
                var remark = string.Join(v.Pick("，", ", "), new[] { role, rest }.Where(x => !string.IsNullOrEmpty(x)));
                if (name.Length > 0)
                    how = Attendees(name + (remark.Length == 0 ? "" : v.Pick($"（{remark}）", $" ({remark})")), isOurs ? v.Pick("我方", "our side") : v.Pick("客户", "customer"));
                else if (remark.Length > 0)
                    how = Attendees(remark, part);
            }
            else if (current == MinutesSection.StrategyAndContent)
            {
                (IsPart(part, "策略", "strategy") ? strategy : content).Add(r.Text);
                how = "tableRow";
            }
            else
            {
                // A table in a list section: each row is one entry, its cells joined.
                var text = string.Join(v.Pick("；", "; "), cells.Select(c => c.Trim()).Where(c => c.Length > 0));
                if (text.Length > 0)
                {
                    Entry(r.Line, r.Text, text, false, part, replace: true);
                    continue;
                }
            }
            Place(r.Line, r.Text, how);
        }
        if (current == MinutesSection.StrategyAndContent)
        {
            // The header and separator rows belong to the Markdown table too, before its body.
            var target = IsPart(part, "策略", "strategy") ? strategy : content;
            var at = target.Count - body.Count;
            target.InsertRange(Math.Max(0, at), [header.Text, .. sepLines.Select(s => s.Text).DefaultIfEmpty("|" + string.Concat(Enumerable.Repeat("---|", header.Cells.Count)))]);
        }
    }

    // Column names that say what a table holds (matched within the folded, lower-case header).
    private static readonly string[] ItemColumns = ["事项", "问题", "任务", "item", "issue", "action", "task"];
    private static readonly string[] OwnerColumns = ["负责", "owner", "who"];
    private static readonly string[] QuestionColumns = ["问题", "提问", "question"];
    private static readonly string[] AnswerColumns = ["答复", "回答", "答案", "answer"];
    private static readonly string[] NameColumns = ["姓名", "name", "参会人", "人员"];

    private static List<string> Cells(string line)
    {
        var folded = MeetingNotes.Fold(line).Trim();
        var start = folded.StartsWith('|') ? 1 : 0;
        var end = folded.EndsWith('|') && folded.Length > 1 ? folded.Length - 1 : folded.Length;
        var cells = new List<string>();
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || folded[i] == '|' && (i == 0 || folded[i - 1] != '\\'))
            {
                cells.Add(line.Trim().Substring(from, i - from).Trim());
                from = i + 1;
            }
        }
        return cells;
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^(\s*)([-*+•·]\s+|\d{1,2}[.)]\s+|\d{1,2}、\s*|\(\d{1,2}\)\s*)(?=\S)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^:?-{2,}:?$")]
    private static partial Regex SeparatorCell();
}
