using System.Net;
using Microsoft.Extensions.Configuration;
using PreSales.AddinHost.Security;
using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Tests.Support;

namespace PreSales.AddinHost.Tests.Security;

/// <summary>Starting safely, CORS, the rate limit and the pane's security headers, on a real loopback host.</summary>
public sealed class HostGuardTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Sqlite();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    [InlineData("http://*:0")]
    [InlineData("http://192.168.1.20:3000")]
    public void Bound_beyond_loopback_without_authentication_it_refuses_to_start_with_one_line(string url)
    {
        var refused = Assert.Throws<HostRefusedException>(() => HostApp.Build(["--urls", url, .. database.Arguments]));
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Contains(url, refused.Message);
        Assert.Contains("PreSales:Auth:ApiKeys", refused.Message);
    }

    [Fact]
    public void Ports_on_every_interface_count_as_beyond_loopback()
    {
        Assert.Throws<HostRefusedException>(() => HostApp.Build(["--http_ports", "8080", .. database.Arguments]));
    }

    [Theory]
    [InlineData("http://localhost:3000", true)]
    [InlineData("https://127.0.0.1:0", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://unix:/run/presales.sock", true)]
    [InlineData("http://0.0.0.0:80", false)]
    [InlineData("http://presales.example.com", false)]
    [InlineData("http://10.0.0.1:3000", false)]
    public void Loopback_addresses_are_told_apart(string url, bool loopback) => Assert.Equal(loopback, HostSecurityOptions.IsLoopback(url));

    [Fact]
    public async Task The_host_process_exits_with_code_2_and_one_line_on_stderr()
    {
        var outcome = await Processes.RunAsync("PreSales.AddinHost.dll", ["--urls", "http://0.0.0.0:0", .. database.Arguments]);
        Assert.Equal(2, outcome.ExitCode);
        var lines = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("presales host: refusing to start: http://0.0.0.0:0", lines[0]);
    }

    [SkippableFact]
    public async Task Without_the_development_certificate_https_refuses_with_one_line_and_no_stack_trace()
    {
        // The user's certificate store is under HOME on Linux: an empty HOME has no development certificate.
        Skip.IfNot(OperatingSystem.IsLinux(), "the certificate store moves with HOME on Linux only");
        var home = Directory.CreateTempSubdirectory("presales-no-cert").FullName;
        try
        {
            var outcome = await Processes.RunAsync("PreSales.AddinHost.dll", ["--urls", "https://127.0.0.1:0", .. database.Arguments],
                new Dictionary<string, string> { ["HOME"] = home, ["DOTNET_CLI_HOME"] = home });
            Assert.Equal(2, outcome.ExitCode);
            var lines = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            Assert.StartsWith("presales host: refusing to start: https://127.0.0.1:0 needs the HTTPS development certificate", lines[0]);
            Assert.Contains("dotnet dev-certs https --trust", lines[0], StringComparison.Ordinal);
            // Nothing from the framework's failed start: no fail line, no stack trace, and the database was not made.
            Assert.DoesNotContain("fail:", outcome.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", outcome.Output + outcome.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(" at Microsoft.", outcome.Output + outcome.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(database.DataFolder, "presales.db")));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public async Task With_api_keys_it_starts_on_every_interface_and_asks_for_a_key()
    {
        await using var app = HostApp.Build(["--urls", "http://0.0.0.0:0", "--PreSales:Auth:ApiKeys=true", .. database.Arguments]);
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/documents")).StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Without_configuration_loopback_needs_no_login()
    {
        await using var host = await TestHost.StartAsync(database);
        using var client = host.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/documents")).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_office_needs()
    {
        await using var host = await TestHost.StartAsync(database);
        using var client = host.Client();
        foreach (var path in new[] { "/health", "/v1/documents", "/taskpane.html" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com", csp);
            Assert.Contains("frame-ancestors 'self' https://*.officeapps.live.com", csp);
            Assert.Contains("https://*.sharepoint.com", csp);
            Assert.Contains("object-src 'none'", csp);
            // Office on the web frames the pane: X-Frame-Options would block it.
            Assert.False(response.Headers.Contains("X-Frame-Options"));
        }
    }

    [Fact]
    public async Task Cors_answers_only_the_configured_origins()
    {
        await using var host = await TestHost.StartAsync(database, "--PreSales:Cors:Origins=https://pane.example.com");
        using var client = host.Client();
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/documents");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "GET");
            request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
            return await client.SendAsync(request);
        }
        var allowed = await Preflight("https://pane.example.com");
        Assert.Equal("https://pane.example.com", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-api-key", string.Join(',', allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        var other = await Preflight("https://evil.example.net");
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));

        using var get = new HttpRequestMessage(HttpMethod.Get, "/v1/documents");
        get.Headers.Add("Origin", "https://evil.example.net");
        Assert.False((await client.SendAsync(get)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Too_many_requests_for_one_key_get_429_with_problem_details_while_another_key_goes_on()
    {
        await using var host = await TestHost.StartAsync(database, "--PreSales:Auth:ApiKeys=true", "--PreSales:RateLimit:PermitsPerMinute=3");
        var configuration = new ConfigurationBuilder().AddCommandLine([.. database.Arguments]).Build();
        await using var db = KeyDb.Open(DatabaseSettings.From(configuration));
        var first = (await ApiKeys.CreateAsync(db, "team-r", "one", TimeProvider.System, CancellationToken.None)).Key;
        var second = (await ApiKeys.CreateAsync(db, "team-r", "two", TimeProvider.System, CancellationToken.None)).Key;
        using var busy = host.Client(first);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/v1/documents")).StatusCode);
        var limited = await busy.GetAsync("/v1/documents");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("rate-limited", (await SecuredHostTests.Problem(limited)).GetProperty("code").GetString());
        Assert.True(limited.Headers.RetryAfter is not null);
        using var calm = host.Client(second);
        Assert.Equal(HttpStatusCode.OK, (await calm.GetAsync("/v1/documents")).StatusCode);
    }

    [Fact]
    public void A_jwt_without_an_audience_or_a_short_key_is_refused_with_one_line()
    {
        var noAudience = Assert.Throws<HostRefusedException>(() => HostApp.Build(["--PreSales:Auth:Jwt:Authority=https://login.example.com/", .. database.Arguments]));
        Assert.Contains("Audience", noAudience.Message);
        var shortKey = Assert.Throws<HostRefusedException>(() => HostApp.Build(
            ["--PreSales:Auth:Jwt:SigningKey=c2hvcnQ=", "--PreSales:Auth:Jwt:Audience=x", .. database.Arguments]));
        Assert.Contains("32 bytes", shortKey.Message);
    }
}
