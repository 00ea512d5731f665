using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Notes;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>Notes typed the way people type them right after a meeting; each test says where every line landed.</summary>
public class NotesAsTypedTests
{
    private static readonly DateOnly Fallback = new(2026, 1, 1);

    private static Deal Sample() => TestDeals.Sample("telecom-pilot.zh-CN.json");

    private static void Landed(NotesReading reading, params (int Line, string Section, string As)[] expected)
    {
        foreach (var (line, section, how) in expected)
        {
            var found = reading.Lines.SingleOrDefault(l => l.Number == line);
            Assert.True(found is not null, $"line {line} is not placed");
            Assert.True((section, how) == (found!.Section, found.As), $"line {line} \"{found.Text}\": expected {section}/{how}, got {found.Section}/{found.As}");
        }
    }

    // A Chinese input method's defaults: full-width ：（），、；？ everywhere; label lines and bold lines as sections.
    private const string FullWidth = """
        技术交流（三）：割接方案评审
        随手记：B公司的人也在楼下
        日期：2026年11月24日（周二）14:00～16:30
        地点：瀚通江州分公司三楼会议室
        参会：赵敏、吴磊（M工程部）、小陈（信息部新来的，负责文档）
        我方：林晓峰（售前）、陈立（产品专家）

        **交流内容**
        讲解了分批割接方案和一键回退演示。

        客户关注：
        - 割接窗口能否放在夜间
        - 回退要多久

        客户提的问题：
        1. 【陷阱类】问（吴磊）：你们和B公司比，优势在哪里？
           - 答：不评价友商，从割接风险和回退时间讲。
        2. 赵敏：县级站点没有IT人员怎么办？
        答：零接触开通，通电即上线。

        获取的信息：
        - 预算已经批复
        竞争对手：
        - Company B 报价比我们低 15%

        下一步：
        - [ ] 提交割接方案细化版 @林晓峰 2026-11-25
        - 安排夜间割接演练，负责人：陈立，下周五
        - 补充案例材料 — 张磊 — 12/8
        - 确认预算口径 @张磊 月底前
        - 整理纪要 @小陈 本周内
        """;

    [Fact]
    public void Full_width_notes_with_label_and_bold_sections_land_line_by_line()
    {
        var reading = MeetingNotes.Read(FullWidth, Sample(), Fallback);
        var e = reading.Exchange;
        Landed(reading,
            (1, NoteLines.Header, "title"), // the first line, before anything else, is the meeting's title
            (3, NoteLines.Header, "date"), (4, NoteLines.Header, "place"),
            (5, "agendaAndAttendees", "attendee"), (6, "agendaAndAttendees", "ourAttendee"),
            (8, "strategyAndContent", "heading"), (9, "strategyAndContent", "text"),
            (11, "customerInterests", "heading"), (12, "customerInterests", "item"), (13, "customerInterests", "item"),
            (15, "questionsAndAnswers", "heading"), (16, "questionsAndAnswers", "question"), (17, "questionsAndAnswers", "answer"),
            (18, "questionsAndAnswers", "question"), (19, "questionsAndAnswers", "answer"),
            (21, "informationGained", "heading"), (22, "informationGained", "item"), (23, "informationGained", "part"), (24, "informationGained", "item"),
            (26, "openIssues", "heading"), (27, "openIssues", "action"), (31, "openIssues", "action"),
            (2, NoteLines.Unplaced, "text"));
        Assert.Equal(new DateOnly(2026, 11, 24), e.Date);
        Assert.Equal("14:00–16:30", e.Time);
        Assert.Equal(150, e.DurationMinutes);
        Assert.Equal("瀚通江州分公司三楼会议室", e.Place);
        // "小陈（信息部新来的，负责文档）" is one person with a remark; known stakeholders become ids.
        Assert.Equal(3, e.CustomerAttendees.Count);
        Assert.Equal(["zhao-min", "wu-lei"], e.CustomerAttendees.Take(2).Select(a => a.StakeholderId));
        Assert.Equal(("小陈", "信息部新来的，负责文档"), (e.CustomerAttendees[2].Name, e.CustomerAttendees[2].Title));
        Assert.Equal([("林晓峰", "售前"), ("陈立", "产品专家")], e.OurAttendees.Select(o => (o.Name, o.Role!)));
        Assert.Equal(["割接窗口能否放在夜间", "回退要多久"], e.CustomerInterests);
        Assert.Equal(2, e.Questions.Count);
        Assert.Equal((QuestionKind.Trap, "wu-lei", "你们和B公司比，优势在哪里？"), (e.Questions[0].Kind, e.Questions[0].AskedBy, e.Questions[0].Question));
        Assert.Equal("不评价友商，从割接风险和回退时间讲。", e.Questions[0].Answer);
        Assert.Equal(("zhao-min", "县级站点没有IT人员怎么办？", "零接触开通，通电即上线。"), (e.Questions[1].AskedBy, e.Questions[1].Question, e.Questions[1].Answer));
        Assert.Equal(["预算已经批复"], e.Information.Customer);
        Assert.Equal(["Company B 报价比我们低 15%"], e.Information.Competitors);
        var actions = e.ActionItems;
        Assert.Equal(5, actions.Count);
        Assert.Equal(("提交割接方案细化版", "林晓峰", new DateOnly(2026, 11, 25)), (actions[0].Item, actions[0].Owner, actions[0].Due!.Value));
        Assert.Equal(("安排夜间割接演练", "陈立", new DateOnly(2026, 12, 4)), (actions[1].Item, actions[1].Owner, actions[1].Due!.Value)); // 下周五 from Tue 24 Nov
        Assert.Equal(("补充案例材料", "张磊", new DateOnly(2026, 12, 8)), (actions[2].Item, actions[2].Owner, actions[2].Due!.Value));
        Assert.Equal(("确认预算口径", "张磊", new DateOnly(2026, 11, 30)), (actions[3].Item, actions[3].Owner, actions[3].Due!.Value));
        Assert.Equal(("整理纪要", "小陈", new DateOnly(2026, 11, 27)), (actions[4].Item, actions[4].Owner, actions[4].Due!.Value));
        // What fits nowhere is kept and named with its line number.
        Assert.Equal("技术交流（三）：割接方案评审", e.Title);
        Assert.Equal(["随手记：B公司的人也在楼下"], e.UnplacedNotes);
        Assert.Contains(reading.Warnings, w => w.Line == 2 && w.Message.Chinese.Contains("第 2 行"));
    }

