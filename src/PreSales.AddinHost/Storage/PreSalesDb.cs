using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PreSales.AddinHost.Deals;
using PreSales.AddinHost.Reviews;
using PreSales.AddinHost.Templates;

namespace PreSales.AddinHost.Storage;

/// <summary>
/// The host's deals, company templates and reviews. Every row carries its team; every query filters by it. The model is
/// the same on both databases; each provider has its own migrations (<see cref="SqlitePreSalesDb"/>,
/// <see cref="PostgresPreSalesDb"/>), because their column types differ.
/// </summary>
public abstract class PreSalesDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredDeal> Deals => Set<StoredDeal>();

    public DbSet<StoredTemplate> Templates => Set<StoredTemplate>();

    public DbSet<StoredReview> Reviews => Set<StoredReview>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Times are written in UTC; SQLite gives them back without a kind, so they are read back as UTC too.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredDeal>(deal =>
        {
            deal.ToTable("deals");
            deal.HasKey(d => new { d.TeamId, d.Id });
            deal.Property(d => d.Version).IsConcurrencyToken();
            deal.HasIndex(d => new { d.TeamId, d.DeletedAt, d.UpdatedAt });
        });
        modelBuilder.Entity<StoredTemplate>(template =>
        {
            template.ToTable("templates");
            template.HasKey(t => t.Id);
            template.HasIndex(t => new { t.TeamId, t.Kind });
        });
        modelBuilder.Entity<StoredReview>(review =>
        {
            review.ToTable("reviews");
            review.HasKey(r => r.Id);
            review.HasIndex(r => new { r.TeamId, r.DealId });
        });
    }
}

/// <summary>The context on SQLite, with its own migrations (Storage/Migrations/Sqlite).</summary>
public sealed class SqlitePreSalesDb(DbContextOptions<SqlitePreSalesDb> options) : PreSalesDb(options);

/// <summary>The context on PostgreSQL, with its own migrations (Storage/Migrations/Postgres).</summary>
public sealed class PostgresPreSalesDb(DbContextOptions<PostgresPreSalesDb> options) : PreSalesDb(options);

/// <summary>For <c>dotnet ef migrations add … --context SqlitePreSalesDb</c>: no running host needed.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqlitePreSalesDb>
{
    public SqlitePreSalesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePreSalesDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context PostgresPreSalesDb</c>.</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresPreSalesDb>
{
    public PostgresPreSalesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPreSalesDb>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
