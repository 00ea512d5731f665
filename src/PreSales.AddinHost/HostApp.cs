using Microsoft.AspNetCore.Http.Features;
using PreSales.AddinHost.Deals;
using PreSales.AddinHost.Generation;
using PreSales.AddinHost.Http;
using PreSales.AddinHost.KnowledgeBase;
using PreSales.AddinHost.Operations;
using PreSales.AddinHost.Reviews;
using PreSales.AddinHost.Security;
using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Templates;
using PreSales.AddinHost.TaskPane;
using Scalar.AspNetCore;

namespace PreSales.AddinHost;

/// <summary>
/// The add-in's web host: the HTTP API (docs/api.md), the task pane's files and the API reference. A composition root:
/// each resource group registers itself (<c>MapDeals</c>, <c>MapGeneration</c>, …).
/// </summary>
public static class HostApp
{
    /// <summary>Where the host listens when no URL is configured: Office loads add-ins only over HTTPS.</summary>
    public const string DefaultUrl = "https://localhost:3000";

    /// <summary>Builds the host; tests bind it to a loopback port with <c>--urls http://127.0.0.1:0</c>.</summary>
    public static WebApplication Build(string[] args)
    {
        // Documents and reports read the same whatever the server's locale: "12.5", ISO dates.
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var builder = WebApplication.CreateBuilder(args);
        var configuration = builder.Configuration;
        if (new[] { "urls", "http_ports", "https_ports", "ASPNETCORE_URLS" }.All(key => string.IsNullOrEmpty(configuration[key])) && !configuration.GetSection("Kestrel:Endpoints").Exists())
            builder.WebHost.UseUrls(DefaultUrl);
        builder.AddHostSecurity(); // refuses a non-loopback address without authentication; the request body limit
        var maxUpload = KnowledgeBaseLimits.From(configuration).MaxUploadBytes;
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = maxUpload + (1 << 20));
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("PreSales:ShutdownSeconds", 30)));
        // Defaults for when no appsettings.json is found beside the content root (a published host, the migrate command).
        foreach (var category in new[] { "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore" }.Where(c => configuration[$"Logging:LogLevel:{c}"] is null))
            builder.Logging.AddFilter(category, LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        if (configuration["PreSales:LogFormat"] == "json")
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);

        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Titles.Localise);
        builder.Services.AddExceptionHandler<ProblemWriter>();
        builder.Services.AddSingleton(new RequestBody(maxUpload));
        builder.Services.AddSingleton(new PlannedDecks(configuration.GetValue("PreSales:PlanMemo", 128)));
        builder.Services.AddSingleton(EngineTurns.From(configuration));
        builder.Services.AddStorage(configuration);
        builder.Services.AddKnowledgeBase(configuration);
        builder.Services.AddSingleton(new DatabaseMigration(HostSecurity.MigrateAsync));
        builder.Services.AddSingleton(new DatabaseMigration(KnowledgeBaseSetup.MigrateAsync));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestIds();
        app.UseHostSecurity();
        app.MapTaskPane();
        app.MapOpenApi();
        app.MapScalarApiReference("/api");
        app.MapHealth();
        app.MapDeals();
        app.MapExchanges();
        app.MapGeneration();
        app.MapReviews();
        app.MapTemplates();
        app.MapKnowledgeBase();
        return app;
    }

    /// <summary>
    /// Starts serving; the database is made ready first (migrations, samples: <see cref="StorageSetup.PrepareAsync"/>).
    /// Throws <see cref="HostRefusedException"/> before anything starts when HTTPS has no development certificate.
    /// </summary>
    public static Task StartAsync(WebApplication app, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        DevelopmentCertificate.Require(app);
        return app.StartAsync(cancel);
    }

    /// <summary>The <c>migrate</c> command: every migration of every part of the host (deals, templates, reviews, API keys, the knowledge base).</summary>
    public static Task MigrateAsync(WebApplication app, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        return StorageSetup.PrepareAsync(app.Services, app.Configuration, migrate: true, cancel);
    }
}
