using System.Data.Common;
using System.Net.Sockets;

namespace PreSales.Tests.Support;

/// <summary>
/// The PostgreSQL server tests may use: <c>PRESALES_TEST_POSTGRES</c>, an Npgsql connection string without a database
/// (CI sets <c>Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres</c>). A test that needs it starts with
/// <c>var server = TestPostgres.Require();</c> inside a <c>[SkippableFact]</c>, then creates its own database named after
/// its branch and class (e.g. <c>presales_i9a_test_deals</c>) and drops it afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "PRESALES_TEST_POSTGRES";

    /// <summary>The connection string, or the test is skipped: unset, or no server answers at its host and port.</summary>
    public static string Require()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connection), $"{Variable} is not set (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres); .ci/run sets it");
        var (host, port) = Endpoint(connection!);
        Skip.IfNot(Answers(host, port), $"PostgreSQL does not answer at {host}:{port} ({Variable}); .ci/run starts it");
        return connection!;
    }

    private static (string Host, int Port) Endpoint(string connection)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connection };
        var host = builder.TryGetValue("Host", out var h) || builder.TryGetValue("Server", out h) ? h?.ToString() ?? "localhost" : "localhost";
        var port = builder.TryGetValue("Port", out var p) && int.TryParse(p?.ToString(), out var n) ? n : 5432;
        return (host.Split(',')[0], port);
    }

    private static bool Answers(string host, int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(host, port).Wait(TimeSpan.FromSeconds(5)) && client.Connected;
        }
        catch (Exception e) when (e is SocketException or AggregateException)
        {
            return false;
        }
    }
}
