using System.CommandLine;
using PreSales.DocGen.Method;

namespace PreSales.Cli.Check;

/// <summary><c>presales check deal.json [--json]</c>: validates a deal file and prints the method's analysis.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var deal = new Argument<string>("deal") { Description = "交易文件 / the deal file (.json)" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出 / print the analysis as JSON" };
        var command = new Command("check", "检查交易文件并给出方法论分析 / validate a deal file and print the method's analysis")
        {
            deal, json,
        };
        command.SetAction(result => Run(result.GetValue(deal)!, result.GetValue(json)));
        return command;
    }

    private static int Run(string path, bool json)
    {
        var deal = CommandLine.LoadDeal(path);
        if (deal is null)
            return CommandLine.Unusable;
        var analysis = DealAnalysis.Of(deal);
        Console.Out.Write(json ? AnalysisJson.Write(analysis) : AnalysisText.Write(analysis));
        return analysis.HasBlockingGaps ? CommandLine.Findings : CommandLine.Ok;
    }
}
