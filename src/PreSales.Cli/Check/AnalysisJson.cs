using PreSales.DocGen.Method;

namespace PreSales.Cli.Check;

/// <summary>The JSON form of <c>presales check --json</c>.</summary>
internal static class AnalysisJson
{
    public static string Write(DealAnalysis analysis) => DealAnalysisJson.Write(analysis);
}
