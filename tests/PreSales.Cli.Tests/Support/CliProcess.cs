using System.Diagnostics;

namespace PreSales.Cli.Tests.Support;

/// <summary>Runs the real `presales` program (the built presales.dll beside the tests) as a separate process.</summary>
public static class CliProcess
{
    public static string Root { get; } = FindRoot();

    public static string Samples(string name) => Path.Combine(Root, "samples", name);

    public sealed record Result(int Exit, string Out, string Err);

    public static Result Run(params string[] args) => RunIn(null, null, args);

    /// <summary>Runs with a working folder and an optional UI language (PRESALES_LANG).</summary>
    public static Result RunIn(string? workDir, string? lang, params string[] args) =>
        RunWith(lang is null ? [] : new Dictionary<string, string> { ["PRESALES_LANG"] = lang }, workDir, args);

    /// <summary>Runs with extra environment variables (e.g. a locale) in a working folder.</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string> environment, string? workDir, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "presales.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Root,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
            info.ArgumentList.Add(a);
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("presales did not finish in 120 s: " + string.Join(' ', args));
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PreSales.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PreSales.sln not found");
    }
}
