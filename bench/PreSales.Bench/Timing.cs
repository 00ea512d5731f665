using System.Diagnostics;

namespace PreSales.Bench;

/// <summary>Warm-process timing: warm up, then take the median of many runs.</summary>
public static class Timing
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
