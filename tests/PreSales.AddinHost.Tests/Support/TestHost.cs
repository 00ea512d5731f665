using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PreSales.AddinHost.Tests.Support;

/// <summary>The real host on a loopback port over a test database, with extra configuration arguments.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<TestHost> StartAsync(TestDatabase database, params string[] settings)
    {
        ArgumentNullException.ThrowIfNull(database);
        var app = HostApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development", .. database.Arguments, .. settings]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestHost(app, new Uri(address));
    }

    public HttpClient Client(string? apiKey = null, string language = "en-US")
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        if (apiKey is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
