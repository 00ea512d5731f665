using CliRunner = PreSales.Cli.Tests.Support.CliProcess;
using PreSales.DocGen.Deals;

namespace PreSales.Cli.Tests.Doc;

/// <summary>`presales minutes` on notes typed with a Chinese input method's full-width punctuation, and its --dry-run.</summary>
public sealed class MinutesCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("presales-minutes-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string Notes = """
        技术交流（三）：割接方案评审
        日期：2026年11月24日（周二）14:00～16:30
        地点：三楼会议室
        参会：赵敏、小陈（信息部新来的，负责文档）
        我方：林晓峰（售前）

        客户提的问题：
        1. 【陷阱类】问（吴磊）：你们和B公司比，优势在哪里？
           - 答：不评价友商。

        下一步：
        - 提交割接方案细化版 @林晓峰 12/8

        未归类的一句话
        """;

    private (string Deal, string Notes) Files()
    {
        var deal = Path.Combine(dir, "deal.json");
        File.Copy(CliRunner.Samples("telecom-pilot.zh-CN.json"), deal);
        var notes = Path.Combine(dir, "notes.md");
        File.WriteAllText(notes, Notes);
        return (deal, notes);
    }

    [Fact]
    public void Dry_run_shows_how_every_line_was_understood_and_writes_and_saves_nothing()
    {
        var (deal, notes) = Files();
        var before = File.ReadAllBytes(deal);
        var result = CliRunner.RunIn(dir, null, "minutes", deal, "--from", notes, "--save", "--dry-run");
        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains("试读（未写入任何文件）：技术交流（三）：割接方案评审，2026-11-24 14:00–16:30，三楼会议室", result.Out, StringComparison.Ordinal);
        Assert.Contains(" 4 | 1 议程与参会人员 | 客户参会人 | 参会：赵敏、小陈（信息部新来的，负责文档）", result.Out, StringComparison.Ordinal);
        Assert.Contains(" 8 | 4 问题与答复 | 问题 |", result.Out, StringComparison.Ordinal);
        Assert.Contains(" 9 | 4 问题与答复 | 答复 |", result.Out, StringComparison.Ordinal);
        Assert.Contains("12 | 9 遗留问题 | 待办事项 |", result.Out, StringComparison.Ordinal);
        Assert.Contains("14 | 9 遗留问题 | 待办事项 | 未归类的一句话", result.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(deal));
        Assert.Empty(Directory.GetFiles(dir, "*.docx"));
    }

    [Fact]
    public void Saved_minutes_keep_a_parenthesised_remark_as_one_attendee_and_the_due_date_resolved()
    {
        var (deal, notes) = Files();
        var result = CliRunner.RunIn(dir, null, "minutes", deal, "--from", notes, "--save");
        Assert.True(result.Exit == 0, result.Err);
        var saved = DealReader.ReadFile(deal);
        Assert.True(saved.IsValid, string.Join("\n", saved.Problems));
        var added = saved.Deal!.Exchanges.Single(e => e.Title == "技术交流（三）：割接方案评审");
        Assert.Equal(new DateOnly(2026, 11, 24), added.Date);
        Assert.Equal(["zhao-min", null], added.CustomerAttendees.Select(a => a.StakeholderId));
        Assert.Equal(("小陈", "信息部新来的，负责文档"), (added.CustomerAttendees[1].Name, added.CustomerAttendees[1].Title));
        Assert.Equal(("提交割接方案细化版", "林晓峰", new DateOnly(2026, 12, 8)), (added.ActionItems[0].Item, added.ActionItems[0].Owner, added.ActionItems[0].Due!.Value));
        Assert.Single(Directory.GetFiles(dir, "*.docx"));
    }

    [Fact]
    public void A_line_before_any_section_is_kept_in_the_minutes_and_named_in_a_warning()
    {
        var (deal, notes) = Files();
        File.WriteAllText(notes, "交流纪要\n随手记：B公司的人也在楼下\n## 问答\n- 问：能利旧吗？答：可以。\n");
        var output = Path.Combine(dir, "m.docx");
        var result = CliRunner.RunIn(dir, null, "minutes", deal, "--from", notes, "--date", "2026-11-24", "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains("第 2 行不属于任何章节", result.Err, StringComparison.Ordinal);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(output, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("未归入章节的笔记", text, StringComparison.Ordinal);
        Assert.Contains("随手记：B公司的人也在楼下", text, StringComparison.Ordinal);
    }
}
