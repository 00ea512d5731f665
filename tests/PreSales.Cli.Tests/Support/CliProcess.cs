using System.Diagnostics;

namespace PreSales.Cli.Tests.Support;

/// <summary>
/// Runs <c>presales</c>. <see cref="Run"/> and <see cref="RunIn"/> call the CLI in this process (its real entry,
/// <c>CommandLine.Run</c>, with stdout, stderr, the working folder and PRESALES_LANG swapped in, one call at a time): the
/// same exit codes and output without starting dotnet for each. <see cref="Process"/> and <see cref="RunWith"/> start
/// the built presales.dll as a real process, for what only a process shows (its exit code as the shell sees it, a locale
/// from the environment); tests using them carry [Trait("Category", "Slow")].
/// </summary>
public static class CliProcess
{
    private static readonly object OneAtATime = new();

    public static string Root { get; } = FindRoot();

    public static string Samples(string name) => Path.Combine(Root, "samples", name);

    public sealed record Result(int Exit, string Out, string Err);

    /// <summary>Runs the CLI in this process from the repository root.</summary>
    public static Result Run(params string[] args) => RunIn(null, null, args);

    /// <summary>Runs the CLI in this process with a working folder and an optional UI language (PRESALES_LANG).</summary>
    public static Result RunIn(string? workDir, string? lang, params string[] args)
    {
        lock (OneAtATime)
        {
            var (stdout, stderr, folder, language) = (Console.Out, Console.Error, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PRESALES_LANG"));
            var (culture, ui) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
            using var output = new StringWriter();
            using var error = new StringWriter();
            try
            {
                Console.SetOut(output);
                Console.SetError(error);
                Environment.CurrentDirectory = workDir ?? Root;
                Environment.SetEnvironmentVariable("PRESALES_LANG", lang);
                // As Program.cs sets it: files read the same on every machine; the UI language is the machine's.
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
                var exit = PreSales.Cli.CommandLine.Run(args);
                return new Result(exit, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
                Environment.CurrentDirectory = folder;
                Environment.SetEnvironmentVariable("PRESALES_LANG", language);
                System.Globalization.CultureInfo.CurrentCulture = culture;
                System.Globalization.CultureInfo.CurrentUICulture = ui;
            }
        }
    }

    /// <summary>Runs the real presales program as a separate process, with an optional UI language.</summary>
    public static Result Process(string? lang, params string[] args) =>
        RunWith(lang is null ? [] : new Dictionary<string, string> { ["PRESALES_LANG"] = lang }, null, args);

    /// <summary>Runs the real presales program as a process, with extra environment variables (e.g. a locale).</summary>
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
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("presales did not finish in 120 s (hang guard): " + string.Join(' ', args));
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
