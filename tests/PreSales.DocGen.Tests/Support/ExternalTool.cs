using System.Diagnostics;

namespace PreSales.DocGen.Tests.Support;

/// <summary>
/// Tests that need an outside program (soffice, pandoc, node) skip where it is missing on a developer's machine,
/// and fail on CI (CI=true), where .ci/run installs it: a missing tool must never pass silently there.
/// </summary>
public static class ExternalTool
{
    public static string Require(string name)
    {
        var path = Find(name);
        if (path is not null)
            return path;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"{name} is not installed; .ci/run must install it");
        throw new SkipException($"{name} is not installed");
    }

    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a program to completion with a time limit; returns exit code, stdout and stderr.</summary>
    public static (int Exit, string Out, string Err) Run(string file, IEnumerable<string> args, string? workDir = null, int timeoutSeconds = 120)
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
            throw new TimeoutException($"{file} did not finish in {timeoutSeconds} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
