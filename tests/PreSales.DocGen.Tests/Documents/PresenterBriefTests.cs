using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>The presenter's brief on the two sample deals: every line it can make specific is specific to the deal.</summary>
public class PresenterBriefTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static (string Text, List<string> Rows) Make(Deal deal, int? exchange = null)
    {
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Brief, Today, exchange));
        var errors = Docx.Errors(made.Bytes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var rows = Docx.Read(made.Bytes, d => d.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))).ToList());
        return (Docx.BodyText(made.Bytes), rows);
    }

    [Fact]
    public void Telecom_brief_prepares_the_leadership_presentation()
    {
        var (text, rows) = Make(TestDeals.Sample("telecom-pilot.zh-CN.json"));
        // Every attendee of the planned exchange has a row with their hot buttons and how to address them.
        foreach (var name in new[] { "李振华", "王建国", "赵敏", "周海", "郑芳" })
            Assert.Contains(rows, r => r.StartsWith(name + "|"));
        Assert.Contains(rows, r => r.StartsWith("李振华|") && r.Contains("率先技改成功、业务不中断") && r.Contains("决策者：结束语中的请求直接面向此人"));
        // The partner D is never treated as a rival close to someone; the rival close to the opponent is.
        Assert.DoesNotContain("与D公司关系较近", text + string.Join("\n", rows));
        Assert.Contains(rows, r => r.StartsWith("郑芳|") && r.Contains("与E公司关系较近：不评价E公司"));
        // A rival's weakness is exposed only on an element we stress, never on price or company (ours to reframe).
        Assert.DoesNotContain(rows, r => r.Contains("关系较近") && System.Text.RegularExpressions.Regex.IsMatch(r, "关系较近[^。]*(公司、|、价格|价格上)"));
        // Hot buttons and concerns get the deal's evidence: the FAB row tagged with them, the case figure, the commitment.
        Assert.Contains(rows, r => r.Contains("兴奋点“一键恢复”：用“一键恢复”"));
        Assert.Contains(rows, r => r.Contains("顾虑“安全审计不达标，等保测评过不了”：用“信息痕迹（审计日志）”") && r.Contains("青溪案例"));
        Assert.Contains(rows, r => r.Contains("顾虑“工期拖延，赶不上集团现场会”：承诺：2027年3月底前完成全部约520个站点割接"));
        // The four-part flow fills the 45-minute slot in the agenda's own minutes.
        Assert.Contains(rows, r => r.StartsWith("开始前 15 分钟|1 听众认识|"));
        Assert.Contains(rows, r => r.StartsWith("0–2 分钟（2）|2 开场白|") && r.Contains("由刘志远开场"));
        Assert.Contains(rows, r => r.StartsWith("12–20 分钟（8）|3 主题内容|") && r.Contains("临川案例"));
        Assert.Contains(rows, r => r.StartsWith("40–45 分钟（5）|4 结束语|") && r.Contains("提出请求，面向李振华：请领导认可90天割接计划和联合保障机制"));
        // Before the exchange: the six steps with what is open, and the day's checks with the deal's place, people and coach.
        Assert.Contains(rows, r => r.StartsWith("5 演练|□ 未完成|"));
        Assert.Contains("新参加：李振华、周海、郑芳", text);
        Assert.Contains("会前向孙丽确认", text);
        Assert.Contains("一楼大会议室", text);
        // Prepared answers for the opponent's trap questions, with who answers.
        Assert.Contains(rows, r => r.StartsWith("郑芳|陷阱类|") && r.Split('|')[4].Length > 10);
        // Asking: the tender date, a rhetorical question with the case figure; room control names the leader and the half slot.
        Assert.Contains("“‘发布招标文件’仍按2026-12-15进行吗？”", text);
        Assert.Contains("像临川那样", text);
        Assert.Contains("领导提前离场（李振华）", text);
        Assert.Contains("只剩 22 分钟", text);
        Assert.Contains("提出请求时看着李振华", text);
    }

    [Fact]
    public void Revenue_office_brief_prepares_the_architecture_workshop()
    {
        var (text, rows) = Make(TestDeals.Sample("revenue-office.en-US.json"));
        Assert.Contains(rows, r => r.StartsWith("Lena Berg|") && r.Contains("audit trail, data residency") && r.Contains("Hot button \"audit trail\": use \"Access audit on every record\""));
        Assert.Contains(rows, r => r.StartsWith("Priya Nair|") && r.Contains("Go deep"));
        Assert.Contains(rows, r => r.StartsWith("Tom Okafor|") && r.Contains("Change-data capture pipelines"));
        // A 90-minute slot: opening 2, four body items, the closing.
        Assert.Contains(rows, r => r.StartsWith("0–2 min (2)|2 Opening|"));
        Assert.Contains(rows, r => r.StartsWith("79–90 min (11)|4 Closing|") && r.Contains("share the database inventory"));
        Assert.Contains(rows, r => r.Contains("The Northshire case") && r.Contains("nightly batch from 8 hours to 40 minutes"));
        Assert.Contains(rows, r => r.StartsWith("1 Gather information|□ open|") && r.Contains("key fact unknown: Budget"));
        Assert.Contains("Is 'request for information issued' still on 2027-04-15?", text);
        Assert.Contains("Tom Okafor, Lena Berg are neutral", text);
        Assert.Contains("Welcome and thank the Revenue Office team", text);
        Assert.DoesNotMatch(@"\bthe the\b", text);
        // The account executive is not taken for an executive, nor the pre-sales architect for a salesperson.
        Assert.Contains(rows, r => r.StartsWith("Sam Whitfield|Account executive|the opening, noting the customer's interests"));
        Assert.Contains(rows, r => r.StartsWith("Dana Li|Pre-sales solution architect|the body and the time") && !r.Contains("noting"));
        Assert.DoesNotContain("**", text);
    }

    [Fact]
    public void A_deal_with_almost_nothing_still_makes_a_brief_that_says_what_is_missing()
    {
        var (text, _) = Make(TestDeals.Minimal(DealLanguage.EnUS));
        Assert.Contains("no exchange planned", text);
        Assert.Contains("Know the room: the place is not set", text);
    }

    [Fact]
    public void The_flow_fills_the_slot_exactly_and_keeps_the_opening_within_two_minutes()
    {
        foreach (var minutes in new[] { 10, 30, 45, 90, 240 })
        {
            var exchange = new Exchange
            {
                Date = Today, Kind = ExchangeKind.Formal, Stage = DealStage.Discovery, Title = "t", DurationMinutes = minutes,
                Agenda = ["Introductions", "Trends", "Case (8 min)", "Solution", "Q&A and next steps"],
            };
            var t = ExchangeFlow.For(exchange);
            var inSlot = t.Segments.Where(s => s.Part != ExchangePart.MeetAudience).ToList();
            Assert.Equal(0, inSlot[0].Start);
            Assert.Equal(minutes, inSlot.Sum(s => s.Minutes));
            Assert.Equal(minutes, inSlot[^1].End);
            Assert.True(inSlot[0].Minutes <= ExchangeFlow.MaxOpening);
            Assert.All(inSlot, s => Assert.True(s.Minutes >= 1, $"{minutes}: {s}"));
            Assert.Equal(3, inSlot.Count(s => s.Part == ExchangePart.Body));
            Assert.Equal("Q&A and next steps", inSlot[^1].Item);
        }
        // An agenda without minutes and no duration: the default slot, marked as assumed, one body.
        var bare = ExchangeFlow.For(new Exchange { Date = Today, Kind = ExchangeKind.Formal, Stage = DealStage.Discovery, Title = "t" });
        Assert.True(bare.SlotAssumed);
        Assert.Equal(ExchangeFlow.DefaultSlot, bare.Segments.Where(s => s.Part != ExchangePart.MeetAudience).Sum(s => s.Minutes));
    }
}
