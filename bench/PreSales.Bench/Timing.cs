using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PreSales.Bench;

/// <summary>Warm-process timing: warm up, then take the median of many runs.</summary>
public static partial class Timing
{
    /// <summary>Median milliseconds of <paramref name="runs"/> calls after <paramref name="warmup"/> untimed ones.</summary>
    public static double MedianMs(Action action, int warmup = 20, int runs = 100)
    {
        for (var i = 0; i < warmup; i++)
            action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[runs / 2];
    }

    /// <summary>
    /// Medians of several actions timed in turn, run after run: on a shared machine whose load changes by the second,
    /// figures to be compared (a review and its floor) must be taken under the same load. Each action's wall-clock
    /// median and its processor-time median (the whole process, GC threads included: what the action costs whatever
    /// the machine's load; Linux getrusage, microseconds; NaN elsewhere).
    /// </summary>
    public static (double[] Wall, double[] Cpu) InterleavedMedianMs(IReadOnlyList<Action> actions, int warmup = 5, int runs = 30)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var action in actions)
        {
            for (var i = 0; i < warmup; i++)
                action();
        }
        var wall = actions.Select(_ => new double[runs]).ToArray();
        var cpu = actions.Select(_ => new double[runs]).ToArray();
        for (var r = 0; r < runs; r++)
        {
            for (var a = 0; a < actions.Count; a++)
            {
                var cpuStart = CpuMs();
                var start = Stopwatch.GetTimestamp();
                actions[a]();
                wall[a][r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu[a][r] = CpuMs() - cpuStart;
            }
        }
        return (wall.Select(Median).ToArray(), cpu.Select(Median).ToArray());
    }

    private static double Median(double[] times)
    {
        Array.Sort(times);
        return times[times.Length / 2];
    }

    /// <summary>Processor time of the whole process so far, ms (user + system), or NaN where getrusage is not there.</summary>
    public static double CpuMs()
    {
        if (!OperatingSystem.IsLinux())
            return double.NaN;
        var usage = new long[18];
        if (GetRUsage(0, usage) != 0)
            return double.NaN;
        // struct rusage starts with two struct timevals (seconds, microseconds): user, then system time.
        return (usage[0] + usage[2]) * 1000.0 + (usage[1] + usage[3]) / 1000.0;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, [Out] long[] usage);

    /// <summary>The repository root (the folder with PreSales.sln).</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PreSales.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
