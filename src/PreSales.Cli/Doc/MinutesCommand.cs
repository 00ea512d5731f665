using System.CommandLine;
using System.Text;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents.Notes;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Language;
using PreSales.DocGen.Packaging;

namespace PreSales.Cli.Doc;

/// <summary>
/// <c>presales minutes deal.json --from notes.md [--save]</c>: the minutes from the notes typed during a meeting;
/// with --save the exchange is added to the deal file (atomically, checked to reload before it replaces the file).
/// </summary>
internal static class MinutesCommand
{
    private const long MaxNotesBytes = 5L * 1024 * 1024;
    private const int MaxNotesLines = 10_000;

    public static Command Create()
    {
        var deal = new Argument<string>("deal") { Description = "交易文件 / the deal file (.json)" };
        var from = new Option<string>("--from") { Description = "会议笔记（Markdown，标题为九个章节）/ the meeting notes (Markdown, headings naming the nine sections)", Required = true };
        var save = new Option<bool>("--save") { Description = "把这次交流写入交易文件 / add the exchange to the deal file" };
        var date = new Option<string?>("--date") { Description = "笔记未写日期时使用的日期 / the date when the notes give none (yyyy-MM-dd)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只显示每一行笔记被如何理解，不写文档、不保存 / show how each line of the notes was understood; write and save nothing" };
        var options = new DocOptions();
        var command = new Command("minutes", "由会议笔记生成交流总结 / make the minutes from meeting notes") { deal, from, save, date, dryRun };
        options.AddTo(command);
        command.SetAction(result => Run(result.GetValue(deal)!, result.GetValue(from)!, result.GetValue(save), result.GetValue(date), options.Read(result), result.GetValue(dryRun)));
        return command;
    }

    private static int Run(string dealPath, string notesPath, bool save, string? dateText, DocSettings settings, bool dryRun = false)
    {
        var deal = CommandLine.LoadDeal(dealPath);
        if (deal is null)
            return CommandLine.Unusable;
        var v = Vocabulary.For(deal.Language);
        try
        {
            var fallback = DateOnly.FromDateTime(DateTime.Now);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out fallback))
                throw new DocumentInputException(v.Pick($"--date 需要 yyyy-MM-dd 格式的日期，而不是 \"{dateText}\"", $"--date needs a yyyy-MM-dd date, not \"{dateText}\""));
            var reading = MeetingNotes.Read(ReadNotes(notesPath, v), deal, fallback);
            if (dryRun)
            {
                Console.Out.Write(DryRun(reading, v));
                return CommandLine.Ok;
            }
            foreach (var warning in reading.Warnings)
                Console.Error.WriteLine(v.Pick("提示：", "note: ") + warning.Message.In(deal.Language));
            var (updated, number) = DealExchanges.Insert(deal, reading.Exchange);
            if (save)
                AtomicFile.CheckTarget(dealPath); // before the minutes are written: all or nothing

