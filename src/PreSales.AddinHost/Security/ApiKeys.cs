using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Storage;

namespace PreSales.AddinHost.Security;

/// <summary>An API key as the database keeps it: only the SHA-256 of the key, never the key itself.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public required string TeamId { get; set; }
    public required string Name { get; set; }

    /// <summary>The SHA-256 of the whole key (hex); the key has 256 random bits, so no slow hash is needed.</summary>
    public required string Hash { get; set; }

    /// <summary>The key's first characters, to recognise it in a list.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>The API keys' table in the host's one database, with its own migrations history.</summary>
public sealed class KeyDb(DbContextOptions<KeyDb> options) : DbContext(options)
{
    public const string HistoryTable = "__security_migrations";

    public DbSet<ApiKey> Keys => Set<ApiKey>();

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ApplyWithOwnMigrations(options, HistoryTable);
    }

    public static KeyDb Open(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<KeyDb>();
        Configure(options, settings);
        return new KeyDb(options.Options);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var key = modelBuilder.Entity<ApiKey>();
        key.ToTable("sec_api_keys");
        key.HasKey(k => k.Id);
        key.HasIndex(k => k.Hash).IsUnique();
    }
}

/// <summary>A new key: the stored record and the key itself, shown once.</summary>
public sealed record CreatedKey(ApiKey Record, string Key);

/// <summary>Creating, listing, revoking and checking API keys (the <c>presales keys</c> command and the X-Api-Key handler).</summary>
public static class ApiKeys
{
    private const string KeyPrefix = "psk_";

    /// <summary>Makes a key for a team: 32 random bytes, base64url, prefixed so it is recognisable in a leak scan.</summary>
    public static async Task<CreatedKey> CreateAsync(KeyDb db, string team, string name, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(clock);
        var key = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var record = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            TeamId = team.Trim(),
            Name = name.Trim(),
            Hash = HashOf(key),
            Prefix = key[..(KeyPrefix.Length + 6)],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Keys.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedKey(record, key);
    }

    /// <summary>Every key (of one team, when given), oldest first.</summary>
    public static Task<List<ApiKey>> ListAsync(KeyDb db, string? team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keys = db.Keys.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(team))
            keys = keys.Where(k => k.TeamId == team);
        return keys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a key; false when there is no such key. Revoking twice keeps the first time.</summary>
    public static async Task<bool> RevokeAsync(KeyDb db, Guid id, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var key = await db.Keys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
            return false;
        key.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The key's record if it exists and is not revoked; looked up in the database on every request (no cache, so a revocation holds at once on every instance).</summary>
    public static Task<ApiKey?> FindActiveAsync(KeyDb db, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        var hash = HashOf(key.Trim());
        return db.Keys.AsNoTracking().Where(k => k.Hash == hash && k.RevokedAt == null).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Applies the keys' migrations (what the migrate command calls on PostgreSQL; the host does it itself on SQLite).</summary>
    public static async Task MigrateAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.IsPostgres)
            Directory.CreateDirectory(settings.DataFolder);
        await using var db = KeyDb.Open(settings);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
