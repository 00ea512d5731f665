using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PreSales.AddinHost.KnowledgeBase;
using PreSales.AddinHost.Tests.Support;

namespace PreSales.AddinHost.Tests.Security;

/// <summary>
/// A host with API keys and JWT bearer tokens (a local HMAC key, and an RSA public key on a second host; no network):
/// keys made, listed and revoked by the real <c>presales keys</c> command against the test database; 401 problem
/// details for a missing, unknown or revoked key and a bad token; team isolation of documents and search (404).
/// </summary>
public abstract class SecuredHostTests(SecuredHostTests.Secured fixture)
{
    public const string Audience = "api://presales-test";
    public const string Issuer = "https://issuer.test/";

    public abstract class Secured(bool postgres) : HostFixture(postgres)
    {
        public byte[] Secret { get; } = RandomNumberGenerator.GetBytes(32);

        public RSA Rsa { get; } = RSA.Create(2048);

        protected override string[] Settings =>
        [
            "--PreSales:Auth:ApiKeys=true",
            $"--PreSales:Auth:Jwt:SigningKey={Convert.ToBase64String(Secret)}",
            $"--PreSales:Auth:Jwt:Audience={Audience}",
            $"--PreSales:Auth:Jwt:Issuer={Issuer}",
            "--PreSales:Auth:Jwt:TeamClaim=team",
        ];

        /// <summary>Runs <c>presales keys …</c> on this fixture's database.</summary>
        public Task<Processes.Outcome> KeysAsync(params string[] arguments) =>
            Processes.RunAsync(Processes.Cli, ["keys", .. arguments, .. DatabaseOptions()]);

        /// <summary>A key made in-process (the command itself is tested once; each process costs seconds here).</summary>
        public async Task<string> NewKeyAsync(string team)
        {
            var configuration = new ConfigurationBuilder().AddCommandLine([.. Database!.Arguments]).Build();
            await using var db = PreSales.AddinHost.Security.KeyDb.Open(PreSales.AddinHost.Storage.DatabaseSettings.From(configuration));
            return (await PreSales.AddinHost.Security.ApiKeys.CreateAsync(db, team, "test " + team, TimeProvider.System, CancellationToken.None)).Key;
        }

        private string[] DatabaseOptions() => Database!.IsPostgres
            ? ["--database", "postgres", "--connection", Database.ConnectionString]
            : ["--data-folder", Database.DataFolder];

        public override async Task DisposeAsync()
        {
            Rsa.Dispose();
            await base.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task No_key_is_a_401_with_problem_details_in_the_callers_language()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        using var client = fixture.Host.Client(language: "zh-CN");
        var response = await client.GetAsync("/v1/documents");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await Problem(response);
        Assert.Equal("no-credentials", problem.GetProperty("code").GetString());
        Assert.Contains("身份验证", problem.GetProperty("detail").GetString());
        // The pane's files and the health check need no key.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [SkippableFact]
    public async Task A_key_made_by_the_command_works_until_it_is_revoked()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        var made = await fixture.KeysAsync("create", "--team", "team-cli", "--name", "cli test");
        Assert.True(made.ExitCode == 0, made.Error);
        var key = made.Output.Trim();
        Assert.StartsWith("psk_", key);
        Assert.Contains("shown only this once", made.Error);
        using (var client = fixture.Host.Client(key))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/documents")).StatusCode);

        var list = await fixture.KeysAsync("list", "--team", "team-cli");
        Assert.Equal(0, list.ExitCode);
        var row = list.Output.Split('\n').Single(l => l.Contains("team-cli", StringComparison.Ordinal)).Split('\t');
        Assert.DoesNotContain(key, list.Output); // never shown again, only its prefix
        Assert.StartsWith(key[..8], row[3]);
        Assert.Equal("-", row[5].Trim());

        var revoke = await fixture.KeysAsync("revoke", row[0]);
        Assert.True(revoke.ExitCode == 0, revoke.Error);
        using (var client = fixture.Host.Client(key))
        {
            var refused = await client.GetAsync("/v1/documents");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("bad-key", (await Problem(refused)).GetProperty("code").GetString());
        }
        var after = await fixture.KeysAsync("list", "--team", "team-cli");
        Assert.NotEqual("-", after.Output.Split('\n').Single(l => l.StartsWith(row[0], StringComparison.Ordinal)).Split('\t')[5].Trim());
        Assert.Equal(2, (await fixture.KeysAsync("revoke", Guid.NewGuid().ToString())).ExitCode);
    }

