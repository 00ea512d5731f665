using System.Diagnostics;

namespace PreSales.AddinHost.Tests.Support;

/// <summary>Runs a .NET program (the presales CLI, the host) as a real process.</summary>
public static class Processes
{
    /// <summary>The presales command as built in its own output folder (its dependencies are beside it there).</summary>
    public static string Cli
    {
        get
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var (framework, configuration) = (here.Name, here.Parent!.Name);
            var root = here;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Directory.Packages.props")))
                root = root.Parent;
            return Path.Combine(root!.FullName, "src", "PreSales.Cli", "bin", configuration, framework, "presales.dll");
        }
    }

    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(string dll, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.IsPathRooted(dll) ? dll : Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["PRESALES_LANG"] = "en-US";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{dll} {string.Join(' ', arguments)} did not finish in 60 s");
        }
        return new Outcome(process.ExitCode, await output, await error);
    }
}
