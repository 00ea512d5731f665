using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PreSales.DocGen.Deals;

namespace PreSales.HostBench;

/// <summary>
/// SIGKILL during a burst of writes (deals, exchanges, uploaded documents), restart, then check: the database opens,
/// every acknowledged write is there, and nothing is half-written (every stored deal is a valid deal file, every stored
/// document's bytes are whole).
/// </summary>
internal static class Durability
{
    private sealed record Acknowledged(ConcurrentBag<string> Deals, ConcurrentBag<(string Deal, string Title)> Exchanges, ConcurrentBag<(string Id, string Sha)> Documents);

    public static async Task<int> RunAsync(string provider, int writers, double killAfterSeconds)
    {
        using var database = await Databases.CreateAsync(provider);
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(HostProcess.HostDll())!, "samples", "telecom-pilot.zh-CN.json")))!;
        var acknowledged = new Acknowledged([], [], []);
        var attempted = 0;
        var host = await HostProcess.StartAsync(database.Settings);
        using var stop = new CancellationTokenSource();
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(() => WriterAsync(host.Address, w, sample, acknowledged, () => Interlocked.Increment(ref attempted), stop.Token))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(killAfterSeconds));
        host.Kill(); // mid-burst: requests in flight are never acknowledged
        Console.WriteLine($"{provider}: SIGKILL after {killAfterSeconds} s of {writers} writers");
        await stop.CancelAsync();
        await Task.WhenAll(tasks);
        host.Dispose();

        using var restarted = await HostProcess.StartAsync(database.Settings);
        using var client = new HttpClient { BaseAddress = restarted.Address, Timeout = TimeSpan.FromSeconds(60) };
        var missing = new List<string>();
        foreach (var id in acknowledged.Deals)
        {
            var response = await client.GetAsync($"/v1/deals/{id}");
            if (response.StatusCode != HttpStatusCode.OK)
                missing.Add($"deal {id}: {response.StatusCode}");
        }
        var byDeal = new Dictionary<string, Deal>(StringComparer.Ordinal);
        foreach (var (deal, title) in acknowledged.Exchanges)
        {
            if (!byDeal.TryGetValue(deal, out var stored))
                byDeal[deal] = stored = DealReader.Read(await client.GetByteArrayAsync($"/v1/deals/{deal}")).Deal!;
            if (!stored.Exchanges.Any(e => e.Title == title))
                missing.Add($"exchange {title} of {deal}");
        }
        foreach (var (id, sha) in acknowledged.Documents)
        {
            var response = await client.GetAsync($"/v1/documents/{id}/content");
            if (response.StatusCode != HttpStatusCode.OK || Sha(await response.Content.ReadAsByteArrayAsync()) != sha)
                missing.Add($"document {id}: {response.StatusCode}");
        }
        // Nothing half-written: every deal the host lists reads as a valid deal file.
        var listed = 0;
        var broken = new List<string>();
        for (var page = 1; ; page++)
        {
            var items = JsonDocument.Parse(await client.GetStringAsync($"/v1/deals?page={page}&pageSize=200")).RootElement.GetProperty("items");
            if (items.GetArrayLength() == 0)
                break;
            foreach (var item in items.EnumerateArray())
            {
                listed++;
                var id = item.GetProperty("id").GetString()!;
                var load = DealReader.Read(await client.GetByteArrayAsync($"/v1/deals/{id}"));
                if (!load.IsValid)
                    broken.Add($"{id}: {load.Problems[0]}");
            }
        }
        var integrity = provider == "postgres" ? "n/a" : SqliteIntegrity(Path.Combine(database.Folder, "presales.db"));
        restarted.Stop();
        Console.WriteLine($"{provider}: writes attempted {attempted}; acknowledged: {acknowledged.Deals.Count} deals, {acknowledged.Exchanges.Count} exchanges, {acknowledged.Documents.Count} documents");
        Console.WriteLine($"{provider}: after restart: missing {missing.Count}, deals listed {listed}, half-written {broken.Count}, sqlite integrity_check: {integrity}");
        foreach (var line in missing.Concat(broken).Take(20))
            Console.WriteLine("  " + line);
        return missing.Count == 0 && broken.Count == 0 && integrity is "ok" or "n/a" ? 0 : 1;
    }

    private static async Task WriterAsync(Uri address, int writer, JsonNode sample, Acknowledged acknowledged, Func<int> attempt, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            try
            {
                var id = $"d-{writer}-{n}";
                var deal = sample.DeepClone();
                deal["id"] = id;
                attempt();
                if ((await client.PostAsync("/v1/deals", new StringContent(deal.ToJsonString(), Encoding.UTF8, "application/json"), stop)).StatusCode != HttpStatusCode.Created)
                    continue;
                acknowledged.Deals.Add(id);
                for (var e = 0; e < 2; e++)
                {
                    var title = $"交流 {writer}-{n}-{e}";
                    var exchange = new JsonObject { ["date"] = "2031-03-0" + (e + 1), ["kind"] = "formal", ["status"] = "planned", ["stage"] = "negotiation", ["title"] = title };
                    attempt();
                    if ((await client.PostAsync($"/v1/deals/{id}/exchanges", new StringContent(exchange.ToJsonString(), Encoding.UTF8, "application/json"), stop)).StatusCode == HttpStatusCode.Created)
                        acknowledged.Exchanges.Add((id, title));
                }
                var notes = Encoding.UTF8.GetBytes($"# 会议笔记 {writer}-{n}\n\n割接方案与等保测评的讨论,运维交接。{new string('文', 2000 + n % 500)}");
                var content = new ByteArrayContent(notes);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
                attempt();
                var upload = await client.PostAsync($"/v1/documents?dealId={id}&kind=upload&name=notes-{writer}-{n}.md", content, stop);
                if (upload.StatusCode == HttpStatusCode.Created)
                {
                    var docId = JsonDocument.Parse(await upload.Content.ReadAsStringAsync(stop)).RootElement.GetProperty("id").GetString()!;
                    acknowledged.Documents.Add((docId, Sha(notes)));
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                // The host was killed: this write was never acknowledged. Keep trying until told to stop.
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    private static string Sha(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static string SqliteIntegrity(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }
}
