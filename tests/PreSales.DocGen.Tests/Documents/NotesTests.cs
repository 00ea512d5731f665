using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Notes;

namespace PreSales.DocGen.Tests.Documents;

public class NotesTests
{
    private static readonly DateOnly Fallback = new(2026, 1, 1);

    private const string Chinese = """
        # 第二次技术交流
        日期:2026-04-02
        地点:客户五楼会议室

        ## 一、议程
        - 方案回顾
        - 服务方案讲解

        客户:王处长、赵工(网络工程师)
        我方:陈工(售前)、刘销售

        ## 2. 交流策略
        以**本地服务**为主线。

        ### 主要内容
        讲解了本地服务团队与伙伴。

        ## 三、客户关注点
        - 响应时间
        - 备件

        ## 四、问答
        - 【陷阱类】问(王处长):你们的伙伴靠得住吗?
          - 伙伴已服务 5 年,*有案例*
        - 考察能力:一键恢复要多久? 答:三分钟以内。

        ## 获取的信息
        - 预算已批复
        竞争对手:
        - E 报价偏高

        ## 材料
        - 服务方案 PPT

        ## 经验教训
        做得好:
        - 服务案例讲得清楚
        不足:
        - 时间控制不好

        ## 下次交流
        - 拜访张总

        ## 遗留问题
        - [ ] 提交备件清单 — 陈工 — 2026-04-09
        - 确认上线窗口 @刘销售 进行中
        """;

    [Fact]
    public void Chinese_notes_fill_every_section()
    {
        var reading = MeetingNotes.Read(Chinese, DocumentDeals.Telecom(), Fallback);
        var e = reading.Exchange;
        Assert.Equal(9, reading.Sections.Count);
        Assert.Empty(reading.Unrecognised);
        Assert.Equal("第二次技术交流", e.Title);
        Assert.Equal(new DateOnly(2026, 4, 2), e.Date);
        Assert.Equal("客户五楼会议室", e.Place);
        Assert.Equal(["方案回顾", "服务方案讲解"], e.Agenda);
        Assert.Equal("wang", e.CustomerAttendees[0].StakeholderId);
        Assert.Equal(("赵工", "网络工程师"), (e.CustomerAttendees[1].Name, e.CustomerAttendees[1].Title));
        Assert.Equal(("陈工", "售前"), (e.OurAttendees[0].Name, e.OurAttendees[0].Role));
        Assert.Equal("刘销售", e.OurAttendees[1].Name);
        Assert.Contains("**本地服务**", e.Strategy);
        Assert.Contains("本地服务团队", e.Content);
        Assert.Equal(["响应时间", "备件"], e.CustomerInterests);
        Assert.Equal(2, e.Questions.Count);
        Assert.Equal((QuestionKind.Trap, "wang", "你们的伙伴靠得住吗?"), (e.Questions[0].Kind, e.Questions[0].AskedBy, e.Questions[0].Question));
        Assert.Contains("*有案例*", e.Questions[0].Answer);
        Assert.Equal((QuestionKind.Capability, "一键恢复要多久?", "三分钟以内。"), (e.Questions[1].Kind, e.Questions[1].Question, e.Questions[1].Answer));
        Assert.Equal(["预算已批复"], e.Information.Customer);
        Assert.Equal(["E 报价偏高"], e.Information.Competitors);
        Assert.Equal(["服务方案 PPT"], e.Materials);
        Assert.Equal(["服务案例讲得清楚"], e.WhatWorked);
        Assert.Equal(["时间控制不好"], e.Lessons);
        Assert.Equal(["拜访张总"], e.NextFocus);
        Assert.Equal(("提交备件清单", "陈工", new DateOnly(2026, 4, 9), ActionStatus.Open), (e.ActionItems[0].Item, e.ActionItems[0].Owner, e.ActionItems[0].Due, e.ActionItems[0].Status));
        Assert.Equal(("刘销售", ActionStatus.InProgress), (e.ActionItems[1].Owner, e.ActionItems[1].Status));
    }

