using System.CommandLine;
using System.Text.Json;
using PreSales.AddinHost.Templates;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Language;
using PreSales.DocGen.Packaging;

namespace PreSales.Cli.Deck;

/// <summary>
/// <c>presales deck</c>: the deck for a deal's next exchange (METHOD §4), on the default or the user's template;
/// <c>--plan-only</c> prints the plan (JSON or Markdown), <c>--from-plan</c> renders an edited plan or a Markdown
/// outline, several deal files make one deck each in a folder.
/// </summary>
internal static class DeckCommand
{
    public static Command Create()
    {
        var deals = new Argument<string[]>("deals") { Description = "交易文件，可多个 / deal files (.json), one or more", Arity = ArgumentArity.ZeroOrMore };
        var exchange = new Option<int?>("--exchange") { Description = "第几次交流（从 1 开始；默认下一次计划中的交流） / which exchange, from 1 (default: the next planned one)" };
        var minutes = new Option<int?>("--minutes") { Description = "交流时长（分钟） / the exchange's length in minutes" };
        var template = new Option<string?>("--template") { Description = "PowerPoint 模板（.pptx/.potx） / your PowerPoint template" };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（批量时为文件夹） / output file (a folder for several deals)" };
        var planOnly = new Option<bool>("--plan-only") { Description = "只输出幻灯片计划 / print the deck plan only" };
        var format = new Option<string?>("--format") { Description = "计划格式 json|md / plan format json|md" };
        var fromPlan = new Option<string?>("--from-plan") { Description = "从计划（.json）或大纲（.md）生成 / render from a plan (.json) or an outline (.md)" };
        var keep = new Option<bool>("--keep-template-slides") { Description = "保留模板自带的示例幻灯片 / keep the template's own slides" };
        var check = new Option<bool>("--check-template") { Description = "只检查模板：每类幻灯片用哪个版式、未用哪些及原因（--format json 输出 JSON） / check the template only: which layout each slide kind uses and which were passed over, and why (--format json for JSON)" };
        var command = new Command("deck", "生成下一次交流的 TQCSS 演示文稿 / make the TQCSS deck for the next exchange")
        {
            deals, exchange, minutes, template, output, planOnly, format, fromPlan, keep, check,
        };
        command.SetAction(r => new DeckRun(
            r.GetValue(deals) ?? [], r.GetValue(exchange), r.GetValue(minutes), r.GetValue(template), r.GetValue(output),
            r.GetValue(planOnly), r.GetValue(format), r.GetValue(fromPlan), r.GetValue(keep)) { CheckTemplate = r.GetValue(check) }.Execute());
        return command;
    }
}

