using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Deals;

namespace PreSales.AddinHost.Storage;

/// <summary>A context whose migrations the host applies (SQLite: as it starts; PostgreSQL: by the <c>migrate</c> command).</summary>
/// <param name="ContextType">The registered DbContext service type.</param>
public sealed record MigratedContext(Type ContextType);

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
        services.AddSingleton(new MigratedContext(typeof(PreSalesDb)));
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
            foreach (var context in scope.ServiceProvider.GetServices<MigratedContext>())
                await ((DbContext)scope.ServiceProvider.GetRequiredService(context.ContextType)).Database.MigrateAsync(cancel);
        }
        else
        {
            foreach (var context in scope.ServiceProvider.GetServices<MigratedContext>())
            {
                var pending = (await ((DbContext)scope.ServiceProvider.GetRequiredService(context.ContextType)).Database.GetPendingMigrationsAsync(cancel)).ToList();
                if (pending.Count > 0)
                    throw new InvalidOperationException(
                        $"the database has {pending.Count} migration(s) to apply ({string.Join(", ", pending)}); run `dotnet run --project src/PreSales.AddinHost -- migrate` (or `presales-host migrate`) once, then start the instances.");
            }
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

    /// <summary>Whether this host applies migrations as it starts: always on SQLite, on PostgreSQL only when configured.</summary>
    public static bool MigratesOnStart(DatabaseSettings settings, IConfiguration configuration) =>
        configuration.GetValue("PreSales:MigrateOnStart", !settings.IsPostgres);
}
