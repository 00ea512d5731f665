using System.Diagnostics;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Support;

namespace PreSales.Bench.Refusal;

/// <summary>
/// <c>refusal</c>: how long hostile input takes to be refused — templates given to the deck and Word renderers, decks
/// given to the review — in a warm process (median), beside the time to render or read the same file when it is
/// sound. With <c>--cli PATH/presales.dll</c> it also times whole <c>presales review</c> processes refusing a hostile
/// deck (cold start included). The tests check what is refused and why; "refused in under a second" is measured here.
/// </summary>
public static class RefusalBenchmark
{
    public static int Run(string[] args)
    {
        var load = DealReader.ReadFile(Path.Combine(Timing.Root, "samples", "telecom-pilot.zh-CN.json"));
        if (load.Deal is not { } deal)
        {
            Console.Error.WriteLine("refusal: the sample deal does not load");
            return 2;
        }
        var plan = DeckPlanner.Plan(deal, new DeckRequest()).Plan;
        var deckTemplate = DeckRenderer.DefaultTemplate;
        var wordTemplate = DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.ZhCN);
        var today = new DateOnly(2026, 3, 20);

        Console.WriteLine("refusal of hostile input (warm process, median of 15; target < 1000 ms each)");
        var sound = Timing.MedianMs(() => DeckRenderer.Render(plan, deckTemplate), warmup: 3, runs: 15);
        Console.WriteLine($"  deck template, {"sound (render, for comparison)",-33} {sound,8:0.0} ms");
        foreach (var (name, bytes) in Hostile(deckTemplate, "ppt"))
            Console.WriteLine($"  deck template, {name,-33} {Refused(() => DeckRenderer.Render(plan, bytes)),8:0.0} ms");

        var soundWord = Timing.MedianMs(() => Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, today, Template: wordTemplate)), warmup: 3, runs: 15);
        Console.WriteLine($"  word template, {"sound (fill, for comparison)",-33} {soundWord,8:0.0} ms");
        foreach (var (name, bytes) in Hostile(wordTemplate, "word"))
            Console.WriteLine($"  word template, {name,-33} {Refused(() => Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, today, Template: bytes))),8:0.0} ms");

        var dir = Directory.CreateTempSubdirectory("presales-bench-refusal").FullName;
        try
        {
            var deck = DeckRenderer.Render(plan);
            var soundPath = Path.Combine(dir, "sound.pptx");
            File.WriteAllBytes(soundPath, deck);
            Console.WriteLine($"  review, {"sound deck (read, for comparison)",-40} {Timing.MedianMs(() => DeckReader.Read(soundPath), warmup: 3, runs: 15),8:0.0} ms");
            var hostileDecks = Hostile(deck, "ppt", 2L << 30).Select((h, i) =>
            {
                var path = Path.Combine(dir, $"hostile-{i}.pptx");
                File.WriteAllBytes(path, h.Bytes);
                return (h.Name, Path: path);
            }).ToList();
            foreach (var (name, path) in hostileDecks)
                Console.WriteLine($"  review, {name,-40} {Refused(() => DeckReader.Read(path)),8:0.0} ms");

            if (args is ["--cli", var cli, ..])
            {
                Console.WriteLine($"whole process: dotnet {Path.GetFileName(cli)} review <deck> (cold start included, median of 5)");
                foreach (var (name, path) in hostileDecks.Prepend(("sound deck", soundPath)))
                    Console.WriteLine($"  {name,-47} {ProcessMs(cli, path, path == soundPath ? 0 : 2),8:0} ms");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // Bombs just over the limits: 300 MB in one entry of a template (limit 64 MB), 2 GB in one entry of a deck (1 GB).
    private static (string Name, byte[] Bytes)[] Hostile(byte[] real, string folder, long bomb = 300L << 20) =>
    [
        ("encrypted", HostileTemplates.Encrypted()),
        ($"zip bomb ({bomb >> 20} MB in one entry)", HostileTemplates.WithZeros(real, $"{folder}/media/image99.png", bomb)),
        ("entity bomb (billion laughs)", HostileTemplates.WithEntityBomb(real, folder == "ppt" ? "ppt/presentation.xml" : "word/_rels/document.xml.rels")),
        ("../ entry", HostileTemplates.WithEntry(real, "../../evil.sh", "echo pwned")),
    ];

    // The median time until the call is refused; a call that is not refused is a bug, said so.
    private static double Refused(Action action) => Timing.MedianMs(() =>
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is PackageRejectedException or DeckInputException or DocumentInputException)
        {
            return;
        }
        throw new InvalidOperationException("hostile input was not refused");
    }, warmup: 3, runs: 15);

    private static double ProcessMs(string cli, string deck, int expected)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { cli, "review", deck })
                info.ArgumentList.Add(a);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (process.ExitCode != expected)
                throw new InvalidOperationException($"presales review {deck}: exit {process.ExitCode}, {error.Result}{output.Result}");
        }
        times.Sort();
        return times[2];
    }
}
