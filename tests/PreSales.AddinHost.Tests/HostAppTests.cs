using System.Net.Http.Json;
using PreSales.AddinHost.Operations;
using PreSales.AddinHost.Tests.Support;

namespace PreSales.AddinHost.Tests;

/// <summary>The host runs for real on a loopback port; no test server stands in for it.</summary>
public sealed class HostAppTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [SkippableFact]
    public async Task Health_answers_ok_with_its_database()
    {
        using var client = host.Client();
        var health = await client.GetFromJsonAsync<Health>("/health");
        Assert.Equal("ok", health!.Status);
        Assert.Equal("sqlite", health.Database);
        Assert.True(File.Exists(Path.Combine(host.DataFolder, "presales.db")));
    }

    [SkippableFact]
    public async Task The_api_is_described_by_openapi_and_has_a_reference_page()
    {
        using var client = host.Client();
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/health\"", document);
        Assert.Contains("\"/v1/deals/{id}\"", document);
        Assert.Contains("\"/v1/reviews\"", document);
        var page = await client.GetAsync("/api");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType!.ToString());
    }

    [SkippableFact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        using var client = host.Client("en-US");
        var response = await client.GetAsync("/nothing-here");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }
}
