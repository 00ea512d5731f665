using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;

namespace PreSales.Bench;

/// <summary>Reading and analysing the sample deal: the cost every command pays first.</summary>
public static class DealLoadBenchmark
{
    public static int Run(string[] args)
    {
        var path = args.Length > 0 ? args[0] : Path.Combine(Timing.Root, "samples", "telecom-pilot.zh-CN.json");
        var bytes = File.ReadAllBytes(path);
        var load = Timing.MedianMs(() => DealReader.Read(bytes));
        var deal = DealReader.Read(bytes).Deal ?? throw new InvalidOperationException("sample does not load");
        var analyse = Timing.MedianMs(() => DealAnalysis.Of(deal));
        Console.WriteLine($"deal-load: read+validate {load:0.000} ms, analyse {analyse:0.000} ms (median, warm) — {path}");
        return 0;
    }
}
