using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PreSales.AddinHost.Tests.Support;

/// <summary>
/// The host running for real on a loopback port with its own database: a temp data folder (SQLite) or a fresh
/// PostgreSQL database on the server named by PRESALES_TEST_POSTGRES. One per test class.
/// </summary>
public abstract class ApiHost : IAsyncLifetime
{
    /// <summary>The upload limit the tests run with, small so the 413 test sends little.</summary>
    public const int MaxUploadMegabytes = 4;

    private WebApplication? app;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "presales-i9a-test-" + Guid.NewGuid().ToString("N")[..12]);

    public Uri Address { get; private set; } = null!;

    /// <summary>Why this host cannot run here (then every test of the class is skipped with it), or null.</summary>
    public string? Unavailable { get; protected set; }

    public IServiceProvider Services => app!.Services;

    protected abstract Task<string[]> DatabaseArgsAsync();

    public virtual async Task InitializeAsync()
    {
        var database = await DatabaseArgsAsync();
        if (Unavailable is not null)
            return;
        app = HostApp.Build([
            "--urls", "http://127.0.0.1:0", "--environment", "Development", "--PreSales:DataFolder", DataFolder,
            "--PreSales:Limits:MaxUploadBytes", (MaxUploadMegabytes << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default", "Warning", .. database]);
        await HostApp.StartAsync(app);
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public virtual async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>A client of the host, in the language given; skips the test when the host cannot run here.</summary>
    public HttpClient Client(string language = "zh-CN")
    {
        Skip.If(Unavailable is not null, Unavailable);
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }
}

/// <summary>SQLite in a temp data folder: the embedded default.</summary>
public sealed class SqliteHost : ApiHost
{
    protected override Task<string[]> DatabaseArgsAsync() => Task.FromResult(new[] { "--PreSales:Database", "sqlite" });
}

/// <summary>A fresh PostgreSQL database per test class, dropped afterwards; skipped when PRESALES_TEST_POSTGRES is unset.</summary>
public sealed class PostgresHost : ApiHost
{
    private readonly string name = "presales_i9a_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string? Server => Environment.GetEnvironmentVariable("PRESALES_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    protected override async Task<string[]> DatabaseArgsAsync()
    {
        if (Server is null)
        {
            Unavailable = "PRESALES_TEST_POSTGRES is not set (an Npgsql connection string without a database); CI sets it";
            return [];
        }
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return ["--PreSales:Database", "postgres", "--ConnectionStrings:PreSales", ConnectionString, "--PreSales:MigrateOnStart", "true"];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Server is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
