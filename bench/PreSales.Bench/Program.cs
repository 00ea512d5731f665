// Benchmarks: a plain harness, one subcommand per feature, each comparing against its peer in the same run.
// Run with: dotnet run -c Release --project bench/PreSales.Bench -- <name>
using PreSales.Bench;

var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["deal-load"] = DealLoadBenchmark.Run,
    ["minutes"] = MinutesBenchmark.Run,
    ["deck"] = DeckBenchmark.Run,
    ["review"] = PreSales.Bench.Review.ReviewBenchmark.Run,
    ["refusal"] = PreSales.Bench.Refusal.RefusalBenchmark.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: PreSales.Bench <" + string.Join('|', benchmarks.Keys) + "> [options]");
    return 2;
}
return run(args[1..]);