    [Fact]
    public void Plain_section_lines_tables_inside_sections_and_unknown_headings_keep_every_line()
    {
        const string notes = """
            # Workshop on operations
            Date: 2026-11-24, 9:30-11:00
            Place: Room 301

            Attendees
            | Name | Title | Side |
            |---|---|---|
            | Zhao Min | Director | customer |
            | Lin Xiaofeng | Pre-sales | our side |

            Discussion
            We walked through the cutover plan.
            | Step | Owner |
            |---|---|
            | Batch 1 | Huang Tao |

            Q&A
            - Trap: Q (Wu Lei): Why not B's cheaper offer?
              - A: total cost of ownership, with the Linchuan figures.
            | Question | Asked by | Answer |
            |---|---|---|
            | Can the rollback run at night? | Zhao Min | Yes, in 5 minutes |
            - [capability] How many sites per night?

            concerns:
            - night cutover window

            ## Random heading
            kept in the section before

            Next steps
            - Send the refined plan @Lin Xiaofeng 11/25
            - Book the night rehearsal, owner: Huang Tao, next Friday
            """;
        var reading = MeetingNotes.Read(notes, TestDeals.Sample("telecom-pilot.en-US.json"), Fallback);
        var e = reading.Exchange;
        Landed(reading,
            (1, NoteLines.Header, "title"), (2, NoteLines.Header, "date"), (3, NoteLines.Header, "place"),
            (5, "agendaAndAttendees", "heading"), (6, "agendaAndAttendees", "tableHeader"), (8, "agendaAndAttendees", "attendee"), (9, "agendaAndAttendees", "ourAttendee"),
            (11, "strategyAndContent", "heading"), (12, "strategyAndContent", "text"), (13, "strategyAndContent", "tableHeader"), (15, "strategyAndContent", "tableRow"),
            (17, "questionsAndAnswers", "heading"), (18, "questionsAndAnswers", "question"), (19, "questionsAndAnswers", "answer"),
            (22, "questionsAndAnswers", "question"), (23, "questionsAndAnswers", "question"),
            (25, "customerInterests", "heading"), (26, "customerInterests", "item"),
            (28, "customerInterests", "part"), (29, "customerInterests", "item"),
            (31, "openIssues", "heading"), (32, "openIssues", "action"), (33, "openIssues", "action"));
        Assert.Equal("09:30–11:00", e.Time);
        Assert.Equal(90, e.DurationMinutes);
        Assert.Equal("zhao-min", e.CustomerAttendees.Single().StakeholderId);
        Assert.Equal(("Lin Xiaofeng", "Pre-sales"), (e.OurAttendees.Single().Name, e.OurAttendees.Single().Role));
        Assert.Contains("| Batch 1 | Huang Tao |", e.Content);
        Assert.Equal(3, e.Questions.Count);
        Assert.Equal((QuestionKind.Trap, "wu-lei", "Why not B's cheaper offer?"), (e.Questions[0].Kind, e.Questions[0].AskedBy, e.Questions[0].Question));
        Assert.Equal("total cost of ownership, with the Linchuan figures.", e.Questions[0].Answer);
        Assert.Equal(("Can the rollback run at night?", "zhao-min", "Yes, in 5 minutes"), (e.Questions[1].Question, e.Questions[1].AskedBy, e.Questions[1].Answer));
        Assert.Equal((QuestionKind.Capability, "How many sites per night?"), (e.Questions[2].Kind, e.Questions[2].Question));
        Assert.Equal(["night cutover window", "kept in the section before"], e.CustomerInterests);
        Assert.Equal(["Random heading"], reading.Unrecognised);
        var warning = Assert.Single(reading.Warnings, w => w.Line == 28);
        Assert.Contains("Open issues", warning.Message.English); // the hint lists the sections it could be
        Assert.Equal(("Send the refined plan", "Lin Xiaofeng", new DateOnly(2026, 11, 25)), (e.ActionItems[0].Item, e.ActionItems[0].Owner, e.ActionItems[0].Due!.Value));
        Assert.Equal(("Book the night rehearsal", "Huang Tao", new DateOnly(2026, 12, 4)), (e.ActionItems[1].Item, e.ActionItems[1].Owner, e.ActionItems[1].Due!.Value));
        Assert.Null(e.UnplacedNotes);
    }

