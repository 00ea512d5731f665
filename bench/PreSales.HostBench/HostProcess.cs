using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PreSales.HostBench;

/// <summary>
/// The host as a real process (the Release build of src/PreSales.AddinHost), on a free loopback port over HTTP, with the
/// database settings given; killed with SIGKILL or stopped with SIGTERM, its peak memory read from /proc.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    public static string HostDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PreSales.sln")))
            dir = dir.Parent;
        var dll = Path.Combine(dir?.FullName ?? ".", "src", "PreSales.AddinHost", "bin", "Release", "net10.0", "PreSales.AddinHost.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the host first: dotnet build -c Release src/PreSales.AddinHost", dll);
    }

    public static async Task<HostProcess> StartAsync(IEnumerable<string> settings)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(HostDll());
        foreach (var arg in new[] { "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default", "Warning" }.Concat(settings))
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"  host {process.Id}: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await host.WaitHealthyAsync();
        return host;
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the host exited with {process.ExitCode} before it was healthy");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the host did not become healthy in 90 s");
    }

    /// <summary>The process's peak resident memory (VmHWM) in MB.</summary>
    public double PeakMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        return double.NaN;
    }

    /// <summary>The processor time the process has used so far (user and system, from /proc/PID/stat).</summary>
    public TimeSpan ProcessorTime()
    {
        // Fields after the command's closing parenthesis: state is field 3, utime 14 and stime 15, in clock ticks.
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    /// <summary>SIGKILL: no shutdown, no flush; what a power cut or the OOM killer does to the process.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM and wait: the graceful shutdown.</summary>
    public void Stop()
    {
        if (process.HasExited)
            return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        if (!process.WaitForExit(60_000))
            process.Kill(entireProcessTree: true);
    }

    public void Dispose()
    {
        if (!process.HasExited)
            Kill();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
