using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PreSales.AddinHost;
using PreSales.AddinHost.Security;
using PreSales.AddinHost.Storage;

// `migrate` applies the database migrations and exits: on PostgreSQL a team runs it once per upgrade, before the
// instances start (they refuse to serve an unmigrated database). On SQLite the host migrates as it starts.
if (args.Length > 0 && args[0] == "migrate")
{
    try
    {
        var tool = HostApp.Build(args[1..]);
        await HostApp.MigrateAsync(tool);
        var settings = tool.Services.GetRequiredService<DatabaseSettings>();
        Console.WriteLine($"presales host: the {settings.Provider} database is up to date");
        return 0;
    }
#pragma warning disable CA1031 // one line for the operator, never a stack trace
    catch (Exception e)
#pragma warning restore CA1031
    {
        Console.Error.WriteLine($"presales host migrate: {e.Message}");
        return 2;
    }
}

WebApplication app;
try
{
    app = HostApp.Build(args);
}
catch (HostRefusedException e)
{
    // One line saying why and what to set, never a stack trace.
    Console.Error.WriteLine($"presales host: {e.Message}");
    return 2;
}
try
{
    await HostApp.StartAsync(app);
}
catch (Exception e) when (e is HostRefusedException or InvalidOperationException or IOException or System.Net.Sockets.SocketException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
{
    // One line: Kestrel's own messages (a configured certificate it cannot load) run over several.
    var message = string.Join(' ', e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    Console.Error.WriteLine($"presales host: {message}");
    return 2;
}
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
    .Select(a => a.Replace("127.0.0.1", "localhost", StringComparison.Ordinal).Replace("[::1]", "localhost", StringComparison.Ordinal))
    .OrderByDescending(a => a.StartsWith("https", StringComparison.Ordinal)).First().TrimEnd('/');
Console.WriteLine($"PreSales host: {address}");
Console.WriteLine($"  task pane:      {address}/taskpane.html");
Console.WriteLine($"  API reference:  {address}/api");
Console.WriteLine($"  OpenAPI:        {address}/openapi/v1.json");
Console.WriteLine($"  data:           {app.Services.GetRequiredService<DatabaseSettings>().DataFolder}");
await app.WaitForShutdownAsync();
return 0;
