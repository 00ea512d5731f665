using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Storage;

namespace PreSales.AddinHost.KnowledgeBase;

/// <summary>
/// The knowledge base's tables in the host's one database (<see cref="DatabaseSettings"/>). The schema, the full-text
/// index included, is made by hand-written migrations (<c>Migrations/</c>), one SQL script per provider, with their own
/// history table so the deal storage's migrations never see them.
/// </summary>
public sealed class KnowledgeDb(DbContextOptions<KnowledgeDb> options) : DbContext(options)
{
    public const string HistoryTable = "__kb_migrations";

    public DbSet<StoredDocument> Documents => Set<StoredDocument>();
    public DbSet<DocumentContent> Contents => Set<DocumentContent>();
    public DbSet<SearchHit> Hits => Set<SearchHit>();

    /// <summary>Configures a context on the shared database.</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        // The migrations are SQL written by hand (FTS5 and tsvector are beyond the model).
        ArgumentNullException.ThrowIfNull(settings);
        settings.ApplyWithOwnMigrations(options, HistoryTable);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var document = modelBuilder.Entity<StoredDocument>();
        document.ToTable("kb_documents");
        document.HasKey(d => d.Seq);
        document.Property(d => d.Seq).ValueGeneratedOnAdd();
        document.HasIndex(d => d.Id).IsUnique();
        var content = modelBuilder.Entity<DocumentContent>();
        content.ToTable("kb_contents");
        content.HasKey(c => c.Sha256);
        modelBuilder.Entity<SearchHit>().HasNoKey().ToView(null);
    }
}
