using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PreSales.AddinHost.KnowledgeBase;
using PreSales.AddinHost.Tests.Support;
using Xunit.Abstractions;

namespace PreSales.AddinHost.Tests.KnowledgeBase;

/// <summary>
/// The search's query set: a small corpus uploaded over HTTP (decks with notes, Word paragraphs and tables, text),
/// then 1-, 2-, 3- and 4-character Chinese words, English words (case, plural), mixed queries and queries that must not
/// match, each with the exact set of documents expected. Run on SQLite and on PostgreSQL; the recall is printed.
/// </summary>
public abstract class SearchQuerySetTests(SearchQuerySetTests.Corpus corpus, ITestOutputHelper output)
{
    /// <summary>The corpus: a name for each document and how it is uploaded.</summary>
    public abstract class Corpus(bool postgres) : HostFixture(postgres)
    {
        public Dictionary<string, Guid> Ids { get; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            if (!Available)
                return;
            using var client = Host.Client();
            foreach (var (name, customer, kind, content) in Documents())
            {
                var response = await client.PostAsync($"/v1/documents?kind={kind}&customer={Uri.EscapeDataString(customer)}&dealId=deal-{customer.Length}&name={name}", content);
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                Ids[Path.GetFileNameWithoutExtension(name)] = (await response.Content.ReadFromJsonAsync<DocumentDetails>())!.Id;
            }
        }

        private static IEnumerable<(string Name, string Customer, string Kind, HttpContent Content)> Documents()
        {
            yield return ("D1.pptx", "华东电信", "deck", Office(OfficeFiles.Deck(
                (["核心网割接方案"], null),
                (["割接窗口:周六凌晨 2:00–5:00"], "回退预案已与运维团队确认。")), DocumentArchive.PptxType));
            yield return ("D2.docx", "某省政务云", "minutes", Multipart(OfficeFiles.Word(
                ["等保三级测评安排", "数据局要求十二月底前完成。"],
                [["项目", "负责人"], ["等保测评", "王工"]]), "D2.docx", DocumentArchive.DocxType));
            yield return ("D3.txt", "华东电信", "upload", Text("Cutover plan for the core network. The proposals cover rollback and monitoring.\nAI运维平台上线。", "text/plain"));
            yield return ("D4.docx", "某省政务云", "minutes", Office(OfficeFiles.Word(["流程割裂,接口不统一。", "运营商的维护窗口。"]), DocumentArchive.DocxType));
            yield return ("D5.pptx", "某市政府", "deck", Office(OfficeFiles.Deck((["Proposal: Security Compliance(等保2.0)for the Bureau"], "局方(电信局)要求按期交付。")), DocumentArchive.PptxType));
            yield return ("D6.md", "华东电信", "upload", Text("# 说明\n<script>alert('x')</script> 运维 监控 & 告警", "text/markdown"));
            yield return ("D7.docx", "Acme Bank", "summary", Office(OfficeFiles.Word(["Policies and proposal review", "The customer's CASES, analyzed."]), DocumentArchive.DocxType));
            yield return ("D8.txt", "华东电信", "upload", Text("网络割接、运维。全角:ＡＩ与５Ｇ", "text/plain"));
            yield return ("D9.txt", "某省政务云", "upload", Text("等保合规与测评,分开写。", "text/plain"));
            yield return ("D10.txt", "华东电信", "upload", Text("运维 运维 运维:运维体系,运维。", "text/plain"));
        }

        private static ByteArrayContent Office(byte[] bytes, string type)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            return content;
        }

        private static MultipartFormDataContent Multipart(byte[] bytes, string name, string type)
        {
            var form = new MultipartFormDataContent();
            form.Add(Office(bytes, type), "file", name);
            return form;
        }

