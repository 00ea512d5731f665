using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PreSales.AddinHost;

namespace PreSales.AddinHost.Tests;

/// <summary>The host runs for real on a loopback port; no test server stands in for it.</summary>
public sealed class HostAppTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = HostApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        var health = await client.GetFromJsonAsync<Health>("/health");
        Assert.Equal("ok", health!.Status);
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/health\"", document);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404()
    {
        var response = await client.GetAsync("/nothing-here");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
