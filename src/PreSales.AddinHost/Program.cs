using PreSales.AddinHost;
using PreSales.AddinHost.Security;

try
{
    var app = HostApp.Build(args);
    app.Run();
    return 0;
}
catch (HostRefusedException e)
{
    // One line saying why and what to set, never a stack trace.
    Console.Error.WriteLine($"presales host: {e.Message}");
    return 2;
}
