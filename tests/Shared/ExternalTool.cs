using System.Diagnostics;

namespace PreSales.Tests.Support;

/// <summary>
/// Outside programs a test needs (soffice, pandoc, pdftotext, node, chromium). The convention, for every test project:
/// a test that needs one is a <c>[SkippableFact]</c>/<c>[SkippableTheory]</c> that starts with
/// <c>var soffice = ExternalTool.Require("soffice");</c> and carries <c>[Trait("Category", "Slow")]</c> when it starts
/// a process. Where the program is missing the test skips with the reason; it never throws or passes. On CI
/// (<c>CI=true</c>) <c>./test.sh</c> fails the run when any test was skipped, so a missing tool is never silent there.
/// PostgreSQL: <see cref="TestPostgres.Require"/>; Chromium: <see cref="RequireChromium"/>.
/// </summary>
public static class ExternalTool
{
    /// <summary>The full path of the program on PATH, or the test is skipped saying it is missing.</summary>
    public static string Require(string name)
    {
        var path = Find(name);
        Skip.If(path is null, $"{name} is not installed (not found on PATH); .ci/run installs it");
        return path!;
    }

    /// <summary>Debian's <c>chromium</c> (or another Chromium/Chrome on PATH), or the test is skipped.</summary>
    public static string RequireChromium()
    {
        var path = new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" }.Select(Find).FirstOrDefault(p => p is not null);
        Skip.If(path is null, "chromium is not installed (chromium, chromium-browser or google-chrome on PATH); .ci/run installs it");
        return path!;
    }

    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Runs a program to completion with a hang guard (a generous limit that fails the test, never a speed check);
    /// returns exit code, stdout and stderr.
    /// </summary>
    public static (int Exit, string Out, string Err) Run(string file, IEnumerable<string> args, string? workDir = null, int timeoutSeconds = 300)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Environment.CurrentDirectory,
        };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in {timeoutSeconds} s (hang guard)");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
