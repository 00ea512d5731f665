using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PreSales.Fuzz;

/// <summary>What a run is asked to do.</summary>
/// <param name="Count">How many inputs at most.</param>
/// <param name="Seconds">Stop after this long (0: no limit).</param>
/// <param name="Seed">The random seed: the same seed makes the same inputs.</param>
/// <param name="Output">Where failing inputs and the run's files go.</param>
/// <param name="SeedFolders">Extra folders of decks and documents to mutate (e.g. other projects' test files).</param>
/// <param name="TimeLimitSeconds">An input taking more processor time than this fails (the machine may be shared and
/// overloaded, so processor time, not the wall clock, is the input's cost; a run that does not answer in
/// <see cref="HangSeconds"/> of wall-clock time is killed as a hang).</param>
/// <param name="MemoryLimitBytes">An input whose peak working set is higher fails.</param>
/// <param name="HangSeconds">A run that does not answer in this much wall-clock time is killed and fails as a hang.</param>
/// <param name="VerifyEvery">Every this many annotated copies is validated against its source (the validator costs seconds).</param>
/// <param name="RestartEvery">The worker is replaced by a fresh one after this many inputs, so what earlier runs left in
/// its heap does not pile up.</param>
/// <param name="Heaviest">How many of the inputs that cost the most memory in the worker are run again, each in a fresh
/// process, at the end: the reported peak is theirs.</param>
public sealed record FuzzOptions(int Count, double Seconds, int Seed, string Output, IReadOnlyList<string> SeedFolders,
    double TimeLimitSeconds = 10, long MemoryLimitBytes = 500L << 20, double HangSeconds = 120, int VerifyEvery = 10,
    int RestartEvery = 200, int Heaviest = 8);

/// <summary>One failing input: where it is saved and why it failed.</summary>
public sealed record FuzzFailure(string Input, string Kind, string Mutation, string Command, string Why);

/// <summary>What a run found.</summary>
/// <param name="PeakBytes">The highest peak resident set of a fresh process running one input (the heaviest inputs
/// and every one over a limit in the worker are run again alone, in a fresh process: that figure is the one reported).</param>
/// <param name="WorkerPeakBytes">The highest peak seen in the long-lived worker (what it carried in included).</param>
/// <param name="Rechecked">How many runs were repeated in a fresh process (over a limit in the worker, or among the heaviest).</param>
/// <param name="FreshBaseBytes">The resident set of a fresh worker before its run: the runtime's own share of every figure.</param>
public sealed record FuzzReport(int Inputs, IReadOnlyDictionary<string, int> ByKind, IReadOnlyDictionary<int, int> ByExit, int Crashes, int Timeouts,
    int OverMemory, int FrameworkMessages, int InvalidOutputs, double WorstMs, string WorstInput, long PeakBytes, string PeakInput, IReadOnlyList<FuzzFailure> Failures,
    long WorkerPeakBytes = 0, int Rechecked = 0, long FreshBaseBytes = 0)
{
    /// <summary>Whether nothing failed.</summary>
    public bool Clean => Failures.Count == 0;
}

/// <summary>
/// Mutates real decks, Word documents, templates, deal files, outlines and notes, and runs each mutant through the
/// real `presales` code paths in a worker process; any exit other than 0/1/2, a stack trace or framework message in
/// the output, a run over the time limit or the memory ceiling is a failure, saved with its input.
/// </summary>
public static class Harness
{
    // What .NET and the SDK say when a failure escapes: never meant for a user. (Our own "is not a valid date; expected
    // YYYY-MM-DD" for a deal file's date is not one of them.)
    private static readonly Regex FrameworkMessage = new(
        @"(^|\n)\s+at [\w.<>`]+\(|Exception|Format error in package|Number of entries expected|Package could not be opened|Object reference not set|"
        + @"Specified part does not exist|ID conflicts|was not in a correct format|See inner exception|Value cannot be null|Index was outside|"
        + @"Sequence contains|The given key|Arithmetic operation|Unhandled|System\.[A-Z]\w+\.|Insufficient memory|Stack overflow|"
        + @"A shared part is referenced|Cannot access a (closed|disposed)|out of range|Nullable object must have a value|is not a valid(?! date; expected YYYY-MM-DD)|unexpected end of",
        RegexOptions.CultureInvariant);

