using Npgsql;

namespace PreSales.AddinHost.Tests.Support;

/// <summary>
/// A fresh database for one test class: a SQLite file in a temporary data folder, or a new PostgreSQL database on the
/// server named by <c>PRESALES_TEST_POSTGRES</c> (dropped afterwards). The host reads it from the arguments it gives.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PRESALES_TEST_POSTGRES";
    public const string NoPostgres = "PRESALES_TEST_POSTGRES is not set (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres); CI sets it.";

    private readonly string? server;
    private readonly string? database;

    private TestDatabase(string folder, string? server, string? database)
    {
        DataFolder = folder;
        this.server = server;
        this.database = database;
    }

    public string DataFolder { get; }

    public bool IsPostgres => database is not null;

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>The configuration arguments that point the host (or the CLI) at this database.</summary>
    public IReadOnlyList<string> Arguments => IsPostgres
        ? [$"--PreSales:DataFolder={DataFolder}", "--PreSales:Database=postgres", $"--ConnectionStrings:PreSales={ConnectionString}"]
        : [$"--PreSales:DataFolder={DataFolder}"];

    public string ConnectionString => IsPostgres
        ? new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString
        : $"Data Source={Path.Combine(DataFolder, "presales.db")}";

    public static TestDatabase Sqlite() => new(NewFolder(), null, null);

    /// <summary>A new PostgreSQL database, or null when no server is configured (the test then skips).</summary>
    public static async Task<TestDatabase?> PostgresAsync()
    {
        if (PostgresServer is not { } server)
            return null;
        var name = "presales_i9b_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
            await create.ExecuteNonQueryAsync();
        return new TestDatabase(NewFolder(), server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null && server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine is left to the temporary folder's cleaning.
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "presales-i9b-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