    [SkippableFact]
    public async Task An_unknown_key_is_a_401()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        using var client = fixture.Host.Client("psk_not-a-real-key");
        var response = await client.GetAsync("/v1/documents?q=x");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("bad-key", (await Problem(response)).GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task A_team_never_reads_lists_searches_or_downloads_another_teams_documents()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        using var a = fixture.Host.Client(await fixture.NewKeyAsync("team-a"));
        using var b = fixture.Host.Client(await fixture.NewKeyAsync("team-b"));
        var bytes = OfficeFiles.Word(["甲方团队的割接方案(机密)"]);
        var stored = await Upload(a, bytes);

        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/v1/documents/{stored.Id}")).StatusCode);
        Assert.Equal(1, (await a.GetFromJsonAsync<DocumentPage>("/v1/documents?q=" + Uri.EscapeDataString("割接")))!.Total);
        foreach (var url in new[] { $"/v1/documents/{stored.Id}", $"/v1/documents/{stored.Id}/content" })
        {
            var response = await b.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("not-found", (await Problem(response)).GetProperty("code").GetString());
        }
        Assert.Equal(0, (await b.GetFromJsonAsync<DocumentPage>("/v1/documents"))!.Total);
        Assert.Equal(0, (await b.GetFromJsonAsync<DocumentPage>("/v1/documents?q=" + Uri.EscapeDataString("割接")))!.Total);

        // The same bytes stored by both teams are kept once, yet each team sees only its own document.
        var theirs = await Upload(b, bytes);
        Assert.Equal(stored.Sha256, theirs.Sha256);
        Assert.Equal(1, (await b.GetFromJsonAsync<DocumentPage>("/v1/documents?q=" + Uri.EscapeDataString("割接")))!.Items.Count(i => i.Id == theirs.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/v1/documents/{theirs.Id}")).StatusCode);
        Assert.Equal(bytes, await b.GetByteArrayAsync($"/v1/documents/{theirs.Id}/content"));
    }

    [SkippableFact]
    public async Task A_bearer_token_signed_with_the_configured_key_acts_for_its_team()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        var key = new SymmetricSecurityKey(fixture.Secret);
        var credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        using var owner = Bearer(Token(credentials, "team-jwt"));
        var stored = await Upload(owner, OfficeFiles.Word(["令牌团队的等保文档"]));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/v1/documents/{stored.Id}")).StatusCode);

        using var other = Bearer(Token(credentials, "team-other"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/v1/documents/{stored.Id}")).StatusCode);

        // The same team by an API key sees the token's documents: the team is the claim, whoever authenticated it.
        using var byKey = fixture.Host.Client(await fixture.NewKeyAsync("team-jwt"));
        Assert.Equal(HttpStatusCode.OK, (await byKey.GetAsync($"/v1/documents/{stored.Id}")).StatusCode);

        var wrongKey = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256);
        foreach (var bad in new[]
        {
            Token(wrongKey, "team-jwt"),
            Token(credentials, "team-jwt", expires: DateTime.UtcNow.AddMinutes(-10)),
            Token(credentials, "team-jwt", audience: "api://someone-else"),
            Token(credentials, team: null),
        })
        {
            using var client = Bearer(bad);
            var response = await client.GetAsync("/v1/documents");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("bad-token", (await Problem(response)).GetProperty("code").GetString());
        }
    }

    [SkippableFact]
    public async Task A_token_signed_by_an_rsa_key_is_checked_with_the_configured_public_key()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        var host = await fixture.StartAnotherAsync(
            $"--PreSales:Auth:Jwt:PublicKey={fixture.Rsa.ExportSubjectPublicKeyInfoPem()}",
            $"--PreSales:Auth:Jwt:Audience={Audience}",
            $"--PreSales:Auth:Jwt:Issuer={Issuer}",
            "--PreSales:Auth:Jwt:TeamClaim=team");
        var credentials = new SigningCredentials(new RsaSecurityKey(fixture.Rsa), SecurityAlgorithms.RsaSha256);
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(credentials, "team-rsa"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/documents")).StatusCode);
        using var forged = host.Client();
        using var otherRsa = RSA.Create(2048);
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(new SigningCredentials(new RsaSecurityKey(otherRsa), SecurityAlgorithms.RsaSha256), "team-rsa"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/v1/documents")).StatusCode);
    }

    private HttpClient Bearer(string token)
    {
        var client = fixture.Host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Token(SigningCredentials credentials, string? team, DateTime? expires = null, string audience = Audience)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "user-1" };
        if (team is not null)
            claims["team"] = team;
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = credentials,
        });
    }

    private static async Task<DocumentDetails> Upload(HttpClient client, byte[] docx)
    {
        var content = new ByteArrayContent(docx);
        content.Headers.ContentType = new MediaTypeHeaderValue(DocumentArchive.DocxType);
        var response = await client.PostAsync("/v1/documents?kind=minutes&name=secret.docx", content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DocumentDetails>())!;
    }

    internal static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

public sealed class SecuredSqlite() : SecuredHostTests.Secured(postgres: false);

public sealed class SecuredPostgres() : SecuredHostTests.Secured(postgres: true);

public sealed class SecuredHostSqliteTests(SecuredSqlite fixture) : SecuredHostTests(fixture), IClassFixture<SecuredSqlite>;

public sealed class SecuredHostPostgresTests(SecuredPostgres fixture) : SecuredHostTests(fixture), IClassFixture<SecuredPostgres>;
