using System.Globalization;

namespace PreSales.HostBench;

/// <summary>
/// The processor time PostgreSQL's server has used so far: every running <c>postgres</c> process (the postmaster, its
/// backends and workers) plus what its exited children used (the postmaster's cutime and cstime). Read beside the host's
/// own time, it tells how much of a request the database costs on a machine the two share.
/// </summary>
internal static class ServerCpu
{
    public static TimeSpan Postgres()
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var open = stat.IndexOf('(');
                var close = stat.LastIndexOf(')');
                if (stat[(open + 1)..close] != "postgres")
                    continue;
                // After the command: state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17.
                var fields = stat[(close + 2)..].Split(' ');
                ticks += Field(fields, 14) + Field(fields, 15);
                if (Field(fields, 4) == 1 || !IsPostgres(Field(fields, 4)))
                    ticks += Field(fields, 16) + Field(fields, 17);
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    private static long Field(string[] fields, int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);

    private static bool IsPostgres(long pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')] == "postgres";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