    // Typed straight through, with no heading at all: label lines, questions and a table still say what they are, and the
    // free text between them is what was said.
    private const string Headless = """
        市公司运维交流
        日期：2026-12-10 14:00-15:30
        参会：李振华（分公司总经理）、王建国，赵敏
        我方：林晓峰（售前）
        今天主要讲了割接方案，客户比较关心回退时间。
        李总说预算已经批了，但要年底前上线。
        问（王建国）：县级站点没有IT人员怎么办？答：零接触开通，通电即上线。
        问：回退要多久？
        答：5 分钟以内。
        | 事项 | 负责人 | 时间 |
        |---|---|---|
        | 提交割接方案细化版 | 林晓峰 | 12月15日 |
        | 安排夜间演练 | 陈立 | 下周五 |
        下次重点：请李总看一次现场演示！
        """;

    [Fact]
    public void Notes_without_headings_place_people_questions_and_tables_by_what_each_line_says()
    {
        var reading = MeetingNotes.Read(Headless, Sample(), Fallback);
        var e = reading.Exchange;
        Landed(reading,
            (1, NoteLines.Header, "title"), (2, NoteLines.Header, "date"),
            (3, "agendaAndAttendees", "attendee"), (4, "agendaAndAttendees", "ourAttendee"),
            (5, "strategyAndContent", "text"), (6, "strategyAndContent", "text"),
            (7, "questionsAndAnswers", "question"), (8, "questionsAndAnswers", "question"), (9, "questionsAndAnswers", "answer"),
            (10, "openIssues", "tableHeader"), (12, "openIssues", "action"), (13, "openIssues", "action"),
            (14, "nextExchange", "item"));
        // The people label covers its own line: three customer attendees, one of ours, and no sentence taken for a person.
        Assert.Equal(3, e.CustomerAttendees.Count);
        Assert.Equal(["li-zhenhua", "wang-jianguo", "zhao-min"], e.CustomerAttendees.Select(a => a.StakeholderId));
        Assert.Equal("wang-jianguo", e.Questions[0].AskedBy);
        Assert.Equal([("林晓峰", "售前")], e.OurAttendees.Select(o => (o.Name, o.Role!)));
        Assert.Equal("今天主要讲了割接方案，客户比较关心回退时间。\n李总说预算已经批了，但要年底前上线。", e.Content);
        Assert.Equal(2, e.Questions.Count);
        Assert.Equal(("县级站点没有IT人员怎么办？", "零接触开通，通电即上线。"), (e.Questions[0].Question, e.Questions[0].Answer));
        Assert.Equal(("回退要多久？", "5 分钟以内。"), (e.Questions[1].Question, e.Questions[1].Answer));
        Assert.Equal([("提交割接方案细化版", "林晓峰", new DateOnly(2026, 12, 15)), ("安排夜间演练", "陈立", new DateOnly(2026, 12, 18))],
            e.ActionItems.Select(a => (a.Item, a.Owner, a.Due!.Value))); // 下周五 from Thursday 10 December
        Assert.Equal(["请李总看一次现场演示！"], e.NextFocus);
        Assert.Null(e.UnplacedNotes);
        // The free text is named, so the writer can move it.
        var warning = Assert.Single(reading.Warnings, w => w.Message.Chinese.Contains("没有章节标题"));
        Assert.Contains("第 5、6 行", warning.Message.Chinese);
        Assert.Contains("lines 5, 6", warning.Message.English);
        Assert.Equal(
            [MinutesSection.AgendaAndAttendees, MinutesSection.StrategyAndContent, MinutesSection.QuestionsAndAnswers, MinutesSection.OpenIssues, MinutesSection.NextExchange],
            reading.Sections);
    }

