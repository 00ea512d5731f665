using System.Diagnostics;

namespace PreSales.Cli.Deck;

/// <summary>Several deal files in, one deck each into an output folder, with a progress line per deal on stderr.</summary>
internal static class DeckBatch
{
    public static int Run(DeckRun run, byte[]? template)
    {
        var folder = run.Output ?? "out";
        if (File.Exists(folder))
        {
            Console.Error.WriteLine($"presales deck: {folder}：批量输出需要文件夹 / several deals need an output folder, not a file");
            return CommandLine.Unusable;
        }
        Directory.CreateDirectory(folder);
        var failed = 0;
        var clock = Stopwatch.StartNew();
        var interactive = !Console.IsErrorRedirected;
        for (var i = 0; i < run.Deals.Length; i++)
        {
            var deal = run.Deals[i];
            var name = Path.GetFileNameWithoutExtension(deal) + (run.PlanOnly ? (string.Equals(run.Format, "md", StringComparison.OrdinalIgnoreCase) ? ".md" : ".json") : ".pptx");
            var target = Path.Combine(folder, name);
            // Input errors are printed by One, in this deal's language.
            var code = run.One(deal, target, () => template, label: deal, quiet: true);
            if (code != CommandLine.Ok)
                failed++;
            var bar = new string('#', (i + 1) * 20 / run.Deals.Length).PadRight(20, '.');
            var line = $"[{bar}] {i + 1}/{run.Deals.Length} {(code == CommandLine.Ok ? "✓" : "✗")} {deal} → {target}";
            Console.Error.Write(interactive ? "\r" + line.PadRight(Math.Min(Console.WindowWidth - 1, 119)) : line + "\n");
        }
        if (interactive)
            Console.Error.WriteLine();
        Console.Error.WriteLine($"{run.Deals.Length - failed}/{run.Deals.Length} decks in {folder} ({clock.Elapsed.TotalSeconds:0.0} s)");
        return failed > 0 ? CommandLine.Unusable : CommandLine.Ok;
    }
}
