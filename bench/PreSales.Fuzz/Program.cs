using System.Globalization;
using PreSales.Fuzz;

// dotnet run -c Release --project bench/PreSales.Fuzz -- --count 10000 [--seconds N] [--seed S] [--out folder] [--seeds folder]...
if (args.Length > 0 && args[0] == "--worker")
    return Worker.Run();

int count = 1000, seed = 1;
double seconds = 0;
var output = Path.Combine(Harness.FindRoot(), "out", "fuzz");
var folders = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--count": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seconds": seconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--out": output = Next(); break;
        case "--seeds": folders.Add(Next()); break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; use --count N --seconds N --seed S --out folder --seeds folder");
            return 2;
    }
}
var report = Harness.Run(new FuzzOptions(count, seconds, seed, output, folders), Console.Out);
Console.WriteLine();
Console.WriteLine($"inputs: {report.Inputs} (seed {seed})");
foreach (var (kind, n) in report.ByKind)
    Console.WriteLine($"  {kind}: {n}");
Console.WriteLine($"exit codes: {string.Join(", ", report.ByExit.Select(e => $"{e.Key}: {e.Value}"))}");
Console.WriteLine($"crashes: {report.Crashes}, over 10 s of processor time or hung: {report.Timeouts}, over {500} MB: {report.OverMemory}, framework messages: {report.FrameworkMessages}, invalid annotated copies: {report.InvalidOutputs} (every 10th copy validated; {Harness.UnverifiedCopies} blown-up or deeply nested ones skipped)");
Console.WriteLine($"worst time: {report.WorstMs:F0} ms of processor time ({report.WorstInput})");
Console.WriteLine($"peak working set: {report.PeakBytes / (1024.0 * 1024):F0} MB in a fresh process ({report.PeakInput}; a fresh worker holds {report.FreshBaseBytes >> 20} MB before any input); "
    + $"{report.Rechecked} runs repeated in a fresh process; {report.WorkerPeakBytes >> 20} MB at most in the long-lived worker, what it carried in included");
foreach (var failure in report.Failures)
    Console.WriteLine($"FAILED {failure.Input}: {failure.Command}: {failure.Why}");
return report.Clean ? 0 : 1;
