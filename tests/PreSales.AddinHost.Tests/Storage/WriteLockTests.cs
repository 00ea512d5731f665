using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using PreSales.AddinHost.Security;
using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Tests.Support;

namespace PreSales.AddinHost.Tests.Storage;

/// <summary>
/// The SQLite writer turn, taken by every save through the one interceptor the contexts are configured with: held while
/// the save's commands run, given back whether the save succeeds, fails or meets a concurrency conflict; never on PostgreSQL.
/// </summary>
public sealed class WriteLockTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TestDatabase database = TestDatabase.Sqlite();
    private DatabaseSettings settings = null!;

    public async Task InitializeAsync()
    {
        settings = SettingsOf(database);
        await ApiKeys.MigrateAsync(settings, CancellationToken.None);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_save_holds_the_turn_while_its_commands_run_and_gives_it_back()
    {
        await using var other = KeyDb.Open(settings);
        var probe = new TurnProbe(other);
        await using (var db = Open(settings, probe))
            await ApiKeys.CreateAsync(db, "team-w", "held", TimeProvider.System, CancellationToken.None);
        Assert.Equal(1, probe.Commands);
        Assert.Equal(1, probe.HeldDuringCommands);
        await probe.WaitersAsync();
        using var after = await WriteLock.EnterAsync(other, CancellationToken.None).AsTask().WaitAsync(Patience);
    }

    [Fact]
    public async Task A_save_waits_for_a_writer_that_holds_the_turn()
    {
        await using var holder = KeyDb.Open(settings);
        var probe = new TurnProbe(null);
        await using var db = Open(settings, probe);
        Task save;
        using (await WriteLock.EnterAsync(holder, CancellationToken.None))
        {
            save = ApiKeys.CreateAsync(db, "team-w", "waiting", TimeProvider.System, CancellationToken.None);
            await Task.Delay(300);
            Assert.Equal(0, probe.Commands);
        }
        await save.WaitAsync(Patience);
        Assert.Equal(1, probe.Commands);
    }

    [Fact]
    public async Task A_failed_save_and_a_concurrency_conflict_give_the_turn_back()
    {
        await using var db = KeyDb.Open(settings);
        var created = await ApiKeys.CreateAsync(db, "team-w", "first", TimeProvider.System, CancellationToken.None);

        // The same id again: the database refuses the insert.
        await using (var duplicate = KeyDb.Open(settings))
        {
            duplicate.Keys.Add(new ApiKey { Id = created.Record.Id, TeamId = "team-w", Name = "again", Hash = "x", Prefix = "x", CreatedAt = DateTime.UtcNow });
            await Assert.ThrowsAsync<DbUpdateException>(() => duplicate.SaveChangesAsync());
        }
        using (await WriteLock.EnterAsync(db, CancellationToken.None).AsTask().WaitAsync(Patience))
        {
        }

        // Deleted behind its back: the update finds no row.
        await using (var stale = KeyDb.Open(settings))
        {
            var key = await stale.Keys.SingleAsync(k => k.Id == created.Record.Id);
            await db.Keys.Where(k => k.Id == key.Id).ExecuteDeleteAsync();
            key.RevokedAt = DateTime.UtcNow;
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
        }
        using (await WriteLock.EnterAsync(db, CancellationToken.None).AsTask().WaitAsync(Patience))
        {
        }
        await ApiKeys.CreateAsync(db, "team-w", "after", TimeProvider.System, CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task A_change_that_cannot_be_saved_fails_before_it_takes_the_turn()
    {
        await using var db = KeyDb.Open(settings);
        var created = await ApiKeys.CreateAsync(db, "team-w", "keyed", TimeProvider.System, CancellationToken.None);
        created.Record.Id = Guid.NewGuid(); // a key changed: EF Core's detection of changes refuses it
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        using (await WriteLock.EnterAsync(db, CancellationToken.None).AsTask().WaitAsync(Patience))
        {
        }
    }

    [SkippableFact]
    public async Task PostgreSQL_contexts_are_never_locked()
    {
        await using var postgres = await TestDatabase.PostgresAsync();
        Skip.If(postgres is null, TestDatabase.NoPostgres);
        await using var db = KeyDb.Open(SettingsOf(postgres));
        var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        Assert.DoesNotContain(WriteLockInterceptor.Instance, interceptors);
        await using var sqlite = KeyDb.Open(settings);
        Assert.Contains(WriteLockInterceptor.Instance, sqlite.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!);
    }

    private static DatabaseSettings SettingsOf(TestDatabase db) =>
        DatabaseSettings.From(new ConfigurationBuilder().AddCommandLine([.. db.Arguments]).Build());

    private static KeyDb Open(DatabaseSettings settings, IInterceptor probe)
    {
        var options = new DbContextOptionsBuilder<KeyDb>();
        KeyDb.Configure(options, settings);
        options.AddInterceptors(probe);
        return new KeyDb(options.Options);
    }

    /// <summary>Counts a save's commands and, with another context given, whether that context's turn was taken as each ran.</summary>
    private sealed class TurnProbe(KeyDb? other) : DbCommandInterceptor
    {
        private readonly List<Task<WriteLock.Turn>> waiters = [];

        public int Commands { get; private set; }

        public int HeldDuringCommands { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands++;
            if (other is not null)
            {
                // A free turn is entered at once; a taken one leaves the wait pending until the save gives it back.
                var wait = WriteLock.EnterAsync(other, CancellationToken.None).AsTask();
                if (!wait.IsCompleted)
                    HeldDuringCommands++;
                waiters.Add(wait);
            }
            return ValueTask.FromResult(result);
        }

        public async Task WaitersAsync()
        {
            foreach (var wait in waiters)
                (await wait.WaitAsync(Patience)).Dispose();
        }
    }
}
