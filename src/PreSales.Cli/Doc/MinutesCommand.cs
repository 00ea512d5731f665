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

    public static Command Create()
    {
        var deal = new Argument<string>("deal") { Description = "交易文件 / the deal file (.json)" };
        var from = new Option<string>("--from") { Description = "会议笔记(Markdown,标题为九个章节)/ the meeting notes (Markdown, headings naming the nine sections)", Required = true };
        var save = new Option<bool>("--save") { Description = "把这次交流写入交易文件 / add the exchange to the deal file" };
        var date = new Option<string?>("--date") { Description = "笔记未写日期时使用的日期 / the date when the notes give none (yyyy-MM-dd)" };
        var options = new DocOptions();
        var command = new Command("minutes", "由会议笔记生成交流总结 / make the minutes from meeting notes") { deal, from, save, date };
        options.AddTo(command);
        command.SetAction(result => Run(result.GetValue(deal)!, result.GetValue(from)!, result.GetValue(save), result.GetValue(date), options.Read(result)));
        return command;
    }

    private static int Run(string dealPath, string notesPath, bool save, string? dateText, DocSettings settings)
    {
        var deal = CommandLine.LoadDeal(dealPath);
        if (deal is null)
            return CommandLine.Unusable;
        var v = Vocabulary.For(deal.Language);
        try
        {
            var fallback = DateOnly.FromDateTime(DateTime.Now);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out fallback))
                throw new DocumentInputException(v.Pick($"--date 需要 yyyy-MM-dd 格式的日期,而不是 \"{dateText}\"", $"--date needs a yyyy-MM-dd date, not \"{dateText}\""));
            var reading = MeetingNotes.Read(ReadNotes(notesPath, v), deal, fallback);
            foreach (var heading in reading.Unrecognised)
                Console.Error.WriteLine(v.Pick($"提示:标题 \"{heading}\" 不是九个章节之一,其内容归入上一章节", $"note: the heading \"{heading}\" names none of the nine sections; its text stays in the section before"));
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

    private static string ReadNotes(string path, Vocabulary v)
    {
        if (!File.Exists(path))
            throw new DocumentInputException(v.Pick($"找不到笔记文件 {path}", $"notes not found: {path}"));
        if (new FileInfo(path).Length > MaxNotesBytes)
            throw new DocumentInputException(v.Pick($"笔记文件 {path} 超过 5 MB", $"the notes {path} are over 5 MB"));
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentInputException(v.Pick($"笔记文件 {path} 不是 UTF-8 文本;请以 UTF-8 编码保存", $"the notes {path} are not UTF-8 text; save them as UTF-8"));
        }
    }

    // Re-serialised with the deal file conventions; it must read back as a valid deal before it replaces the file.
    private static void SaveDeal(string path, Deal deal, Vocabulary v)
    {
        var bytes = Encoding.UTF8.GetBytes(DealJson.Serialize(deal) + "\n");
        var check = DealReader.Read(bytes, deal.Language);
        if (!check.IsValid)
            throw new DocumentInputException(v.Pick("加入交流后的交易文件无法通过检查,未保存:", "the deal with the new exchange does not pass the checks; not saved:"),
                check.Problems.Select(p => p.ToString()).ToList());
        AtomicFile.Write(path, bytes);
    }
}
