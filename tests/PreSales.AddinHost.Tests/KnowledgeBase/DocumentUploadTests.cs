using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PreSales.AddinHost.KnowledgeBase;
using PreSales.AddinHost.Tests.Security;
using PreSales.AddinHost.Tests.Support;

namespace PreSales.AddinHost.Tests.KnowledgeBase;

/// <summary>
/// Uploads and the archive the other endpoints use: oversize bodies get 413, hostile files (zip bomb, XML bomb,
/// truncated, a Word file renamed .pptx, not Office at all) a 4xx with problem details, quickly and without storing
/// anything; a real deck and Word document from the repository keep their text; <see cref="IDocumentArchive"/> keeps
/// even a file whose text cannot be read.
/// </summary>
public abstract class DocumentUploadTests(DocumentUploadTests.Limited fixture)
{
    public abstract class Limited(bool postgres) : HostFixture(postgres)
    {
        protected override string[] Settings => ["--PreSales:Limits:MaxUploadBytes=2000000"];
    }

    public static TheoryData<string, string, string, int, string> Hostile => new()
    {
        { "zip-bomb", "bomb.pptx", DocumentArchive.PptxType, 422, "zip-bomb" },
        { "xml-bomb", "lol.pptx", DocumentArchive.PptxType, 422, "dtd" },
        { "truncated", "half.pptx", DocumentArchive.PptxType, 422, "truncated" },
        { "word-renamed", "renamed.pptx", "application/octet-stream", 422, "wrong-kind" },
        { "word-as-pptx-type", "deck", DocumentArchive.PptxType, 422, "wrong-kind" },
        { "not-office", "fake.docx", DocumentArchive.DocxType, 422, "not-a-zip" },
        { "picture", "photo.png", "image/png", 415, "unsupported-type" },
    };