    [Fact]
    public void A_question_inside_another_section_is_a_question_and_the_section_goes_on()
    {
        const string notes = """
            # Workshop
            Date: 2026-11-24
            Discussion
            We walked through the cutover plan.
            Q (Wu Lei): Why not B's cheaper offer?
              - total cost of ownership
            A second paragraph of content.
            Open issues
            问题：割接窗口未定 @Lin Xiaofeng 11/30
            """;
        var reading = MeetingNotes.Read(notes, TestDeals.Sample("telecom-pilot.en-US.json"), Fallback);
        var e = reading.Exchange;
        Landed(reading,
            (4, "strategyAndContent", "text"), (5, "questionsAndAnswers", "question"), (6, "questionsAndAnswers", "answer"),
            (7, "strategyAndContent", "text"), (9, "openIssues", "action"));
        Assert.Equal(("wu-lei", "Why not B's cheaper offer?", "total cost of ownership"), (e.Questions.Single().AskedBy, e.Questions.Single().Question, e.Questions.Single().Answer));
        Assert.Equal("We walked through the cutover plan.\nA second paragraph of content.", e.Content);
        // Under open issues "问题：" is an issue, not a question.
        Assert.Equal("Lin Xiaofeng", e.ActionItems.Single().Owner);
        Assert.DoesNotContain(reading.Warnings, w => w.Message.English.Contains("no section headings"));
    }

    [Fact]
    public void Notes_with_nothing_to_place_by_are_still_refused()
    {
        var e = Assert.Throws<DocumentInputException>(() => MeetingNotes.Read("市公司交流\n日期：2026-12-10\n今天聊得不错。\n- 回退时间", Sample(), Fallback));
        Assert.Contains("没有可识别的章节", e.Message);
    }

    [Theory]
    [InlineData("12月5日", 2026, 12, 5)]
    [InlineData("１２月８号", 2026, 12, 8)]
    [InlineData("11/25", 2026, 11, 25)]
    [InlineData("12/8", 2026, 12, 8)]
    [InlineData("下周五", 2026, 12, 4)]
    [InlineData("周四", 2026, 11, 26)]
    [InlineData("本周内", 2026, 11, 27)]
    [InlineData("月底", 2026, 11, 30)]
    [InlineData("明天", 2026, 11, 25)]
    [InlineData("1月10日", 2027, 1, 10)]
    [InlineData("next Friday", 2026, 12, 4)]
    [InlineData("end of month", 2026, 11, 30)]
    public void Due_dates_resolve_against_the_meeting_date(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), MeetingNotes.FindDate(text, new DateOnly(2026, 11, 24)));

    [Fact]
    public void The_reading_serialises_to_json_with_lines_and_bilingual_warnings()
    {
        var reading = MeetingNotes.Read(FullWidth, Sample(), Fallback);
        var json = System.Text.Json.JsonSerializer.Serialize(new { reading.Lines, reading.Warnings }, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        Assert.Contains("\"section\":\"questionsAndAnswers\"", json);
        Assert.Contains("\"chinese\":", json);
        Assert.Contains("\"english\":", json);
    }
}
