using System.CommandLine;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Review.Reports;
using PreSales.DocGen.Review.Rules;

namespace PreSales.Cli.Review;

/// <summary>
/// <c>presales review deck.pptx [--deal deal.json] [--minutes M] [--rules rules.json] [--format json|md] [-o report]
/// [--annotate out.pptx] [--fail-on error|warning] [--lang zh|en]</c>: reviews a deck against the method's checklist.
/// Exit 0 when the review ran, 1 when --fail-on is met, 2 when the input cannot be reviewed.
/// </summary>
internal static class ReviewCommand
{
    private sealed record Request(string Deck, string? Deal, double? Minutes, string? Rules, string Format, string? Output, string? Annotate, string? FailOn, string? Lang);

    public static Command Create()
    {
        var deck = new Argument<string>("deck") { Description = "要评审的 PPT / the deck to review (.pptx)" };
        var deal = new Option<string?>("--deal") { Description = "交易文件，启用针对客户的规则 / the deal file; enables the customer-aware rules" };
        var minutes = new Option<double?>("--minutes") { Description = "可用时间（分钟） / the minutes allotted for the talk" };
        var rules = new Option<string?>("--rules") { Description = "规则文件（JSON） / a rules file: enable/disable, severity, thresholds" };
        var format = new Option<string>("--format") { Description = "json 或 md / json or md", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md");
        var output = new Option<string?>("-o", "--output") { Description = "报告写入的文件（默认标准输出） / write the report to this file" };
        var annotate = new Option<string?>("--annotate") { Description = "写一份带批注的副本 / write a copy with each finding as a comment" };
        var failOn = new Option<string?>("--fail-on") { Description = "有该级别及以上的发现时退出码为 1 / exit 1 on findings at or above: error|warning" };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var lang = new Option<string?>("--lang") { Description = "报告语言 zh 或 en（默认跟随交易） / report language (default: the deal's)" };
        lang.AcceptOnlyFromAmong("zh", "en", "zh-CN", "en-US");
        var command = new Command("review", "按方法论清单逐页评审 PPT / review a deck against the method's checklist, slide by slide")
        {
            deck, deal, minutes, rules, format, output, annotate, failOn, lang,
        };
        command.SetAction(r => Run(new Request(r.GetValue(deck)!, r.GetValue(deal), r.GetValue(minutes), r.GetValue(rules), r.GetValue(format)!,
            r.GetValue(output), r.GetValue(annotate), r.GetValue(failOn), r.GetValue(lang))));
        return command;
    }

    private static int Run(Request request)
    {
        Deal? deal = null;
        if (request.Deal is not null && (deal = CommandLine.LoadDeal(request.Deal)) is null)
            return CommandLine.Unusable;
        var language = request.Lang is { } l ? (l.StartsWith("en", StringComparison.Ordinal) ? DealLanguage.EnUS : DealLanguage.ZhCN) : deal?.Language ?? CommandLine.DefaultLanguage;
        var settings = RuleSettings.Default;
        if (request.Rules is not null && (settings = LoadRules(request.Rules)) is null)
            return CommandLine.Unusable;
        if (request.Minutes is <= 0)
        {
            Console.Error.WriteLine(language == DealLanguage.ZhCN ? "presales: --minutes 必须大于 0" : "presales: --minutes must be above 0");
            return CommandLine.Unusable;
        }
        DeckFacts facts;
        try
        {
            facts = request.Annotate is null ? DeckReader.Read(request.Deck) : DeckReader.ReadToAnnotate(request.Deck);
        }
        catch (PackageRejectedException e)
        {
            Console.Error.WriteLine(e.Describe(request.Deck, language == DealLanguage.ZhCN));
            return CommandLine.Unusable;
        }
        var result = DeckReview.Run(facts, deal, request.Minutes, settings);
        var report = request.Format == "md" ? ReviewMarkdown.Write(result, language) : ReviewJson.Write(result, language);
        if (request.Output is null)
            Console.Out.Write(report);
        else
            AtomicFile.WriteText(request.Output, report);
        if (request.Annotate is not null)
        {
            try
            {
                DeckAnnotation.Write(request.Deck, request.Annotate, facts, result.Findings, language);
                if (facts.Slides.Count == 0)
                    Console.Error.WriteLine(language == DealLanguage.ZhCN ? $"{request.Annotate}：该 PPT 没有幻灯片，副本中没有批注；发现见报告。" : $"{request.Annotate}: the deck has no slides, so the copy carries no comments; the findings are in the report.");
            }
            catch (PackageRejectedException e)
            {
                Console.Error.WriteLine(e.Describe(request.Deck, language == DealLanguage.ZhCN));
                if (Environment.GetEnvironmentVariable("PRESALES_DEBUG") == "1")
                    Console.Error.WriteLine(e.InnerException);
                return CommandLine.Unusable;
            }
        }
        var failOn = request.FailOn switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => (Severity?)null };
        return failOn is { } level && result.Has(level) ? CommandLine.Findings : CommandLine.Ok;
    }

    private static RuleSettings? LoadRules(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: file not found");
            return null;
        }
        var (settings, problems) = RuleSettings.Parse(File.ReadAllText(path));
        foreach (var problem in problems)
            Console.Error.WriteLine($"{path}: {problem}");
        return settings;
    }
}