    [Fact]
    public void English_heading_variants_and_tables_are_read()
    {
        const string notes = """
            # Service workshop
            Date: 2026/4/3

            ## Agenda and attendees
            Customer attendees: Director Wang, Ms Sun (procurement)
            ## Discussion
            We showed the service model.
            ## Q&A
            | Question | Kind | Asked by | Answer |
            |---|---|---|---|
            | How fast is on-site support? | capability | Director Wang | **2 hours** |
            ## Action items
            | Item | Owner | Due | Status |
            |---|---|---|---|
            | Send the SLA | Chen | 2026-04-10 | done |
            ## Random heading
            kept in the section before
            """;
        var reading = MeetingNotes.Read(notes, DocumentDeals.Telecom(DealLanguage.EnUS), Fallback);
        var e = reading.Exchange;
        Assert.Equal([MinutesSection.AgendaAndAttendees, MinutesSection.StrategyAndContent, MinutesSection.QuestionsAndAnswers, MinutesSection.OpenIssues], reading.Sections);
        Assert.Equal(["Random heading"], reading.Unrecognised);
        Assert.Equal(new DateOnly(2026, 4, 3), e.Date);
        Assert.Equal("wang", e.CustomerAttendees[0].StakeholderId);
        Assert.Equal("Ms Sun", e.CustomerAttendees[1].Name);
        Assert.Equal("We showed the service model.", e.Content);
        Assert.Equal((QuestionKind.Capability, "wang", "**2 hours**"), (e.Questions[0].Kind, e.Questions[0].AskedBy, e.Questions[0].Answer));
        Assert.Equal(("Send the SLA", "Chen", ActionStatus.Done), (e.ActionItems[0].Item, e.ActionItems[0].Owner, e.ActionItems[0].Status));
        Assert.Equal(new DateOnly(2026, 4, 10), e.ActionItems[0].Due);
    }

    [Theory]
    [InlineData("议程与参会人员", MinutesSection.AgendaAndAttendees)]
    [InlineData("1. 参会人员", MinutesSection.AgendaAndAttendees)]
    [InlineData("Agenda & Attendees", MinutesSection.AgendaAndAttendees)]
    [InlineData("四、问题与答复", MinutesSection.QuestionsAndAnswers)]
    [InlineData("Q & A", MinutesSection.QuestionsAndAnswers)]
    [InlineData("问答", MinutesSection.QuestionsAndAnswers)]
    [InlineData("(7) 得失与经验教训", MinutesSection.Lessons)]
    [InlineData("Lessons learned", MinutesSection.Lessons)]
    [InlineData("下次交流建议:", MinutesSection.NextExchange)]
    [InlineData("Open issues", MinutesSection.OpenIssues)]
    [InlineData("遗留问题(3 项)", MinutesSection.OpenIssues)]
    public void Heading_variants_are_recognised(string heading, MinutesSection section)
    {
        Assert.Equal(section, NoteHeadings.Recognise(heading));
    }

    [Fact]
    public void Notes_without_a_recognisable_section_are_refused_with_the_expected_headings()
    {
        var e = Assert.Throws<DocumentInputException>(() => MeetingNotes.Read("# 随手记\n\n今天聊得不错。\n\n## 杂项\n- 一", DocumentDeals.Telecom(), Fallback));
        Assert.Contains("没有可识别的章节", e.Message);
        Assert.Equal(9, e.Details.Count);
        Assert.Contains(e.Details, d => d.Contains("问题与答复") && d.Contains("Questions and answers"));
    }

    [Fact]
    public void Due_dates_as_people_type_them_month_and_day_full_width_digits()
    {
        var notes = "日期:2026年11月20日\n## 遗留问题\n- 提交备件清单 — 陈工 — 12月5日\n- 复测割接方案 — 刘工 — １２月８号\n- 确认预算 — 王总 — 1月10日\n- 整理纪要 — 陈工 — 2026-11-21\n";
        var items = MeetingNotes.Read(notes, DocumentDeals.Telecom(), Fallback).Exchange.ActionItems;
        Assert.Equal(
            [new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 8), new DateOnly(2027, 1, 10), new DateOnly(2026, 11, 21)],
            items.Select(i => i.Due));
        Assert.Equal(["陈工", "刘工", "王总", "陈工"], items.Select(i => i.Owner));
    }

    [Fact]
    public void An_answer_right_after_full_width_punctuation_is_split_from_its_question()
    {
        var notes = "## 问题与答复\n- 【陷阱类】问(何伟):B公司便宜?答:不评价友商。\n- 问:能利旧吗?答:可以,会后给清单。\n";
        var questions = MeetingNotes.Read(notes, DocumentDeals.Telecom(), Fallback).Exchange.Questions;
        Assert.Equal(2, questions.Count);
        Assert.Equal("B公司便宜?", questions[0].Question);
        Assert.Equal("不评价友商。", questions[0].Answer);
        Assert.Equal(QuestionKind.Trap, questions[0].Kind);
        Assert.Equal("能利旧吗?", questions[1].Question);
        Assert.Equal("可以,会后给清单。", questions[1].Answer);
    }

    [Fact]
    public void Minutes_made_from_notes_are_valid()
    {
        var deal = DocumentDeals.Telecom();
        var exchange = MeetingNotes.Read(Chinese, deal, Fallback).Exchange;
        deal = deal with { Exchanges = [.. deal.Exchanges, exchange] };
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Fallback, deal.Exchanges.Count));
        var errors = Docx.Errors(made.Bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains("你们的伙伴靠得住吗？", Docx.BodyText(made.Bytes));
    }
}
