using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Language;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>What the plan, the deal summary and the Q&amp;A preparation say.</summary>
public class DeliverableContentTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static List<string> Rows(byte[] bytes) =>
        Docx.Read(bytes, d => d.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))).ToList());

    [Fact]
    public void Plan_marks_unknown_key_facts_and_compares_us_with_each_competitor()
    {
        var made = Deliverables.Make(DocumentDeals.Telecom(), new DocumentRequest(DocumentKind.Plan, Today));
        var rows = Rows(made.Bytes);
        Assert.Contains(rows, r => r.StartsWith("预算|⚠ 未知|未知：须在下次交流中获取"));
        Assert.Contains(rows, r => r.StartsWith("需求|已确认|"));
        Assert.Contains("A（我方）|4|5|4|4|4|4|25", rows);
        Assert.Contains("E|5|3|4|4|3|3|22", rows);
        Assert.Contains(rows, r => r.StartsWith("1 技术交流|建立技术信任|展示路线 Y 产品|王处长、李工|"));
        Assert.Contains(rows, r => r.StartsWith("2026-03-01|重在参与·获取资料|竭尽全力获取|"));
        // SWOT 2×2, and the stakeholder map: influence rows × stance columns.
        Assert.Contains("优势 S|劣势 W", rows);
        Assert.Contains(rows, r => r.StartsWith("高（4–5）|") && r.Contains("★张总") && r.EndsWith("★王处长"));
        Assert.Contains(rows, r => r.StartsWith("中（3）|李工|"));
        // Each stage's intelligence, approach, resources and points to win (METHOD §2.4), beside the table.
        var text = Docx.BodyText(made.Bytes);
        Assert.Contains("情报收集：E 的报价策略", text);
        Assert.Contains("实现方法：技术交流加样板参观", text);
        Assert.Contains("加分目标：工程部认可路线 Y", text);
    }

    [Fact]
    public void Summary_of_an_open_deal_is_an_interim_summary_clearly_marked()
    {
        var made = Deliverables.Make(DocumentDeals.Telecom(), new DocumentRequest(DocumentKind.Summary, Today));
        var text = Docx.BodyText(made.Bytes);
        Assert.Contains("售前项目总结（中期）", text);
        Assert.Contains("中期总结：项目尚未结束", text);
        Assert.Contains("对服务问题准备不足", text);
        Assert.Contains("交流总结：第一次技术交流（2026-03-15）", text);
    }

    [Fact]
    public void Summary_of_a_closed_deal_gives_the_result_and_its_date_names_the_file()
    {
        var deal = DocumentDeals.Telecom(DealLanguage.EnUS) with
        {
            Result = new DealResult
            {
                Outcome = Outcome.Won, Date = new DateOnly(2026, 6, 30), Summary = "Won on **references**.",
                StrategyReview = "The case-first plan held.", WhatWorked = ["early technical trust"], Lessons = ["start the service plan sooner"],
            },
        };
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Summary, Today));
        var text = Docx.BodyText(made.Bytes);
        Assert.Contains("Result: Won (2026-06-30)", text);
        Assert.DoesNotContain("interim", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("start the service plan sooner", text);
        Assert.Contains("20260630", made.Name);
    }

    [Fact]
    public void Qa_preparation_groups_each_key_persons_questions_by_kind_with_the_answering_principle()
    {
        var deal = DocumentDeals.Telecom();
        var v = Vocabulary.For(deal.Language);
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.QaPreparation, Today));
        var paragraphs = Docx.Read(made.Bytes, d => d.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList());
        // The next planned exchange's audience: Director Wang (the opponent, first) and the GM.
        var zhang = paragraphs.IndexOf("张总");
        var wang = paragraphs.IndexOf("王处长");
        Assert.True(wang >= 0 && zhang > wang);
        var wangPart = paragraphs.Skip(wang).Take(zhang - wang).ToList();
        Assert.Contains(v.Label(QuestionKind.Trap), wangPart);
        Assert.Contains(PreSales.DocGen.Language.ChinesePunctuation.Apply("答题原则：" + v.AnsweringPrinciple(QuestionKind.Trap)), wangPart);
        var rows = Rows(made.Bytes);
        // Each question is a row: the question, a suggested answer and who answers.
        Assert.Contains(rows, r => r.Contains("本地服务团队小") && r.Split('|').Length == 3 && r.Split('|').All(c => c.Length > 0));
        Assert.Contains(rows, r => r.Contains("E在“集成能力最强”"));
        foreach (var kind in new[] { "现状（S）", "困难（P）", "暗示（I）", "价值（N）" })
            Assert.Contains(rows, r => r.StartsWith(kind + "|"));
        Assert.Contains(rows, r => r.Contains("如果能够降低故障损失"));
    }

    [Fact]
    public void Questions_follow_stance_and_role()
    {
        var deal = DocumentDeals.Telecom();
        var v = Vocabulary.For(deal.Language);
        var coach = QuestionForecast.For(deal, deal.Stakeholders.Single(s => s.Id == "li"), v);
        Assert.DoesNotContain(coach, q => q.Kind == QuestionKind.Trap);
        Assert.Contains(coach, q => q.Kind == QuestionKind.Coaching && q.Text.Contains("一键恢复"));
        var opponent = QuestionForecast.For(deal, deal.Stakeholders.Single(s => s.Id == "wang"), v);
        Assert.Contains(opponent, q => q.Kind == QuestionKind.Trap);
        Assert.Contains(opponent, q => q.Kind == QuestionKind.Capability);
        var gm = QuestionForecast.For(deal, deal.Stakeholders.Single(s => s.Id == "gm"), v);
        Assert.Contains(gm, q => q.Kind == QuestionKind.Information && q.Text.Contains("投入"));
        Assert.All(Enum.GetValues<QuestionKind>(), k => Assert.True(opponent.Count(q => q.Kind == k) <= 4));
    }

    [Fact]
    public void A_deal_with_almost_nothing_still_makes_every_document_but_minutes()
    {
        var deal = TestDeals.Minimal();
        foreach (var kind in new[] { DocumentKind.Plan, DocumentKind.Summary, DocumentKind.QaPreparation })
        {
            var made = Deliverables.Make(deal, new DocumentRequest(kind, Today));
            var errors = Docx.Errors(made.Bytes);
            Assert.True(errors.Count == 0, kind + "\n" + string.Join("\n", errors));
        }
    }
}
