using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace PreSales.AddinHost.Storage;

/// <summary>
/// One writer at a time on a SQLite database, waited for in the process. SQLite takes a single writer; a second one
/// is told "busy" and Microsoft.Data.Sqlite tries again after sleeping, so under concurrent writes requests spent most
/// of their time asleep (p99 over a second at 16 clients). Waiting here hands the database on the moment it is free.
/// A lock orders writes and changes no answer; PostgreSQL takes concurrent writers and is never locked here.
/// Every save takes it through <see cref="WriteLockInterceptor"/>; a transaction begun by hand enters it itself.
/// </summary>
public static class WriteLock
{
    // Per database file (its connection string), so two hosts in one process on one file share it.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for the database's writer turn. Open at once on PostgreSQL and inside a transaction the caller began,
    /// whose turn the caller holds already.
    /// </summary>
    public static async ValueTask<Turn> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (FileOf(db) is not { } file)
            return default;
        await file.WaitAsync(cancellationToken);
        return new Turn(file);
    }

    /// <summary>The semaphore a write on this context waits for, or null when it waits for none.</summary>
    internal static SemaphoreSlim? FileOf(DbContext db) =>
        !db.Database.IsSqlite() || db.Database.CurrentTransaction is not null
            ? null
            : Files.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));

    /// <summary>A writer's turn; disposing it lets the next writer in.</summary>
    public readonly struct Turn(SemaphoreSlim? held) : IDisposable
    {
        public void Dispose() => held?.Release();
    }
}
