using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PreSales.AddinHost.Storage;

/// <summary>
/// Holds the SQLite writer turn (<see cref="WriteLock"/>) for the whole of every save of every context, from the moment
/// EF Core starts it to the moment it has saved, failed or been cancelled. Added by <see cref="DatabaseSettings.Apply"/>
/// on SQLite only, so PostgreSQL never meets it.
/// </summary>
public sealed class WriteLockInterceptor : SaveChangesInterceptor
{
    public static readonly WriteLockInterceptor Instance = new();

    // The turn a context holds between the start and the end of its save (a context never saves twice at once).
    private static readonly ConditionalWeakTable<DbContext, SemaphoreSlim> Held = [];

    private WriteLockInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Prepare(eventData.Context) is { } file)
        {
            file.Wait();
            Held.AddOrUpdate(eventData.Context!, file);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Prepare(eventData.Context) is { } file)
        {
            await file.WaitAsync(cancellationToken);
            Held.AddOrUpdate(eventData.Context!, file);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    // EF Core reports a concurrency failure here and nowhere after (not as a failed save), so the turn ends here; any
    // rollback of the save's own transaction follows, and a writer let in meanwhile meets SQLite's busy wait.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return ValueTask.FromResult(result);
    }

    private static SemaphoreSlim? Prepare(DbContext? db)
    {
        if (db is null || WriteLock.FileOf(db) is not { } file)
            return null;
        // EF Core detects changes after this call and outside the block that reports a failed save: detected here,
        // before the turn is taken, a change that cannot be saved fails without leaving the turn held.
        if (db.ChangeTracker.AutoDetectChangesEnabled)
            db.ChangeTracker.DetectChanges();
        return file;
    }

    private static void Release(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && Held.TryGetValue(db, out var file))
        {
            Held.Remove(db);
            file.Release();
        }
    }
}
