using System.Diagnostics;
using System.Text.Json;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;

namespace PreSales.Bench;

/// <summary>
/// Deck benchmark: plan + render of the zh-CN sample deal in a warm process (median), a batch of 200, and in the same
/// run the peer pptxgenjs building the same slides from the same plan (bench/node/deck-peer.mjs). With
/// <c>--cli PATH</c> it also times whole processes: <c>presales deck --from-plan outline.md</c> against pandoc.
/// </summary>
public static class DeckBenchmark
{
    public static int Run(string[] args)
    {
        var dealPath = args.FirstOrDefault(a => a.EndsWith(".json", StringComparison.Ordinal)) ?? DefaultDeal();
        var load = DealReader.ReadFile(dealPath);
        if (load.Deal is not { } deal)
        {
            Console.Error.WriteLine($"deck: {dealPath} does not load");
            return 2;
        }
        var request = new DeckRequest();
        var plan = DeckPlanner.Plan(deal, request).Plan;
        var planMs = Timing.MedianMs(() => DeckPlanner.Plan(deal, request));
        var renderMs = Timing.MedianMs(() => DeckRenderer.Render(plan));
        var bothMs = Timing.MedianMs(() => DeckRenderer.Render(DeckPlanner.Plan(deal, request).Plan));
        // Bytes allocated per deck: what the host's garbage collector pays for each request, whatever the machine's load.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        const int batch = 200;
        for (var i = 0; i < batch; i++)
            DeckRenderer.Render(DeckPlanner.Plan(deal, request).Plan);
        var batchMs = clock.Elapsed.TotalMilliseconds / batch;
        var perDeckKb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / batch;
        var renderKb = AllocatedKb(() => DeckRenderer.Render(plan));
        var planKb = AllocatedKb(() => DeckPlanner.Plan(deal, request));
        Console.WriteLine($"deck: {Path.GetFileName(dealPath)}, {plan.Slides.Count} slides");
        Console.WriteLine($"  presales  plan {planMs:0.000} ms + render {renderMs:0.000} ms; plan+render median {bothMs:0.000} ms; batch of {batch}: {batchMs:0.000} ms/deck, {perDeckKb:0} KB allocated/deck (plan {planKb:0} KB, render {renderKb:0} KB)");

        var dir = Directory.CreateTempSubdirectory("deck-bench").FullName;
        var planFile = Path.Combine(dir, "plan.json");
        File.WriteAllText(planFile, DeckPlanJson.Serialize(plan));
        var peer = Peer(planFile);
        if (peer is { } p)
            Console.WriteLine($"  pptxgenjs median {p.Median:0.000} ms; batch of {batch}: {p.Batch:0.000} ms/deck  → presales/pptxgenjs = {bothMs / p.Median:0.00} (median), {batchMs / p.Batch:0.00} (batch); target ≤ 0.50");

        var cliIndex = Array.IndexOf(args, "--cli");
        if (cliIndex >= 0 && cliIndex + 1 < args.Length)
            Processes(args[cliIndex + 1], plan, dir);
        return 0;
    }

    private static double AllocatedKb(Action action, int runs = 50)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
            action();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / runs;
    }

    private static string DefaultDeal()
    {
        var sample = Path.Combine(Timing.Root, "samples", "telecom-pilot.zh-CN.json");
        return File.Exists(sample) ? sample : Path.Combine(Timing.Root, "tests", "fixtures", "decks", "deck-deal.zh-CN.json");
    }

    private static (double Median, double Batch)? Peer(string planFile)
    {
        var script = Path.Combine(Timing.Root, "bench", "node", "deck-peer.mjs");
        if (!Directory.Exists(Path.Combine(Timing.Root, "bench", "node", "node_modules", "pptxgenjs")))
        {
            Console.WriteLine("  pptxgenjs: not installed (run npm ci in bench/node)");
            return null;
        }
        var (exit, output) = Run("node", [script, planFile, "100", "200"]);
        if (exit != 0)
        {
            Console.WriteLine("  pptxgenjs: failed: " + output);
            return null;
        }
        using var json = JsonDocument.Parse(output);
        return (json.RootElement.GetProperty("medianMs").GetDouble(), json.RootElement.GetProperty("batchMsPerDeck").GetDouble());
    }

    /// <summary>Whole processes, start-up included: presales from an outline against pandoc from the same outline.</summary>
    private static void Processes(string cli, DeckPlan plan, string dir)
    {
        var outline = Path.Combine(dir, "outline.md");
        File.WriteAllText(outline, DeckOutline.Write(plan));
        var ours = ProcessMedian(cli, ["deck", "--from-plan", outline, "-o", Path.Combine(dir, "ours.pptx")]);
        var pandoc = ProcessMedian("pandoc", [outline, "-o", Path.Combine(dir, "pandoc.pptx")]);
        Console.WriteLine($"  whole process (median of 10): presales deck --from-plan {ours:0} ms; pandoc {pandoc:0} ms");
    }

    private static double ProcessMedian(string file, string[] args)
    {
        Run(file, args);
        var times = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var clock = Stopwatch.StartNew();
            var (exit, output) = Run(file, args);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (exit != 0)
                Console.WriteLine($"  {file} failed: {output}");
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static (int Exit, string Output) Run(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, (stdout.Result + stderr.Result).Trim());
    }
}