    [SkippableTheory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_upload_gets_a_4xx_with_problem_details_and_nothing_is_stored(string what, string name, string type, int status, string code)
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        var bytes = what switch
        {
            "zip-bomb" => OfficeFiles.ZipBomb(),
            "xml-bomb" => OfficeFiles.XmlBomb(),
            "truncated" => OfficeFiles.Deck((["被截断的文件"], null))[..200],
            "word-renamed" or "word-as-pptx-type" => OfficeFiles.Word(["这是 Word 文档"]),
            "not-office" => Encoding.UTF8.GetBytes("just text pretending"),
            _ => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0],
        };
        using var client = fixture.Host.Client();
        var before = (await client.GetFromJsonAsync<DocumentPage>("/v1/documents"))!.Total;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        var response = await client.PostAsync($"/v1/documents?name={name}", content);
        Assert.Equal(status, (int)response.StatusCode);
        var problem = await SecuredHostTests.Problem(response);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", problem.GetProperty("detail").GetString());
        Assert.Equal(before, (await client.GetFromJsonAsync<DocumentPage>("/v1/documents"))!.Total);
    }

    [SkippableFact]
    public async Task An_upload_over_the_limit_is_413_with_or_without_a_content_length()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        using var client = fixture.Host.Client(language: "zh-CN");
        var big = new byte[2_500_000];
        var sized = new ByteArrayContent(big);
        sized.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var response = await client.PostAsync("/v1/documents", sized);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("超过上限", (await SecuredHostTests.Problem(response)).GetProperty("detail").GetString());

        var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/documents") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        var streamed = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal("too-large", (await SecuredHostTests.Problem(streamed)).GetProperty("code").GetString());

        var form = new MultipartFormDataContent { { new ByteArrayContent(big), "file", "big.txt" } };
        var multipart = await client.PostAsync("/v1/documents", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, multipart.StatusCode);
    }

    [SkippableFact]
    public async Task Bad_upload_requests_get_400()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        using var client = fixture.Host.Client();
        var wrongKind = await client.PostAsync("/v1/documents?kind=secret", new StringContent("x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        var empty = await client.PostAsync("/v1/documents", new ByteArrayContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var noFile = await client.PostAsync("/v1/documents", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        var notUtf8 = new ByteArrayContent([0xC3, 0x28, 0xFF]);
        notUtf8.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var badText = await client.PostAsync("/v1/documents", notUtf8);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badText.StatusCode);
        Assert.Equal("not-utf8", (await SecuredHostTests.Problem(badText)).GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task The_repositorys_own_deck_and_minutes_keep_their_text_and_a_hostile_name_never_becomes_a_path()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        using var client = fixture.Host.Client();
        // Decks made by LibreOffice and by pandoc from the same outline (tests/fixtures/decks), not by the engine.
        var deck = File.ReadAllBytes(Path.Combine(Root(), "tests", "fixtures", "decks", "libreoffice-zh.pptx"));
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(deck);
        part.Headers.ContentType = new MediaTypeHeaderValue(DocumentArchive.PptxType);
        form.Add(part, "file", "../../etc/方案 deck.pptx");
        var stored = await client.PostAsync("/v1/documents?kind=deck", form);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var details = (await stored.Content.ReadFromJsonAsync<DocumentDetails>())!;
        Assert.Equal("方案 deck.pptx", details.Name);
        Assert.Equal($"/v1/documents/{details.Id}", stored.Headers.Location?.OriginalString);
        var text = (await client.GetFromJsonAsync<DocumentDetails>($"/v1/documents/{details.Id}"))!.Text!;
        Assert.Contains("某市电信分公司网络改造试点方案", text);
        Assert.Contains("成功案例", text);
        var found = (await client.GetFromJsonAsync<DocumentPage>("/v1/documents?q=" + Uri.EscapeDataString("网络改造")))!;
        Assert.Contains(found.Items, i => i.Id == details.Id);
        var download = await client.GetAsync($"/v1/documents/{details.Id}/content");
        Assert.Equal("方案 deck.pptx", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(deck, await download.Content.ReadAsByteArrayAsync());

        var minutes = new ByteArrayContent(File.ReadAllBytes(Path.Combine(Root(), "templates", "minutes.zh-CN.docx")));
        minutes.Headers.ContentType = new MediaTypeHeaderValue(DocumentArchive.DocxType);
        var word = await client.PostAsync("/v1/documents?kind=minutes&name=minutes.docx", minutes);
        Assert.Equal(HttpStatusCode.Created, word.StatusCode);
        var wordText = (await client.GetFromJsonAsync<DocumentDetails>($"/v1/documents/{(await word.Content.ReadFromJsonAsync<DocumentDetails>())!.Id}"))!.Text!;
        Assert.Contains("交易", wordText);
    }

    [SkippableFact]
    public async Task The_archive_keeps_generated_files_searchable_and_keeps_unreadable_ones_without_text()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        Guid deckId, brokenId;
        using (var scope = fixture.Host.App.Services.CreateScope())
        {
            var archive = scope.ServiceProvider.GetRequiredService<IDocumentArchive>();
            deckId = await archive.StoreAsync(new DocumentToStore("local", "deal-7", "ex-2", "deck", "华东电信-割接方案.pptx", DocumentArchive.PptxType,
                OfficeFiles.Deck((["归档测试:容灾演练"], "备注里的运维细节")), "华东电信"), CancellationToken.None);
            brokenId = await archive.StoreAsync(new DocumentToStore("local", "deal-7", null, "review", "broken.pptx", DocumentArchive.PptxType,
                [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "华东电信"), CancellationToken.None);
        }
        using var client = fixture.Host.Client();
        var page = (await client.GetFromJsonAsync<DocumentPage>("/v1/documents?dealId=deal-7&q=" + Uri.EscapeDataString("容灾演练")))!;
        var hit = Assert.Single(page.Items);
        Assert.Equal(deckId, hit.Id);
        Assert.Equal("ex-2", hit.ExchangeId);
        Assert.Contains("<mark>容灾演练</mark>", hit.Snippet);
        var broken = (await client.GetFromJsonAsync<DocumentDetails>($"/v1/documents/{brokenId}"))!;
        Assert.Equal("", broken.Text);
        Assert.Equal(7, broken.Size);
        var download = await client.GetAsync($"/v1/documents/{deckId}/content");
        Assert.Equal("华东电信-割接方案.pptx", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Directory.Packages.props")))
            dir = dir.Parent;
        return dir.FullName;
    }
}

public sealed class LimitedSqlite() : DocumentUploadTests.Limited(postgres: false);

public sealed class LimitedPostgres() : DocumentUploadTests.Limited(postgres: true);

public sealed class DocumentUploadSqliteTests(LimitedSqlite fixture) : DocumentUploadTests(fixture), IClassFixture<LimitedSqlite>;

public sealed class DocumentUploadPostgresTests(LimitedPostgres fixture) : DocumentUploadTests(fixture), IClassFixture<LimitedPostgres>;
