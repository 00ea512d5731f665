using System.CommandLine;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Language;
using PreSales.DocGen.Packaging;

namespace PreSales.Cli.Doc;

/// <summary>
/// <c>presales doc minutes|plan|summary|qa|brief deal.json [--exchange N] [--template FILE] [-o out.docx]</c>: the method's
/// Word documents; <c>presales doc templates [DIR]</c> writes the default templates, the start of a company template.
/// </summary>
internal static class DocCommand
{
    public static Command Create()
    {
        var command = new Command("doc", "生成 Word 文档：交流总结、整体策划方案、售前项目总结、答疑准备、主讲人简报 / make the Word documents of the method");
        command.Subcommands.Add(Kind(DocumentKind.Minutes, "交流总结（会议纪要） / exchange summary (the minutes)"));
        command.Subcommands.Add(Kind(DocumentKind.Plan, "整体策划方案 / overall strategy plan"));
        command.Subcommands.Add(Kind(DocumentKind.Summary, "售前项目总结（未结束的交易生成中期总结）/ deal summary (interim for an open deal)"));
        command.Subcommands.Add(Kind(DocumentKind.QaPreparation, "答疑准备 / Q&A preparation"));
        command.Subcommands.Add(Kind(DocumentKind.Brief, "主讲人简报（下次交流的检查、参会人、流程与时间、答问、提问、控场）/ presenter's brief for the next exchange"));
        command.Subcommands.Add(Templates());
        return command;
    }

    private static Command Kind(DocumentKind kind, string description)
    {
        var deal = new Argument<string>("deal") { Description = "交易文件 / the deal file (.json)" };
        var options = new DocOptions();
        var command = new Command(DocumentKinds.Slug(kind), description) { deal };
        options.AddTo(command);
        command.SetAction(result => Run(kind, result.GetValue(deal)!, options.Read(result)));
        return command;
    }

    private static int Run(DocumentKind kind, string dealPath, DocSettings settings)
    {
        var deal = CommandLine.LoadDeal(dealPath);
        if (deal is null)
            return CommandLine.Unusable;
        return Write(deal, kind, settings);
    }

    /// <summary>Makes and writes one document; shared with <c>presales minutes</c>.</summary>
    public static int Write(Deal deal, DocumentKind kind, DocSettings settings)
    {
        var v = Vocabulary.For(deal.Language);
        try
        {
            var request = new DocumentRequest(kind, DateOnly.FromDateTime(DateTime.Now), settings.Exchange,
                DocOutput.ReadTemplate(settings.Template, v), settings.Naming ?? DocumentNaming.DefaultPattern, settings.Version ?? 1);
            var (path, placed) = DocOutput.Place(deal, request, settings.Output, settings.Version is not null);
            var made = Deliverables.Make(deal, placed);
            AtomicFile.Write(path, made.Bytes);
            Console.Out.WriteLine(v.Pick($"已生成 {DocumentKinds.Title(kind, v)}：{path}", $"wrote the {DocumentKinds.Title(kind, v)}: {path}"));
            return CommandLine.Ok;
        }
        catch (DocumentInputException e)
        {
            return DocOutput.Fail(e, settings.Template);
        }
        catch (OutputFileException e)
        {
            return CommandLine.CannotWrite(e, deal.Language);
        }
    }

    private static Command Templates()
    {
        var folder = new Argument<string>("dir") { Description = "输出目录 / output folder", DefaultValueFactory = _ => "templates" };
        var command = new Command("templates", "写出默认模板（中英文各一套），可在 Word 中改成公司模板 / write the default templates, to turn into a company template in Word") { folder };
        command.SetAction(result =>
        {
            var dir = result.GetValue(folder)!;
            foreach (var kind in Enum.GetValues<DocumentKind>())
            {
                foreach (var language in Enum.GetValues<DealLanguage>())
                {
                    var path = Path.Combine(dir, DefaultTemplates.FileName(kind, language));
                    AtomicFile.Write(path, DefaultTemplates.Get(kind, language));
                    Console.Out.WriteLine(path);
                }
            }
            return CommandLine.Ok;
        });
        return command;
    }
}

/// <summary>The options every document command shares.</summary>
internal sealed record DocSettings(int? Exchange, string? Template, string? Output, string? Naming, int? Version);

/// <summary>The shared options, declared once.</summary>
internal sealed class DocOptions
{
    private readonly Option<int?> exchange = new("--exchange") { Description = "第几次交流（从 1 开始，按文件顺序）/ the exchange, 1-based in file order" };
    private readonly Option<string?> template = new("--template") { Description = "自定义模板（.docx/.dotx）/ your own template" };
    private readonly Option<string?> output = new("--output", "-o") { Description = "输出文件或目录 / output file or folder" };
    private readonly Option<string?> naming = new("--naming") { Description = "命名规则 / naming convention, default " + DocumentNaming.DefaultPattern };
    private readonly Option<int?> version = new("--version-number") { Description = "版本号 {n} / the version {n} (default: the next free one)" };

    public void AddTo(Command command)
    {
        command.Options.Add(exchange);
        command.Options.Add(template);
        command.Options.Add(output);
        command.Options.Add(naming);
        command.Options.Add(version);
    }

    public DocSettings Read(ParseResult result) => new(
        result.GetValue(exchange), result.GetValue(template), result.GetValue(output), result.GetValue(naming), result.GetValue(version));
}
