// The knowledge base's search latency on a few thousand documents, over real HTTP on loopback, on SQLite and on
// PostgreSQL. Run with: dotnet run -c Release --project bench/PreSales.SearchBench -- [documents=3000] [postgres-server]
// (the PostgreSQL run needs a server: the second argument or PRESALES_TEST_POSTGRES; a scratch database is made and dropped).
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PreSales.AddinHost;
using PreSales.AddinHost.KnowledgeBase;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3000;
var server = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("PRESALES_TEST_POSTGRES");

var keep = Environment.GetEnvironmentVariable("BENCH_KEEP") == "1"; // leave the PostgreSQL database for EXPLAIN
if (Environment.GetEnvironmentVariable("BENCH_ONLY") != "postgres")
    await Run("SQLite", ["--PreSales:DataFolder=" + Folder()], null);
if (!string.IsNullOrEmpty(server))
{
    var name = "presales_i9b_bench_" + Guid.NewGuid().ToString("N")[..8];
    await using (var c = new NpgsqlConnection(server))
    {
        await c.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c).ExecuteNonQueryAsync();
    }
    try
    {
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await Run("PostgreSQL", ["--PreSales:DataFolder=" + Folder(), "--PreSales:Database=postgres", "--ConnectionStrings:PreSales=" + connection], connection);
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        if (keep)
            Console.WriteLine($"kept database {name}");
        else
        {
            await using var c = new NpgsqlConnection(server);
            await c.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", c).ExecuteNonQueryAsync();
        }
    }
}
else
{
    Console.WriteLine("PostgreSQL: skipped (no server given, PRESALES_TEST_POSTGRES unset)");
}
return 0;

async Task Run(string label, string[] settings, string? postgres)
{
    // The host's migrate command (what PostgreSQL needs before an instance serves; harmless on SQLite).
    await using (var tool = HostApp.Build([.. settings]))
        await HostApp.MigrateAsync(tool);
    await using var app = HostApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings]);
    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    var random = new Random(7);
    var seeding = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        using var scope = app.Services.CreateScope();
        var archive = scope.ServiceProvider.GetRequiredService<DocumentArchive>();
        var text = Corpus.Document(random, i);
        await archive.AddAsync(new DocumentToStore("local", "deal-" + (i % 50), null, Corpus.Kinds[i % Corpus.Kinds.Length], $"doc-{i}.txt",
            "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text), Corpus.Customers[i % Corpus.Customers.Length]), text, CancellationToken.None);
    }
    seeding.Stop();
    // Steady state, as autovacuum would leave it: statistics for the planner (PostgreSQL), merged FTS segments (SQLite).
    using (var scope = app.Services.CreateScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeDb>();
        await db.Database.ExecuteSqlRawAsync(postgres is null ? "INSERT INTO kb_terms(kb_terms) VALUES ('optimize'); ANALYZE;" : "ANALYZE kb_documents;");
    }

    using var client = new HttpClient { BaseAddress = new Uri(address) };
    string[] queries = ["局", "割接", "运维", "等保", "核心网", "等保测评", "回退预案", "cutover", "proposals", "AI运维", "割接 rollback", "不存在的词"];
    foreach (var q in queries)
        await client.GetStringAsync("/v1/documents?q=" + Uri.EscapeDataString(q)); // warm-up
    Console.WriteLine($"{label}: {count} documents (~{Corpus.Length} characters each) stored in {seeding.Elapsed.TotalSeconds:F1} s");
    var all = new List<double>();
    foreach (var q in queries)
    {
        var times = new List<double>();
        var total = 0;
        for (var r = 0; r < 20; r++)
        {
            var clock = Stopwatch.StartNew();
            var body = await client.GetStringAsync("/v1/documents?pageSize=20&q=" + Uri.EscapeDataString(q));
            times.Add(clock.Elapsed.TotalMilliseconds);
            total = int.Parse(body[(body.LastIndexOf("\"total\":", StringComparison.Ordinal) + 8)..].Split(',', '}')[0], CultureInfo.InvariantCulture);
        }
        var filtered = Stopwatch.StartNew();
        await client.GetStringAsync($"/v1/documents?q={Uri.EscapeDataString(q)}&customer={Uri.EscapeDataString(Corpus.Customers[0])}&kind=minutes");
        all.AddRange(times);
        Console.WriteLine($"  {q,-12} hits {total,5}   p50 {Percentile(times, 50),7:F1} ms   p95 {Percentile(times, 95),7:F1} ms   filtered {filtered.Elapsed.TotalMilliseconds,6:F1} ms");
    }
    Console.WriteLine($"  all queries: p50 {Percentile(all, 50):F1} ms, p95 {Percentile(all, 95):F1} ms, p99 {Percentile(all, 99):F1} ms (sequential, one client, page of 20 with snippets)");
    await app.StopAsync();
}

static double Percentile(List<double> values, int p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string Folder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "presales-i9b-bench-" + Guid.NewGuid().ToString("N")[..8])).FullName;

static class Corpus
{
    public const int Length = 2000;
    public static readonly string[] Kinds = ["deck", "minutes", "plan", "summary", "qa", "upload"];
    public static readonly string[] Customers = ["华东电信", "某省政务云", "某市政府", "Acme Bank", "西部移动"];

    private static readonly string[] Phrases =
    [
        "核心网割接方案", "割接窗口安排在周六凌晨", "回退预案已确认", "运维团队负责监控", "等保三级测评", "数据局要求按期完成",
        "局方领导关注成本", "统一管理平台", "集中运维中心", "故障定位缩短到三十分钟", "试点范围待确认", "联合项目组",
        "The cutover plan covers rollback", "proposals for the pilot", "operating cost cut by 30%", "AI运维平台上线", "network renovation",
        "客户关注安全合规", "竞争对手报价较低", "下周安排技术交流", "需求调研纪要", "成功案例:某省电信", "交付周期三个月",
    ];

    // Filler of common characters and words (so the index is as varied as real text), with a few pre-sales phrases
    // in each document (one in five hundred characters starts one): a phrase query finds some hundreds of 3000.
    private const string Common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
    private static readonly string[] Words = ["network", "pilot", "customer", "budget", "review", "delivery", "security", "platform", "team", "schedule", "risk", "contract"];

    public static string Document(Random random, int i)
    {
        var text = new StringBuilder($"文档 {i}。");
        while (text.Length < Length)
        {
            if (random.Next(1000) < 2)
                text.Append(Phrases[random.Next(Phrases.Length)]);
            else if (random.Next(6) == 0)
                text.Append(' ').Append(Words[random.Next(Words.Length)]).Append(' ');
            else
                text.Append(Common[random.Next(Common.Length)]);
            if (random.Next(25) == 0)
                text.Append(random.Next(3) == 0 ? "。\n" : ",");
        }
        return text.ToString();
    }
}