    private sealed record Seed(string Path, string Kind);

    public static FuzzReport Run(FuzzOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var root = FindRoot();
        var work = Path.GetFullPath(options.Output);
        var inputs = Path.Combine(work, "inputs");
        var failed = Path.Combine(work, "failed");
        var outputs = Path.Combine(work, "outputs");
        foreach (var dir in new[] { inputs, failed, outputs })
            Directory.CreateDirectory(dir);
        using var worker = new WorkerProcess();
        var seeds = Seeds(root, work, options.SeedFolders, worker);
        log.WriteLine($"seeds: {string.Join(", ", seeds.GroupBy(s => s.Kind).Select(g => $"{g.Key} {g.Count()}"))}");
        var random = new Random(options.Seed);
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byExit = new SortedDictionary<int, int>();
        var failures = new List<FuzzFailure>();
        int annotated = 0, crashes = 0, timeouts = 0, overMemory = 0, framework = 0, invalid = 0;
        double worstMs = 0;
        long peak = 0, workerPeak = 0, freshBase = 0;
        string worstInput = "", peakInput = "";
        var rechecked = 0;
        var heavyFolder = Path.Combine(work, "heaviest");
        Directory.CreateDirectory(heavyFolder);
        // The inputs that cost the most memory in the worker (peak less what it carried in), kept to be run fresh at the end.
        var heaviest = new List<(long Cost, string Input, string[] Command)>();

        // One run alone in a fresh process, as a user would run it: the figure that counts for a run flagged in the worker.
        Worker.Reply? Fresh(string[] command, out string failure)
        {
            using var fresh = new WorkerProcess();
            rechecked++;
            var reply = fresh.Run(command, root, options.HangSeconds);
            failure = fresh.LastFailure;
            if (reply is not null && (freshBase == 0 || reply.BaseBytes < freshBase))
                freshBase = reply.BaseBytes;
            return reply;
        }
        var clock = Stopwatch.StartNew();
        var n = 0;
        for (; n < options.Count && (options.Seconds <= 0 || clock.Elapsed.TotalSeconds < options.Seconds); n++)
        {
            var seed = Pick(seeds, random);
            var isPackage = seed.Kind is "deck" or "word" or "template";
            var mutation = isPackage ? Mutator.PackageKinds[random.Next(Mutator.PackageKinds.Length)] : Mutator.TextKinds[random.Next(Mutator.TextKinds.Length)];
            var bytes = File.ReadAllBytes(seed.Path);
            byte[] mutant;
            try
            {
                mutant = isPackage ? Mutator.Package(bytes, mutation, new Random(random.Next())) : Mutator.Text(bytes, mutation, new Random(random.Next()));
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
            {
                mutant = bytes; // a seed the mutation cannot parse (an earlier mutant): run it as it is
            }
            var input = Path.Combine(inputs, $"{n:D6}-{seed.Kind}-{mutation}{Path.GetExtension(seed.Path)}");
            File.WriteAllBytes(input, mutant);
            var label = $"{seed.Kind}/{mutation}";
            byKind[label] = byKind.GetValueOrDefault(label) + 1;
            if (n > 0 && n % options.RestartEvery == 0)
                worker.Restart();
            foreach (var command in Commands(seed.Kind, input, root, outputs, random))
            {
                var reply = worker.Run(command, root, options.HangSeconds);
                string? why = null;
                // Over a limit in the long-lived worker: what counts is the same run alone in a fresh process.
                if (reply is not null && (reply.PeakBytes > options.MemoryLimitBytes || reply.CpuMs > options.TimeLimitSeconds * 1000))
                {
                    log.WriteLine($"recheck {Path.GetFileName(input)} ({command[0]}) in a fresh process: {reply.PeakBytes >> 20} MB ({reply.BaseBytes >> 20} MB carried in), {reply.CpuMs:F0} ms in the worker");
                    reply = Fresh(command, out var failure);
                    if (reply is null)
                        worker.ForgetFailure(failure);
                    else
                        log.WriteLine($"  fresh: {reply.PeakBytes >> 20} MB, {reply.CpuMs:F0} ms");
                }
                if (reply is null)
                {
                    why = worker.LastFailure;
                    if (why.StartsWith("timeout", StringComparison.Ordinal))
                        timeouts++;
                    else
                        crashes++;
                }
                else
                {
                    byExit[reply.Exit] = byExit.GetValueOrDefault(reply.Exit) + 1;
                    if (reply.CpuMs > worstMs)
                        (worstMs, worstInput) = (reply.CpuMs, $"{Path.GetFileName(input)} ({command[0]}; {reply.Ms:F0} ms wall)");
                    workerPeak = Math.Max(workerPeak, reply.PeakBytes);
                    var cost = reply.PeakBytes - reply.BaseBytes;
                    if (heaviest.Count < options.Heaviest || cost > heaviest[^1].Cost)
                    {
                        var kept = Path.Combine(heavyFolder, Path.GetFileName(input));
                        File.Copy(input, kept, overwrite: true);
                        heaviest.Add((cost, kept, command.Select(a => a == input ? kept : a).ToArray()));
                        heaviest.Sort((a, b) => b.Cost.CompareTo(a.Cost));
                        if (heaviest.Count > options.Heaviest)
                        {
                            if (!heaviest.Take(options.Heaviest).Any(h => h.Input == heaviest[^1].Input))
                                File.Delete(heaviest[^1].Input);
                            heaviest.RemoveAt(heaviest.Count - 1);
                        }
                    }
                    var text = reply.Out + "\n" + reply.Err;
                    if (reply.Exit is not (0 or 1 or 2))
                        (why, crashes) = ($"exit {reply.Exit}: {First(reply.Err)}", crashes + 1);
                    else if (FrameworkMessage.Match(reply.Err) is { Success: true } m || (command[0] != "review" && FrameworkMessage.Match(reply.Out) is { Success: true } && (m = FrameworkMessage.Match(reply.Out)).Success))
                        (why, framework) = ($"framework message \"{m.Value.Trim()}\": {First(reply.Err.Length > 0 ? reply.Err : reply.Out)}", framework + 1);
                    else if (reply.CpuMs > options.TimeLimitSeconds * 1000)
                        (why, timeouts) = ($"took {reply.CpuMs:F0} ms of processor time ({reply.Ms:F0} ms wall)", timeouts + 1);
                    else if (reply.PeakBytes > options.MemoryLimitBytes)
                        (why, overMemory) = ($"peak working set {reply.PeakBytes >> 20} MB", overMemory + 1);
                    else if (reply.Exit == 0 && command[0] == "review" && command.Contains("--annotate") && ++annotated % options.VerifyEvery == 0
                        && Verify(worker, command, root, options, seed) is { } bad)
                        (why, invalid) = (bad, invalid + 1);
                    _ = text;
                }
                if (why is not null)
                {
                    var saved = Path.Combine(failed, Path.GetFileName(input));
                    File.Copy(input, saved, overwrite: true);
                    failures.Add(new FuzzFailure(saved, seed.Kind, mutation, string.Join(' ', command), why));
                    log.WriteLine($"FAIL {Path.GetFileName(input)}: {string.Join(' ', command.Take(2))}: {why}");
                    break;
                }
            }
            File.Delete(input);
            if ((n + 1) % 250 == 0)
                log.WriteLine($"{n + 1} inputs, {failures.Count} failures, worst {worstMs:F0} ms, worker peak {workerPeak >> 20} MB, {clock.Elapsed.TotalSeconds:F0} s");
        }
        worker.Dispose();
        // The peak reported is a fresh process's: the heaviest inputs, each run again alone.
        foreach (var (cost, kept, command) in heaviest)
        {
            var reply = Fresh(command, out var failure);
            if (reply is null)
            {
                failures.Add(new FuzzFailure(kept, "", "", string.Join(' ', command), "run again in a fresh process: " + failure));
                continue;
            }
            log.WriteLine($"heaviest {Path.GetFileName(kept)} ({command[0]}): {cost >> 20} MB above what the worker carried in; fresh: {reply.PeakBytes >> 20} MB, {reply.CpuMs:F0} ms");
            if (reply.PeakBytes > peak)
                (peak, peakInput) = (reply.PeakBytes, $"{Path.GetFileName(kept)} ({command[0]})");
            if (reply.PeakBytes > options.MemoryLimitBytes)
            {
                overMemory++;
                failures.Add(new FuzzFailure(kept, "", "", string.Join(' ', command), $"peak working set {reply.PeakBytes >> 20} MB in a fresh process"));
            }
        }
        return new FuzzReport(n, byKind, byExit, crashes, timeouts, overMemory, framework, invalid, worstMs, worstInput, peak, peakInput, failures, workerPeak, rechecked, freshBase);
    }

    // Kinds by share of the inputs, then a seed of that kind: many real-world decks must not crowd out deal files and notes.
    private static readonly (string Kind, int Weight)[] Shares = [("deck", 35), ("template", 15), ("word", 25), ("deal", 10), ("plan", 8), ("notes", 7)];

    private static Seed Pick(List<Seed> seeds, Random random)
    {
        var present = Shares.Where(s => seeds.Any(x => x.Kind == s.Kind)).ToList();
        var roll = random.Next(present.Sum(s => s.Weight));
        foreach (var (kind, weight) in present)
        {
            if ((roll -= weight) < 0)
            {
                var ofKind = seeds.Where(x => x.Kind == kind).ToList();
                return ofKind[random.Next(ofKind.Count)];
            }
        }
        return seeds[random.Next(seeds.Count)];
    }

    private static string First(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";

    /// <summary>The annotated copy must open in the Open XML SDK and add no validation error the input did not have.</summary>
    private static string? Verify(WorkerProcess worker, string[] command, string root, FuzzOptions options, Seed seed)
    {
        var annotated = command[Array.IndexOf(command, "--annotate") + 1];
        // The validator itself takes minutes on a slide of thousands of shapes: such copies are left unverified.
        if (new FileInfo(command[1]).Length > 2L << 20 || Unverified(command[1]))
        {
            Interlocked.Increment(ref unverified);
            return null;
        }
        var reply = worker.Run(["@verify", command[1], annotated], root, options.HangSeconds * 2);
        if (reply is null)
            return "verifying the annotated copy: " + worker.LastFailure;
        _ = seed;
        return reply.Exit == 0 ? null : "annotated copy: " + First(reply.Err);
    }

    private static int unverified;

    /// <summary>How many annotated copies were too large to validate.</summary>
    public static int UnverifiedCopies => unverified;

    // Blown-up and deeply nested inputs are refused or reviewed as they should be; validating their copies takes minutes.
    private static bool Unverified(string input) => input.Contains("shapes-blown-up", StringComparison.Ordinal) || input.Contains("deep-nesting", StringComparison.Ordinal);

    private static IEnumerable<string[]> Commands(string kind, string input, string root, string outputs, Random random)
    {
        var deal = Path.Combine(root, "samples", random.Next(2) == 0 ? "telecom-pilot.zh-CN.json" : "telecom-pilot.en-US.json");
        var lang = random.Next(2) == 0 ? "zh" : "en";
        switch (kind)
        {
            case "deck":
                yield return ["review", input, "--format", "md", "--lang", lang, "-o", Path.Combine(outputs, "report.md"), "--annotate", Path.Combine(outputs, "annotated.pptx")];
                if (random.Next(3) == 0)
                    yield return ["deck", deal, "--template", input, "-o", Path.Combine(outputs, "deck.pptx")];
                break;
            case "template":
                yield return ["deck", deal, "--template", input, "-o", Path.Combine(outputs, "deck.pptx")];
                yield return ["review", input, "--lang", lang, "--annotate", Path.Combine(outputs, "annotated.pptx")];
                break;
            case "word":
                yield return ["doc", random.Next(2) == 0 ? "minutes" : "plan", deal, "--template", input, "-o", Path.Combine(outputs, "doc.docx")];
                if (random.Next(4) == 0)
                    yield return ["review", input];
                break;
            case "deal":
                yield return ["check", input];
                if (random.Next(4) == 0)
                    yield return ["deck", input, "-o", Path.Combine(outputs, "deal-deck.pptx")];
                break;
            case "plan":
                yield return ["deck", "--from-plan", input, "-o", Path.Combine(outputs, "plan-deck.pptx")];
                break;
            case "notes":
                yield return ["minutes", deal, "--from", input, "-o", Path.Combine(outputs, "minutes.docx")];
                break;
        }
    }

    private static List<Seed> Seeds(string root, string work, IReadOnlyList<string> extra, WorkerProcess worker)
    {
        var seeds = new List<Seed>();
        void Add(string path, string kind)
        {
            if (File.Exists(path))
                seeds.Add(new Seed(path, kind));
        }
        foreach (var deck in Directory.EnumerateFiles(Path.Combine(root, "tests", "fixtures", "decks"), "*.pptx"))
            Add(deck, "deck");
        foreach (var template in Directory.EnumerateFiles(Path.Combine(root, "tests", "fixtures", "templates"), "*.pptx"))
            Add(template, "template");
        Add(Path.Combine(root, "templates", "pitch-deck.pptx"), "template");
        foreach (var document in Directory.EnumerateFiles(Path.Combine(root, "templates"), "*.docx"))
            Add(document, "word");
        foreach (var deal in Directory.EnumerateFiles(Path.Combine(root, "samples"), "telecom-*.json").Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "fixtures", "decks"), "deck-deal.*.json")))
            Add(deal, "deal");
        foreach (var outline in Directory.EnumerateFiles(Path.Combine(root, "tests", "fixtures", "decks"), "outline.*.md"))
            Add(outline, "plan");
        // Generated with the product itself: our own decks, documents and a plan file.
        var generated = Path.Combine(work, "seeds");
        Directory.CreateDirectory(generated);
        foreach (var lang in new[] { "zh-CN", "en-US" })
        {
            var deal = Path.Combine(root, "samples", $"telecom-pilot.{lang}.json");
            var deck = Path.Combine(generated, $"generated.{lang}.pptx");
            worker.Run(["deck", deal, "-o", deck], root, 60);
            Add(deck, "deck");
            var minutes = Path.Combine(generated, $"minutes.{lang}.docx");
            worker.Run(["doc", "minutes", deal, "-o", minutes], root, 60);
            Add(minutes, "word");
            var plan = Path.Combine(generated, $"plan.{lang}.json");
            if (worker.Run(["deck", deal, "--plan-only", "--format", "json"], root, 60) is { Exit: 0 } reply && reply.Out.Length < 4000)
            {
                File.WriteAllText(plan, reply.Out);
                Add(plan, "plan");
            }
        }
        var notes = Path.Combine(generated, "notes.zh-CN.md");
        File.WriteAllText(notes, Notes);
        Add(notes, "notes");
        foreach (var folder in extra)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            {
                var name = file.ToLowerInvariant();
                if (name.EndsWith(".pptx", StringComparison.Ordinal) || name.EndsWith(".potx", StringComparison.Ordinal))
                    Add(file, "deck");
                else if (name.EndsWith(".docx", StringComparison.Ordinal) || name.EndsWith(".dotx", StringComparison.Ordinal))
                    Add(file, "word");
            }
        }
        return seeds;
    }

    private const string Notes = """
        # 第二次技术交流
        日期:2026-04-02
        地点:客户五楼会议室

        ## 一、议程
        - 方案回顾
        - 服务方案讲解

        客户:王处长、赵工(网络工程师)
        我方:陈工(售前)、刘销售

        ## 2. 交流策略
        先讲案例,再讲方案。

        ## 三、客户问题
        - 割接窗口多长?答:每次四小时。
        - 有没有同类案例?

        ## 四、下一步
        - 4 月 10 日前提交报价(刘销售)
        """;

    public static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PreSales.sln")))
                dir = dir.Parent;
            if (dir is not null)
                return dir.FullName;
        }
        throw new InvalidOperationException("PreSales.sln not found above the working folder");
    }

    /// <summary>A worker child process; restarted after a crash or a hang.</summary>
    private sealed class WorkerProcess : IDisposable
    {
        private Process? process;

        public string LastFailure { get; private set; } = "";

        public Worker.Reply? Run(string[] args, string workDir, double timeoutSeconds)
        {
            var line = JsonSerializer.Serialize(new Worker.Request(args, workDir));
            for (var attempt = 1; ; attempt++)
            {
                process ??= Start();
                try
                {
                    process.StandardInput.WriteLine(line);
                    process.StandardInput.Flush();
                    break;
                }
                catch (IOException) when (attempt == 1)
                {
                    // The worker was gone before it took the input (it died starting up on a loaded machine): that
                    // is not the input's doing, so a new worker gets it.
                    Stop();
                }
                catch (IOException e)
                {
                    LastFailure = $"crash: no worker would start ({e.Message}): {Tail()}";
                    Stop();
                    return null;
                }
            }
            var read = process.StandardOutput.ReadLineAsync();
            if (!read.Wait(TimeSpan.FromSeconds(timeoutSeconds)))
            {
                LastFailure = $"timeout: no answer in {timeoutSeconds} s";
                Stop();
                return null;
            }
            if (read.Result is not { } answer)
            {
                process.WaitForExit(5000);
                LastFailure = $"crash: the worker died (exit {(process.HasExited ? process.ExitCode : -1)}): {Tail()}";
                Stop();
                return null;
            }
            return JsonSerializer.Deserialize<Worker.Reply>(answer);
        }

        private readonly System.Text.StringBuilder errors = new();

        private string Tail()
        {
            lock (errors)
            {
                var text = errors.ToString();
                errors.Clear();
                return First(text.Length > 2000 ? text[^2000..] : text);
            }
        }

        private Process Start()
        {
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var location = typeof(Harness).Assembly.Location;
            var config = Path.ChangeExtension(location, ".runtimeconfig.json");
            if (!File.Exists(config) && Assembly.GetEntryAssembly()?.Location is { Length: > 0 } host)
            {
                // Loaded by a test run: borrow its runtime settings and dependencies (the same folder holds both).
                info.ArgumentList.Add("exec");
                info.ArgumentList.Add("--runtimeconfig");
                info.ArgumentList.Add(Path.ChangeExtension(host, ".runtimeconfig.json"));
                info.ArgumentList.Add("--depsfile");
                info.ArgumentList.Add(Path.ChangeExtension(host, ".deps.json"));
            }
            info.ArgumentList.Add(location);
            info.ArgumentList.Add("--worker");
            info.Environment["DOTNET_gcServer"] = "0";
            var started = Process.Start(info)!;
            started.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                    return;
                lock (errors)
                {
                    if (errors.Length < 100_000)
                        errors.AppendLine(e.Data);
                }
            };
            started.BeginErrorReadLine();
            // Start-up and JIT are not the input's time: a first, trivial command warms the worker up.
            started.StandardInput.WriteLine(JsonSerializer.Serialize(new Worker.Request(["schema"], Directory.GetCurrentDirectory())));
            started.StandardInput.Flush();
            var ready = started.StandardOutput.ReadLineAsync();
            ready.Wait(TimeSpan.FromSeconds(120));
            return started;
        }

        /// <summary>Replaces this worker with a fresh one at the next run.</summary>
        public void Restart() => Stop();

        /// <summary>A failure met by a fresh process instead, reported as this worker's.</summary>
        public void ForgetFailure(string failure) => LastFailure = failure;

        private void Stop()
        {
            if (process is null)
                return;
            try
            {
                if (!process.HasExited)
                    process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
            }
            process.Dispose();
            process = null;
        }

        public void Dispose() => Stop();
    }
}