        private static StringContent Text(string text, string type) => new(text, Encoding.UTF8, type);
    }

    /// <summary>Query → the documents it must find (all of them, and nothing else).</summary>
    public static TheoryData<string, string[]> Queries => new()
    {
        // One Chinese character: every document containing it.
        { "局", ["D2", "D5"] },
        { "割", ["D1", "D4", "D8"] },
        // Two characters, the common case; D4 has 割 and 接 (运 and 维) only apart.
        { "割接", ["D1", "D8"] },
        { "等保", ["D2", "D5", "D9"] },
        { "运维", ["D1", "D3", "D6", "D8", "D10"] },
        { "测评", ["D2", "D9"] },
        // Three and four characters must be contiguous: D9 has 等保 and 测评 apart.
        { "核心网", ["D1"] },
        { "数据局", ["D2"] },
        { "等保测评", ["D2"] },
        { "回退预案", ["D1"] },
        // English: case, plurals both ways.
        { "cutover", ["D3"] },
        { "CUTOVER", ["D3"] },
        { "proposal", ["D3", "D5", "D7"] },
        { "Proposals", ["D3", "D5", "D7"] },
        { "policy", ["D7"] },
        { "case", ["D7"] },
        // Mixed, and full-width Latin.
        { "AI运维", ["D3", "D8"] },
        { "proposal 局", ["D5"] },
        { "core 割接", [] },
        { "ＡＩ", ["D3", "D8"] },
        { "5g", ["D8"] },
        // Must not match.
        { "接割", [] },
        { "维运", [] },
        { "局方案", [] },
        { "proposition", [] },
        { "nothing", [] },
    };

    [SkippableTheory]
    [MemberData(nameof(Queries))]
    public async Task A_query_finds_exactly_the_documents_expected(string query, string[] expected)
    {
        Skip.IfNot(corpus.Available, TestDatabase.NoPostgres);
        var found = await FindAsync(query);
        Assert.Equal(expected.Order(), found.Order());
    }

    [SkippableFact]
    public async Task Recall_and_precision_over_the_query_set()
    {
        Skip.IfNot(corpus.Available, TestDatabase.NoPostgres);
        int expectedHits = 0, foundHits = 0, falseHits = 0;
        foreach (var row in Queries)
        {
            var (query, expected) = ((string)row[0], (string[])row[1]);
            var found = await FindAsync(query);
            expectedHits += expected.Length;
            foundHits += found.Count(expected.Contains);
            falseHits += found.Count(f => !expected.Contains(f));
        }
        var recall = (double)foundHits / expectedHits;
        output.WriteLine($"{(corpus.Database!.IsPostgres ? "PostgreSQL" : "SQLite")}: {Queries.Count()} queries, recall {foundHits}/{expectedHits} = {recall:P1}, false hits {falseHits}");
        Assert.Equal(expectedHits, foundHits);
        Assert.Equal(0, falseHits);
    }

    [SkippableFact]
    public async Task More_occurrences_rank_first()
    {
        Skip.IfNot(corpus.Available, TestDatabase.NoPostgres);
        var page = await PageAsync("/v1/documents?q=" + Uri.EscapeDataString("运维"));
        Assert.Equal(corpus.Ids["D10"], page.Items[0].Id);
        Assert.True(page.Items.Zip(page.Items.Skip(1)).All(p => p.First.Rank >= p.Second.Rank));
    }

    [SkippableFact]
    public async Task Filters_by_customer_deal_kind_and_date()
    {
        Skip.IfNot(corpus.Available, TestDatabase.NoPostgres);
        Assert.Equal(["D1", "D10", "D3", "D6", "D8"], await NamesAsync("q=运维&customer=华东电信"));
        Assert.Equal(["D2", "D4"], await NamesAsync("kind=minutes"));
        Assert.Equal(["D2"], await NamesAsync("kind=minutes&q=等保"));
        Assert.Equal(["D7"], await NamesAsync("dealId=deal-9"));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(10, (await PageAsync($"/v1/documents?from={today}&to={today}&pageSize=100")).Total);
        Assert.Equal(0, (await PageAsync($"/v1/documents?from={tomorrow}")).Total);
        Assert.Equal(0, (await PageAsync($"/v1/documents?to={yesterday}&q=运维")).Total);
        using var client = corpus.Host.Client();
        var bad = await client.GetAsync("/v1/documents?from=someday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Listing_pages_newest_first()
    {
        Skip.IfNot(corpus.Available, TestDatabase.NoPostgres);
        var first = await PageAsync("/v1/documents?page=1&pageSize=4");
        var third = await PageAsync("/v1/documents?page=3&pageSize=4");
        Assert.Equal(10, first.Total);
        Assert.Equal(4, first.Items.Count);
        Assert.Equal(2, third.Items.Count);
        Assert.Equal(corpus.Ids["D10"], first.Items[0].Id);
        Assert.Equal(corpus.Ids["D1"], third.Items[^1].Id);
    }

    [SkippableFact]
    public async Task Snippets_mark_hits_and_escape_everything_else()
    {
        Skip.IfNot(corpus.Available, TestDatabase.NoPostgres);
        var page = await PageAsync("/v1/documents?q=" + Uri.EscapeDataString("运维") + "&customer=" + Uri.EscapeDataString("华东电信") + "&pageSize=100");
        var d6 = page.Items.Single(i => i.Id == corpus.Ids["D6"]).Snippet;
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>运维</mark> 监控 &amp; 告警", d6);
        Assert.DoesNotContain("<script", d6);
        var d3 = (await PageAsync("/v1/documents?q=proposal")).Items.Single(i => i.Id == corpus.Ids["D3"]).Snippet;
        Assert.Contains("The <mark>proposals</mark> cover", d3);
        var d8 = (await PageAsync("/v1/documents?q=" + Uri.EscapeDataString("ai"))).Items.Single(i => i.Id == corpus.Ids["D8"]).Snippet;
        Assert.Contains("<mark>ＡＩ</mark>", d8);
    }

    [SkippableFact]
    public async Task A_document_gives_its_text_and_its_file()
    {
        Skip.IfNot(corpus.Available, TestDatabase.NoPostgres);
        using var client = corpus.Host.Client();
        var d1 = await client.GetFromJsonAsync<DocumentDetails>($"/v1/documents/{corpus.Ids["D1"]}");
        Assert.Equal("核心网割接方案\n\n割接窗口:周六凌晨 2:00–5:00\n回退预案已与运维团队确认。", d1!.Text);
        var d2 = await client.GetFromJsonAsync<DocumentDetails>($"/v1/documents/{corpus.Ids["D2"]}");
        Assert.Equal("等保三级测评安排\n数据局要求十二月底前完成。\n项目 | 负责人\n等保测评 | 王工", d2!.Text);
        Assert.Equal("minutes", d2.Kind);
        Assert.Equal("某省政务云", d2.Customer);
        var file = await client.GetAsync($"/v1/documents/{corpus.Ids["D2"]}/content");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(DocumentArchive.DocxType, file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("D2.docx", file.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal(d2.Size, bytes.Length);
        Assert.Equal(d2.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        var unknown = await client.GetAsync($"/v1/documents/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/v1/documents/not-a-guid/content")).StatusCode);
    }

    private async Task<List<string>> FindAsync(string query)
    {
        var page = await PageAsync("/v1/documents?pageSize=100&q=" + Uri.EscapeDataString(query));
        var byId = corpus.Ids.ToDictionary(p => p.Value, p => p.Key);
        return page.Items.Select(i => byId[i.Id]).ToList();
    }

    private async Task<List<string>> NamesAsync(string parameters)
    {
        var page = await PageAsync("/v1/documents?pageSize=100&" + string.Join('&', parameters.Split('&').Select(p => p.Split('=') is [var k, var v] ? k + "=" + Uri.EscapeDataString(v) : p)));
        var byId = corpus.Ids.ToDictionary(p => p.Value, p => p.Key);
        return page.Items.Select(i => byId[i.Id]).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<DocumentPage> PageAsync(string url)
    {
        using var client = corpus.Host.Client();
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<DocumentPage>())!;
    }
}

public sealed class SqliteCorpus() : SearchQuerySetTests.Corpus(postgres: false);

public sealed class PostgresCorpus() : SearchQuerySetTests.Corpus(postgres: true);

public sealed class SearchQuerySetSqliteTests(SqliteCorpus corpus, ITestOutputHelper output) : SearchQuerySetTests(corpus, output), IClassFixture<SqliteCorpus>;

public sealed class SearchQuerySetPostgresTests(PostgresCorpus corpus, ITestOutputHelper output) : SearchQuerySetTests(corpus, output), IClassFixture<PostgresCorpus>;