/// <summary>One invocation of <c>presales deck</c>.</summary>
internal sealed record DeckRun(
    string[] Deals, int? Exchange, int? Minutes, string? Template, string? Output, bool PlanOnly, string? Format, string? FromPlan, bool KeepTemplateSlides)
{
    /// <summary>
    /// Runs the command. Input errors are printed in the deal's language, or the plan's with --from-plan, or the
    /// CLI's default before either is read (and for a batch's template, which serves deals of both languages).
    /// </summary>
    public int Execute()
    {
        if (CheckTemplate)
            return CheckTemplateOnly();
        if (FromPlan is not null)
            return RenderPlanFile(FromPlan);
        if (Deals.Length == 0)
        {
            Console.Error.WriteLine("presales deck: 请给出交易文件或 --from-plan / give a deal file or --from-plan");
            return CommandLine.Unusable;
        }
        if (Deals.Length == 1 && (Output is null || !Directory.Exists(Output) && !Output.EndsWith('/') && !Output.EndsWith(Path.DirectorySeparatorChar)))
            return One(Deals[0], Output, LoadTemplate);
        byte[]? template;
        try
        {
            template = LoadTemplate();
        }
        catch (DeckInputException e)
        {
            return Fail("presales deck", e, CommandLine.DefaultLanguage);
        }
        return DeckBatch.Run(this, template);
    }

    /// <summary>--check-template: how each slide kind maps onto the template's layouts, before any deck is made.</summary>
    public bool CheckTemplate { get; init; }

    private int CheckTemplateOnly()
    {
        var language = CommandLine.DefaultLanguage;
        try
        {
            var mapping = DeckRenderer.CheckTemplate(LoadTemplate());
            // JSON is the host's template-upload report (its "mapping"), so a script reads one shape from either.
            if (string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase))
                Console.Out.Write(JsonSerializer.Serialize(TemplateLayouts.Of(mapping, language == DealLanguage.ZhCN), JsonOptions) + "\n");
            else
                Console.Out.Write((Template ?? "(default)") + "\n" + mapping.ToText(language));
            return CommandLine.Ok;
        }
        catch (DeckInputException e)
        {
            return Fail("presales deck", e, language);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = DealJson.Options.Encoder };

    // What the template made the renderer do differently, one line each, after the deck's path.
    private void Warn(IReadOnlyList<Bilingual> warnings, DealLanguage language)
    {
        foreach (var warning in warnings)
            Console.Error.WriteLine($"{Template ?? "presales deck"}{(language == DealLanguage.ZhCN ? "：注意：" : ": warning: ")}{warning.In(language)}");
    }

    private byte[]? LoadTemplate()
    {
        if (Template is null)
            return null;
        if (!File.Exists(Template))
            throw new DeckInputException("模板文件不存在", "the template file does not exist");
        // A template is read whole; one bigger on disk than it may be inflated is refused before it is read.
        if (new FileInfo(Template).Length > PackageLimits.Template.MaxTotalBytes)
            throw new DeckInputException($"模板文件超过 {PackageLimits.Template.MaxTotalBytes >> 20} MB", $"the template file is over {PackageLimits.Template.MaxTotalBytes >> 20} MB");
        return File.ReadAllBytes(Template);
    }

    /// <summary>
    /// Plans and renders (or prints the plan of) one deal; returns the exit code. Input errors are printed in the
    /// deal's language, prefixed by <paramref name="label"/> (the deal file in a batch).
    /// </summary>
    public int One(string dealPath, string? output, Func<byte[]?> template, string label = "presales deck", bool quiet = false)
    {
        var deal = CommandLine.LoadDeal(dealPath);
        if (deal is null)
            return CommandLine.Unusable;
        if (WrongExtension(output ?? "", PlanOnly ? [".json", ".md"] : [".pptx"], output is null) is { } wrong)
            return Fail(label, wrong, deal.Language);
        try
        {
            return Make(deal, dealPath, output, template, quiet);
        }
        catch (DeckInputException e)
        {
            return Fail(label, e, deal.Language);
        }
    }

    private int Make(Deal deal, string dealPath, string? output, Func<byte[]?> template, bool quiet)
    {
        // The template is checked first, so a refused one is the only message; a plan needs none.
        var templateBytes = PlanOnly ? null : template();
        var planning = DeckPlanner.Plan(deal, new DeckRequest(Exchange, Minutes));
        foreach (var fact in planning.FactsToGather)
            Console.Error.WriteLine($"{dealPath}: {Gather(deal.Language)}{fact}");
        if (PlanOnly)
        {
            var md = string.Equals(Format, "md", StringComparison.OrdinalIgnoreCase) || (output?.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ?? false);
            var text = md ? DeckOutline.Write(planning.Plan) : DeckPlanJson.Serialize(planning.Plan);
            if (output is null)
                Console.Out.Write(text);
            else
                AtomicFile.WriteText(output, text);
            return CommandLine.Ok;
        }
        var path = output ?? DefaultPath(dealPath);
        var warnings = DeckRenderer.RenderToFile(planning.Plan, path, templateBytes, KeepTemplateSlides);
        if (!quiet)
            Warn(warnings, deal.Language);
        if (!quiet)
            Console.Out.WriteLine(path);
        return CommandLine.Ok;
    }

    /// <summary>Prints an input error in the language given; a template problem is prefixed with the template's path.</summary>
    private int Fail(string label, DeckInputException e, DealLanguage language)
    {
        var about = Template is not null && (e.English.StartsWith("the template", StringComparison.Ordinal) || e.InnerException is PackageRejectedException);
        var separator = language == DealLanguage.ZhCN ? "：" : ": ";
        Console.Error.WriteLine($"{label}: {(about ? Template + separator : "")}{e.MessageIn(language)}");
        return CommandLine.Unusable;
    }

    /// <summary>
    /// Without -o a deck goes to out/ (which git ignores) under the name of its deal or plan file; the path is printed.
    /// </summary>
    internal static string DefaultPath(string input) => Path.Combine("out", Path.ChangeExtension(Path.GetFileName(input), ".pptx"));

    /// <summary>
    /// An output whose extension does not say what is written (a deck named .docx) is refused rather than corrected:
    /// a file named wrong opens in the wrong program, and a silent rename would leave the user looking for it.
    /// </summary>
    internal static DeckInputException? WrongExtension(string output, string[] expected, bool defaulted)
    {
        if (defaulted || expected.Any(e => output.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            return null;
        var names = string.Join(" / ", expected);
        var ext = Path.GetExtension(output);
        return new DeckInputException(
            $"{output}：输出文件的扩展名应为 {names}{(ext.Length > 0 ? $"，而不是 {ext}" : "")}（写出的是{(expected[0] == ".pptx" ? " PowerPoint 演示文稿" : "幻灯片计划")}）",
            $"{output}: the output file must end in {names}{(ext.Length > 0 ? $", not {ext}" : "")} (what is written is {(expected[0] == ".pptx" ? "a PowerPoint deck" : "a deck plan")})");
    }

    private static string Gather(DealLanguage language) => language == DealLanguage.ZhCN ? "待收集：" : "to gather: ";

    private int RenderPlanFile(string planPath)
    {
        DeckPlan plan;
        try
        {
            plan = ReadPlan(planPath);
        }
        catch (DeckInputException e)
        {
            return Fail("presales deck", e, CommandLine.DefaultLanguage);
        }
        try
        {
            if (WrongExtension(Output ?? "", [".pptx"], Output is null) is { } wrong)
                return Fail("presales deck", wrong, plan.Language);
            var path = Output ?? DefaultPath(planPath);
            Warn(DeckRenderer.RenderToFile(DeckPlanner.Fit(plan), path, LoadTemplate(), KeepTemplateSlides), plan.Language);
            Console.Out.WriteLine(path);
            return CommandLine.Ok;
        }
        catch (DeckInputException e)
        {
            return Fail("presales deck", e, plan.Language);
        }
    }

    private const long MaxPlanBytes = 256 * 1024;

    private static DeckPlan ReadPlan(string planPath)
    {
        if (!File.Exists(planPath))
            throw new DeckInputException($"{planPath}：文件不存在", $"{planPath}: the file does not exist");
        // A real plan or outline is tens of KB; the outline reader's work grows faster than the file.
        if (new FileInfo(planPath).Length > MaxPlanBytes)
            throw new DeckInputException($"{planPath}：计划/大纲文件超过 {MaxPlanBytes >> 10} KB", $"{planPath}: the plan or outline is over {MaxPlanBytes >> 10} KB");
        var text = File.ReadAllText(planPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(planPath))!;
        DeckPlan plan;
        IReadOnlyList<string> warnings;
        if (planPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            (plan, warnings) = SlideImages.Resolve(DeckPlanJson.Deserialize(text, planPath), folder);
        }
        else
        {
            var reading = OutlineReader.Read(text, folder);
            (plan, warnings) = (reading.Plan, reading.Warnings);
        }
        foreach (var warning in warnings)
            Console.Error.WriteLine($"{planPath}: {warning}");
        return plan;
    }
}
