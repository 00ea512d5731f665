using PreSales.AddinHost;

var app = HostApp.Build(args);
app.Run();
