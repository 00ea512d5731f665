using System.Diagnostics;
using System.Text.Json;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;

namespace PreSales.Bench;

/// <summary>
/// The sample deal's minutes (deal → model → template → .docx bytes) in a warm process, against the npm package
/// docx building a comparable document (bench/node/minutes-docx.mjs) in a warm Node process, in the same run.
/// Target: at most half the peer's median.
/// </summary>
public static class MinutesBenchmark
{
    public static int Run(string[] args)
    {
        var path = args.Length > 0 ? args[0] : Path.Combine(Timing.Root, "samples", "telecom-pilot.zh-CN.json");
        var deal = DealReader.ReadFile(path).Deal ?? throw new InvalidOperationException("sample does not load: " + path);
        var request = new DocumentRequest(DocumentKind.Minutes, new DateOnly(2026, 11, 1));
        var size = Deliverables.Make(deal, request).Bytes.Length;
        var ours = Timing.MedianMs(() => Deliverables.Make(deal, request), warmup: 500, runs: 300);
        Console.WriteLine($"minutes: ours {ours:0.000} ms median, warm ({size / 1024} KB) — {path}");
        var peer = Peer();
        if (peer is null)
        {
            Console.WriteLine("minutes: peer not run (node or bench/node/node_modules missing: run `npm ci` in bench/node)");
            return 0;
        }
        Console.WriteLine($"minutes: peer docx 9.15.2 {peer:0.000} ms median, warm — ratio ours/peer {ours / peer:0.00} (target ≤ 0.50)");
        return 0;
    }

    private static double? Peer()
    {
        var dir = Path.Combine(Timing.Root, "bench", "node");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "docx")))
            return null;
        var info = new ProcessStartInfo("node") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "minutes-docx.mjs", "500", "300" })
            info.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(120_000);
            if (process.ExitCode != 0)
                return null;
            using var json = JsonDocument.Parse(output);
            return json.RootElement.GetProperty("medianMs").GetDouble();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
