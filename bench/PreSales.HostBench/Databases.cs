using Npgsql;

namespace PreSales.HostBench;

/// <summary>The database a run uses: a fresh SQLite data folder or a fresh PostgreSQL database (migrated by the host's migrate command).</summary>
internal sealed class Databases : IDisposable
{
    private readonly string? postgresName;

    private Databases(string folder, string? postgresName, string[] settings)
    {
        Folder = folder;
        this.postgresName = postgresName;
        Settings = settings;
    }

    public string Folder { get; }

    public string[] Settings { get; }

    public bool IsPostgres => postgresName is not null;

    public static string Server => Environment.GetEnvironmentVariable("PRESALES_TEST_POSTGRES") is { Length: > 0 } s ? s : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public static async Task<Databases> CreateAsync(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "presales-i9a-bench-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        if (provider != "postgres")
            return new Databases(folder, null, ["--PreSales:DataFolder", folder, "--PreSales:Database", "sqlite"]);
        var name = "presales_i9a_bench_" + Guid.NewGuid().ToString("N")[..10];
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = name, MaxPoolSize = 50 }.ConnectionString;
        var settings = new[] { "--PreSales:DataFolder", folder, "--PreSales:Database", "postgres", "--ConnectionStrings:PreSales", connectionString };
        var migrate = System.Diagnostics.Process.Start("dotnet", [HostProcess.HostDll(), "migrate", .. settings])!;
        await migrate.WaitForExitAsync();
        if (migrate.ExitCode != 0)
            throw new InvalidOperationException("migrate failed");
        return new Databases(folder, name, settings);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        if (postgresName is null)
            return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