            var exit = DocCommand.Write(updated, DocumentKind.Minutes, settings with { Exchange = number });
            if (exit != CommandLine.Ok || !save)
                return exit;
            SaveDeal(dealPath, updated, v);
            Console.Out.WriteLine(v.Pick($"已将第 {number} 次交流写入 {dealPath}", $"added exchange {number} to {dealPath}"));
            return CommandLine.Ok;
        }
        catch (DocumentInputException e)
        {
            return DocOutput.Fail(e);
        }
        catch (OutputFileException e)
        {
            return CommandLine.CannotWrite(e, deal.Language);
        }
    }

    /// <summary>How each line was understood: "行号 | 章节 | 理解为 | 原文", then the exchange's key facts and the warnings.</summary>
    internal static string DryRun(NotesReading reading, Vocabulary v)
    {
        var text = new StringBuilder();
        var e = reading.Exchange;
        text.AppendLine(v.Pick($"试读（未写入任何文件）：{e.Title}，{DocumentHeader.FormatDate(e.Date)}{(e.Time is { } t ? " " + t : "")}{(e.Place is { } p ? "，" + p : "")}",
            $"dry run (nothing written): {e.Title}, {DocumentHeader.FormatDate(e.Date)}{(e.Time is { } t2 ? " " + t2 : "")}{(e.Place is { } p2 ? ", " + p2 : "")}"));
        var width = reading.Lines.Count == 0 ? 1 : reading.Lines.Max(l => l.Number).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        foreach (var line in reading.Lines)
            text.AppendLine($"{line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)} | {SectionName(line.Section, v)} | {ReadAs(line.As, v)} | {line.Text}");
        text.AppendLine(v.Pick(
            $"共 {reading.Lines.Count} 行：{reading.Lines.Count(l => l.Section == NoteLines.Unplaced)} 行未归入章节；客户参会 {e.CustomerAttendees.Count} 人，我方 {e.OurAttendees.Count} 人，问题 {e.Questions.Count} 个，遗留问题 {e.ActionItems.Count} 项",
            $"{Count(reading.Lines.Count, "line")}: {reading.Lines.Count(l => l.Section == NoteLines.Unplaced)} not placed; {Count(e.CustomerAttendees.Count, "customer attendee")}, {e.OurAttendees.Count} of ours, {Count(e.Questions.Count, "question")}, {Count(e.ActionItems.Count, "action item")}"));
        foreach (var warning in reading.Warnings)
            text.AppendLine(v.Pick("提示：", "note: ") + warning.Message.In(v.Language));
        return text.ToString();
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string ReadAs(string how, Vocabulary v) => how switch
    {
        "heading" => v.Pick("章节标题", "section heading"),
        "part" => v.Pick("小标题", "sub-heading"),
        "title" => v.Pick("交流主题", "title"),
        "date" => v.Pick("日期时间", "date and time"),
        "place" => v.Pick("地点", "place"),
        "attendee" => v.Pick("客户参会人", "customer attendee"),
        "ourAttendee" => v.Pick("我方参会人", "our attendee"),
        "agenda" => v.Pick("议程", "agenda"),
        "question" => v.Pick("问题", "question"),
        "answer" => v.Pick("答复", "answer"),
        "action" => v.Pick("待办事项", "action item"),
        "tableHeader" => v.Pick("表头", "table header"),
        "tableRow" => v.Pick("表格行", "table row"),
        "item" => v.Pick("条目", "item"),
        _ => v.Pick("正文", "text"),
    };

    private static string SectionName(string slug, Vocabulary v)
    {
        if (slug == NoteLines.Header)
            return v.Pick("抬头", "header");
        if (slug == NoteLines.Unplaced)
            return v.Pick("未归入章节", "UNPLACED");
        var section = Enum.GetValues<MinutesSection>().FirstOrDefault(s => NoteLines.Slug(s) == slug);
        return MinutesSections.Heading(section, v);
    }

    private static string ReadNotes(string path, Vocabulary v)
    {
        if (!File.Exists(path))
            throw new DocumentInputException(v.Pick($"找不到笔记文件 {path}", $"notes not found: {path}"));
        if (new FileInfo(path).Length > MaxNotesBytes)
            throw new DocumentInputException(v.Pick($"笔记文件 {path} 超过 5 MB", $"the notes {path} are over 5 MB"));
        var bytes = File.ReadAllBytes(path);
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            // The notes reader's work grows faster than the text: a meeting's notes are a few hundred lines.
            if (text.AsSpan().Count('\n') > MaxNotesLines)
                throw new DocumentInputException(v.Pick($"笔记文件 {path} 超过 {MaxNotesLines} 行", $"the notes {path} are over {MaxNotesLines} lines"));
            return text;
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentInputException(v.Pick($"笔记文件 {path} 不是 UTF-8 文本；请以 UTF-8 编码保存", $"the notes {path} are not UTF-8 text; save them as UTF-8"));
        }
    }

    // Re-serialised with the deal file conventions; it must read back as a valid deal before it replaces the file.
    private static void SaveDeal(string path, Deal deal, Vocabulary v)
    {
        var bytes = Encoding.UTF8.GetBytes(DealJson.Serialize(deal) + "\n");
        var check = DealReader.Read(bytes, deal.Language);
        if (!check.IsValid)
            throw new DocumentInputException(v.Pick("加入交流后的交易文件无法通过检查，未保存：", "the deal with the new exchange does not pass the checks; not saved:"),
                check.Problems.Select(p => p.ToString()).ToList());
        AtomicFile.Write(path, bytes);
    }
}
