using System.Reflection;
using System.Text;
using System.Text.Json;

namespace PreSales.Fuzz;

/// <summary>
/// The child process: runs `presales` command lines one after another through the CLI's own entry point, in-process,
/// capturing its output, and answers each with its exit code, time and peak memory (VmHWM, reset before each run).
/// A crash or hang takes only this process down; the harness sees it and starts another.
/// </summary>
internal static class Worker
{
    public sealed record Request(string[] Args, string WorkDir);

    /// <param name="Exit">The exit code.</param>
    /// <param name="Ms">Wall-clock time.</param>
    /// <param name="CpuMs">Processor time of the whole worker during the run (all threads, GC included): on a shared,
    /// overloaded machine this, not the wall clock, is the input's cost.</param>
    /// <param name="PeakBytes">Peak resident set during the run.</param>
    /// <param name="Out">Standard output (cut).</param>
    /// <param name="Err">Standard error (cut).</param>
    /// <param name="BaseBytes">Resident set just before the run, after a full collection: what the worker carried in
    /// from earlier runs (a long-lived worker's heap does not shrink back to a fresh process's), so the input's own
    /// cost is <c>PeakBytes - BaseBytes</c>.</param>
    public sealed record Reply(int Exit, double Ms, double CpuMs, long PeakBytes, string Out, string Err, long BaseBytes = 0);

    public static int Run()
    {
        var entry = Assembly.Load(new AssemblyName("presales")).EntryPoint!;
        var input = Console.In;
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        while (input.ReadLine() is { } line)
        {
            var request = JsonSerializer.Deserialize<Request>(line)!;
            if (request.Args is ["@verify", var source, var annotated])
            {
                Reply? verdict = null;
                // The validator walks the DOM recursively: a deeply nested part needs a large stack.
                var thread = new Thread(() => verdict = Verify(source, annotated), 512 << 20);
                thread.Start();
                thread.Join();
                output.WriteLine(JsonSerializer.Serialize(verdict));
                continue;
            }
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Directory.SetCurrentDirectory(request.WorkDir);
            // Aggressive: compact and give freed memory back to the system, so the resident set starts near a fresh one's.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            ResetPeak();
            var baseline = Resident("VmRSS:");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            int exit;
            try
            {
                exit = (int)entry.Invoke(null, [request.Args])!;
            }
            catch (TargetInvocationException e)
            {
                // The CLI let an exception escape: a crash as a user would see it (a stack trace, exit 134-like).
                stderr.WriteLine("Unhandled exception. " + e.InnerException);
                exit = 250;
            }
            var ms = watch.Elapsed.TotalMilliseconds;
            var cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var peak = Peak();
            output.WriteLine(JsonSerializer.Serialize(new Reply(exit, ms, cpuMs, peak, Cut(stdout.ToString()), Cut(stderr.ToString()), baseline)));
        }
        return 0;
    }

    /// <summary>The annotated copy opens in the SDK, and every part that was valid in its source is valid in it.</summary>
    private static Reply Verify(string source, string annotated)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var before = Errors(source).Keys.ToHashSet(StringComparer.Ordinal);
            var after = Errors(annotated);
            // A part that was invalid already may gain errors from any change; a part that was valid must stay so.
            var broken = before.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
            var added = after.Keys.Except(before).Where(k => !broken.Contains(k.Split(' ')[0])).ToList();
            return new Reply(added.Count == 0 ? 0 : 1, watch.Elapsed.TotalMilliseconds, 0, Peak(), "", added.Count == 0 ? "" : $"{added.Count} new validation errors: {added[0]}: {after[added[0]]}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Reply(1, watch.Elapsed.TotalMilliseconds, 0, Peak(), "", "cannot open: " + e.Message.ReplaceLineEndings(" "));
        }
    }

    private static Dictionary<string, string> Errors(string path)
    {
        try
        {
            using var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(path, false);
            var validator = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365) { MaxNumberOfErrors = 100_000 };
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in validator.Validate(document))
                errors.TryAdd($"{e.Part?.Uri} {e.Id}", $"{e.Path?.XPath} {e.Description}");
            return errors;
        }
        catch (Exception e) when (e is not OutOfMemoryException && path is not null)
        {
            return new Dictionary<string, string> { ["unopenable"] = e.Message };
        }
    }

    private static string Cut(string text) => text.Length <= 4000 ? text : text[..4000];

    // Linux: writing 5 to clear_refs resets the peak resident set (VmHWM), so each run's own peak is measured.
    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static long Peak() => Resident("VmHWM:");

    private static long Resident(string field)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        return Environment.WorkingSet;
    }
}
