using PreSales.AddinHost.KnowledgeBase;
using PreSales.AddinHost.Storage;
using Microsoft.Extensions.Configuration;

namespace PreSales.AddinHost.Tests.Support;

/// <summary>A host on a fresh database of one provider, shared by a test class; PostgreSQL ones skip without a server.</summary>
public abstract class HostFixture(bool postgres) : IAsyncLifetime
{
    private readonly List<TestHost> hosts = [];

    public TestDatabase? Database { get; private set; }

    public TestHost Host => hosts.Count > 0 ? hosts[0] : throw new InvalidOperationException("no host (PostgreSQL not configured?)");

    public bool Available => Database is not null;

    /// <summary>Extra configuration arguments for the host.</summary>
    protected virtual string[] Settings => [];

    public virtual async Task InitializeAsync()
    {
        Database = postgres ? await TestDatabase.PostgresAsync() : TestDatabase.Sqlite();
        if (Database is null)
            return;
        await MigrateAsync(Database);
        hosts.Add(await TestHost.StartAsync(Database, Settings));
    }

    /// <summary>Another host on the same database with other settings.</summary>
    public async Task<TestHost> StartAnotherAsync(params string[] settings)
    {
        var host = await TestHost.StartAsync(Database!, settings);
        hosts.Add(host);
        return host;
    }

    /// <summary>What the migrate command does on PostgreSQL (SQLite migrates as the host starts).</summary>
    public static async Task MigrateAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        // The host's migrate command: deals, templates, reviews, API keys, the knowledge base.
        var tool = HostApp.Build([.. database.Arguments]);
        await HostApp.MigrateAsync(tool);
        await tool.DisposeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var host in hosts)
            await host.DisposeAsync();
        if (Database is not null)
            await Database.DisposeAsync();
    }
}
