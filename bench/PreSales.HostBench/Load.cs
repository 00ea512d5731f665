using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PreSales.HostBench;

/// <summary>
/// N clients on loopback for a fixed time against one host (SQLite or PostgreSQL) or two hosts sharing one PostgreSQL
/// (postgres2, the clients alternating between them): deck generation, Word generation (the minutes) or review of the
/// sample deck; deck-cold is deck with no plans kept (PreSales:PlanMemo 0); deck-edited posts the deck plan back with
/// its first title changed on every request, so every deck is new to the knowledge base (text extracted, indexed and
/// written), where a deck made again from an unchanged deal is the same bytes and kept once. Prints throughput,
/// p50/p99 latency, errors and each host's peak memory.
/// </summary>
internal static class Load
{
    private static readonly string[] SearchQueries = ["割接", "等保", "运维 割接", "cutover", "联合保障"];

    public static async Task<int> RunAsync(string setup, string scenario, int clients, int seconds, int warmUpSeconds)
    {
        using var database = await Databases.CreateAsync(setup == "sqlite" ? "sqlite" : "postgres");
        var hosts = new List<HostProcess>();
        try
        {
            for (var i = 0; i < (setup == "postgres2" ? 2 : 1); i++)
                // deck-cold: the host keeps no plans, so every deck is planned as if its deal had just been edited.
                hosts.Add(await HostProcess.StartAsync(scenario == "deck-cold" ? [.. database.Settings, "--PreSales:PlanMemo", "0"] : database.Settings));
            var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
            var deck = await http.GetByteArrayAsync(new Uri(hosts[0].Address, "/v1/deals/telecom-pilot/deck"));
            var plan = JsonNode.Parse(await http.GetStringAsync(new Uri(hosts[0].Address, "/v1/deals/telecom-pilot/deck/plan")))!;
            var title = plan["slides"]![0]!["title"]!.GetValue<string>();
            var edits = 0;
            // A deck from the plan as a user edited it: a title no deck had before.
            Task<HttpResponseMessage> Edited(Uri baseUri)
            {
                var edited = plan.DeepClone();
                edited["slides"]![0]!["title"] = $"{title}({Interlocked.Increment(ref edits)})";
                return http.PostAsync(new Uri(baseUri, "/v1/deals/telecom-pilot/deck"), new StringContent(edited.ToJsonString(), Encoding.UTF8, "application/json"));
            }
            Func<Uri, Task<HttpResponseMessage>> request = scenario switch
            {
                "deck" or "deck-cold" => baseUri => http.GetAsync(new Uri(baseUri, "/v1/deals/telecom-pilot/deck")),
                "deck-edited" => Edited,
                "plan" => baseUri => http.GetAsync(new Uri(baseUri, "/v1/deals/telecom-pilot/deck/plan")),
                "health" => baseUri => http.GetAsync(new Uri(baseUri, "/health")),
                "word" => baseUri => http.GetAsync(new Uri(baseUri, "/v1/deals/telecom-pilot/documents/minutes")),
                // Two Chinese characters and an English word, over a knowledge base the warm-up filled with decks.
                "search" => baseUri => http.GetAsync(new Uri(baseUri, "/v1/documents?q=" + Uri.EscapeDataString(SearchQueries[Random.Shared.Next(SearchQueries.Length)]))),
                "review" => baseUri =>
                {
                    var content = new ByteArrayContent(deck);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                    return http.PostAsync(new Uri(baseUri, "/v1/reviews?dealId=telecom-pilot"), content);
                },
                _ => throw new ArgumentException($"unknown scenario {scenario}: deck, deck-cold, deck-edited, plan, health, word, review or search"),
            };
            // Warm up: the first requests pay for JIT and template preparation. A search needs documents to find: the
            // warm-up stores 100 different decks (edited plans) and the minutes first.
            var warmUp = scenario == "search" ? 100 : 20;
            for (var i = 0; i < warmUp; i++)
                foreach (var host in hosts)
                {
                    if (scenario == "search")
                    {
                        (await Edited(host.Address)).Dispose();
                        (await http.GetAsync(new Uri(host.Address, "/v1/deals/telecom-pilot/documents/minutes"))).Dispose();
                    }
                    (await request(host.Address)).Dispose();
                }

            // Under load for a while before the measured run: the runtime compiles the hot code again, optimised with
            // what it saw (tiered PGO), for about 25 s of a 2-core machine's time after a start, and a server answers for
            // days after that. The warm-up's own figures are printed too, so a cold start is not hidden.
            var warm = await PhaseAsync(database, hosts, request, clients, warmUpSeconds);
            Console.WriteLine(Line($"{setup} {scenario} (warm-up)", clients, database, hosts, warm));
            var measured = await PhaseAsync(database, hosts, request, clients, seconds);
            Console.WriteLine(Line($"{setup} {scenario}", clients, database, hosts, measured));
            return warm.Errors + measured.Errors == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Stop();
                host.Dispose();
            }
        }
    }

    private sealed record Phase(List<double> Latencies, int Errors, double Seconds, double HostMs, double OwnMs, double ServerMs);

    /// <summary>The clients for this many seconds: every latency, errors, and the processor time each side spent.</summary>
    private static async Task<Phase> PhaseAsync(Databases database, List<HostProcess> hosts, Func<Uri, Task<HttpResponseMessage>> request, int clients, int seconds)
    {
        var latencies = new List<double>[clients];
        var errors = 0;
        // Processor time per request, the host's and this generator's: a figure that holds on a shared machine.
        var hostCpu = hosts.Select(h => h.ProcessorTime()).ToList();
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var serverCpu = database.IsPostgres ? ServerCpu.Postgres() : TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(1 << 14);
            var target = hosts[c % hosts.Count].Address;
            while (clock.Elapsed < end)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await request(target);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ToList();
        await Task.WhenAll(workers);
        return new Phase(
            [.. latencies.SelectMany(l => l).Order()],
            errors,
            clock.Elapsed.TotalSeconds,
            hosts.Select((h, i) => (h.ProcessorTime() - hostCpu[i]).TotalMilliseconds).Sum(),
            (Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalMilliseconds,
            database.IsPostgres ? (ServerCpu.Postgres() - serverCpu).TotalMilliseconds : 0);
    }

    private static string Line(string what, int clients, Databases database, List<HostProcess> hosts, Phase phase)
    {
        var all = phase.Latencies;
        double P(double q) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)Math.Ceiling(q * all.Count) - 1)];
        var n = Math.Max(1, all.Count);
        var memory = string.Join(", ", hosts.Select(h => $"{h.PeakMegabytes():0} MB"));
        var server = database.IsPostgres ? $", PostgreSQL {phase.ServerMs / n:0.00}" : "";
        return $"{what}: {clients} clients, {phase.Seconds:0.0} s, {all.Count} requests, {all.Count / phase.Seconds:0.0}/s, p50 {P(0.50):0.0} ms, p99 {P(0.99):0.0} ms, errors {phase.Errors}, host CPU {phase.HostMs / n:0.00} ms/request (clients {phase.OwnMs / n:0.00}{server}), peak memory {memory} (machine: {Environment.ProcessorCount} cores, shared)";
    }
}
