using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PreSales.AddinHost.Storage;

namespace PreSales.AddinHost.KnowledgeBase;

/// <summary>Registers the knowledge base (<see cref="IDocumentArchive"/>, <see cref="DocumentArchive"/>) and applies its migrations.</summary>
public static class KnowledgeBaseSetup
{
    /// <summary>
    /// The knowledge base's services on the host's one database. On SQLite its migrations are applied as the host
    /// starts (before it listens); on PostgreSQL the migrate command applies them (<see cref="MigrateAsync(DatabaseSettings, CancellationToken)"/>).
    /// </summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = DatabaseSettings.From(configuration);
        services.TryAddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        // Pooled, as the deal storage is: a deck request reads and writes the knowledge base, and a context made afresh
        // for each costs more than the query.
        services.AddDbContextPool<KnowledgeDb>(options => KnowledgeDb.Configure(options, settings));
        services.AddScoped<DocumentArchive>();
        services.AddScoped<IDocumentArchive>(provider => provider.GetRequiredService<DocumentArchive>());
        services.AddSingleton(KnowledgeBaseLimits.From(configuration));
        if (!settings.IsPostgres)
            services.AddHostedService<SqliteMigration>();
        return services;
    }

    /// <summary>Applies the knowledge base's migrations to the database (what <c>presales migrate</c> calls on PostgreSQL).</summary>
    public static async Task MigrateAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.IsPostgres)
            Directory.CreateDirectory(settings.DataFolder);
        var options = new DbContextOptionsBuilder<KnowledgeDb>();
        KnowledgeDb.Configure(options, settings);
        await using var db = new KnowledgeDb(options.Options);
        await db.Database.MigrateAsync(cancellationToken);
    }

    // Before the server listens, so no request meets a database without its tables.
    private sealed class SqliteMigration(DatabaseSettings settings) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken) => MigrateAsync(settings, cancellationToken);
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The knowledge base's limits. Configuration: <c>PreSales:Limits:MaxUploadBytes</c> (default 100 MB).</summary>
public sealed record KnowledgeBaseLimits(long MaxUploadBytes)
{
    public const long DefaultMaxUploadBytes = 100L << 20;

    public static KnowledgeBaseLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration["PreSales:Limits:MaxUploadBytes"];
        if (string.IsNullOrWhiteSpace(value))
            return new KnowledgeBaseLimits(DefaultMaxUploadBytes);
        if (!long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes) || bytes <= 0)
            throw new InvalidOperationException($"PreSales:Limits:MaxUploadBytes must be a positive number of bytes, not '{value}'.");
        return new KnowledgeBaseLimits(bytes);
    }
}
