using PreSales.AddinHost.TaskPane;

namespace PreSales.AddinHost;

/// <summary>The add-in's web host: the HTTP API and the task pane's files. For now it only reports its health.</summary>
public static class HostApp
{
    /// <summary>Builds the host; tests bind it to a loopback port with <c>--urls http://127.0.0.1:0</c>.</summary>
    public static WebApplication Build(string[] args)
    {
        // Documents and reports read the same whatever the server's locale: "12.5", ISO dates.
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapTaskPane();
        app.MapOpenApi();
        app.MapGet("/health", () => Results.Ok(new Health("ok", typeof(HostApp).Assembly.GetName().Version?.ToString() ?? "0")))
            .WithName("health");
        return app;
    }
}

/// <summary>The host's health.</summary>
/// <param name="Status">"ok" when the host serves requests.</param>
/// <param name="Version">The host's version.</param>
public sealed record Health(string Status, string Version);
