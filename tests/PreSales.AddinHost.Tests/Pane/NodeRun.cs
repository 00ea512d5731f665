using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PreSales.AddinHost.Tests.Pane;

/// <summary>
/// Runs the pane's JavaScript tests (node's test runner, TAP output) from xunit, so they count in the suite's totals.
/// Each call is one test file, or one test of a file; a failure names the failing tests and their first lines.
/// </summary>
internal static partial class NodeRun
{
    public static readonly string Root = FindRoot();
    public static readonly string PaneDir = Path.Combine(Root, "src", "PreSales.AddinHost", "Pane");
    public static readonly string HostDir = Path.Combine(Root, "src", "PreSales.AddinHost");

    /// <summary>Skips (with the reason) when node or the pane's packages are missing; CI installs both.</summary>
    public static void SkipUnlessNode()
    {
        Skip.If(Which("node") is null, "Node.js is not installed (it is a prerequisite: the README lists it beside the .NET SDK)");
        Skip.IfNot(Directory.Exists(Path.Combine(PaneDir, "node_modules")),
            "the pane's packages are not installed: build src/PreSales.AddinHost with npm on the PATH (it runs npm ci)");
    }

    public static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    /// <summary>node --test on one file (optionally one test by its exact name); returns the TAP output.</summary>
    public static async Task<string> TestAsync(string file, string? name = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = PaneDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add("--test-reporter=tap");
        if (name is not null)
            start.ArgumentList.Add($"--test-name-pattern=^{Regex.Escape(name)}$");
        start.ArgumentList.Add(file);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {name}: still running after 5 minutes\n{await output}");
        }
        var tap = await output;
        var failed = FailedLine().Matches(tap).Select(m => m.Groups[1].Value).ToList();
        Assert.True(process.ExitCode == 0 && failed.Count == 0,
            $"{file}: {(failed.Count > 0 ? "failed: " + string.Join("; ", failed) : $"exit {process.ExitCode}")}\n{Tail(tap)}\n{Tail(await errors)}");
        var passed = PassLine().Match(tap);
        Assert.True(passed.Success && int.Parse(passed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0,
            $"{file} {name}: no test ran\n{Tail(tap)}");
        var skipped = SkipLine().Matches(tap).Where(m => !m.Value.Contains("does not match pattern", StringComparison.Ordinal)).ToList();
        Skip.If(skipped.Count > 0, string.Join("; ", skipped.Select(m => m.Value)));
        return tap;
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    [GeneratedRegex(@"^not ok \d+ - (.+)$", RegexOptions.Multiline)]
    private static partial Regex FailedLine();

    [GeneratedRegex(@"^# pass (\d+)$", RegexOptions.Multiline)]
    private static partial Regex PassLine();

    [GeneratedRegex(@"^ok \d+ - .+ # SKIP.*$", RegexOptions.Multiline)]
    private static partial Regex SkipLine();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PreSales.sln")))
            dir = dir.Parent;
        return dir!.FullName;
    }
}
