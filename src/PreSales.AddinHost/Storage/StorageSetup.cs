using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Deals;

namespace PreSales.AddinHost.Storage;

/// <summary>
/// The migrations of another part of the host (API keys, the knowledge base), applied with the host's own: by the
/// <c>migrate</c> command, and as the host starts when it migrates on start.
/// </summary>
/// <param name="Apply">Applies them to the database.</param>
public sealed record DatabaseMigration(Func<DatabaseSettings, CancellationToken, Task> Apply);

/// <summary>The database: registration by provider, migrations, WAL on SQLite, the sample deals on first run, the purge of old deletions.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        if (settings.IsPostgres)
            services.AddDbContextPool<PreSalesDb, PostgresPreSalesDb>(settings.Apply);
        else
            services.AddDbContextPool<PreSalesDb, SqlitePreSalesDb>(settings.Apply);
        services.AddHostedService<Preparation>();
        return services;
    }

    /// <summary>
    /// Makes the database ready before the host serves: the data folder, migrations (on PostgreSQL only when
    /// <c>PreSales:MigrateOnStart</c> is true — a team applies them once with the <c>migrate</c> command), the sample
    /// deals when the database was new, and the purge of deals deleted over 30 days ago.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, bool migrate, CancellationToken cancel = default)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("PreSales.Storage");
        Directory.CreateDirectory(settings.DataFolder);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PreSalesDb>();
        var fresh = !(await db.Database.GetAppliedMigrationsAsync(cancel)).Any();
        if (migrate)
        {
            foreach (var other in services.GetServices<DatabaseMigration>())
                await other.Apply(settings, cancel);
            await db.Database.MigrateAsync(cancel);
        }
        else
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancel)).ToList();
            if (pending.Count > 0)
                throw new InvalidOperationException(
                    $"the database has {pending.Count} migration(s) to apply ({string.Join(", ", pending)}); run `dotnet run --project src/PreSales.AddinHost -- migrate` "
                    + "(a published host: `dotnet PreSales.AddinHost.dll migrate`) once, then start the instances");
        }
        if (!settings.IsPostgres)
        {
            // WAL: readers never wait for the writer, and a killed process leaves a database that opens cleanly.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancel);
        }
        if (fresh && migrate && configuration.GetValue("PreSales:LoadSamples", true))
            await SampleDeals.LoadAsync(db, log, cancel);
        var cutoff = DateTime.UtcNow - DealRecords.RestoreWindow;
        var purged = await db.Deals.Where(d => d.DeletedAt != null && d.DeletedAt < cutoff).ExecuteDeleteAsync(cancel);
        if (purged > 0)
            log.LogInformation("Purged {Count} deal(s) deleted over 30 days ago", purged);
    }

    // Before the server listens, so no request meets a database without its tables.
    private sealed class Preparation(IServiceProvider services, IConfiguration configuration, DatabaseSettings settings) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken) => PrepareAsync(services, configuration, MigratesOnStart(settings, configuration), cancellationToken);
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Whether this host applies migrations as it starts: always on SQLite, on PostgreSQL only when configured.</summary>
    public static bool MigratesOnStart(DatabaseSettings settings, IConfiguration configuration) =>
        configuration.GetValue("PreSales:MigrateOnStart", !settings.IsPostgres);
}
