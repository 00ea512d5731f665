using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Storage;

namespace PreSales.AddinHost.Operations;

/// <summary>The host's health.</summary>
/// <param name="Status">"ok" when the host serves requests and its database answers.</param>
/// <param name="Version">The host's version.</param>
/// <param name="Database">sqlite or postgres.</param>
public sealed record Health(string Status, string Version, string Database);

/// <summary><c>/health</c>: 200 when the database answers a query, 503 otherwise (a load balancer takes the instance out).</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Check).WithName("health").WithTags("operations");
        return app;
    }

    private static async Task<Results<Ok<Health>, JsonHttpResult<Health>>> Check(PreSalesDb db, DatabaseSettings settings, CancellationToken cancel)
    {
        var version = typeof(HealthEndpoint).Assembly.GetName().Version?.ToString() ?? "0";
        try
        {
            _ = await db.Deals.AsNoTracking().AnyAsync(cancel);
            return TypedResults.Ok(new Health("ok", version, settings.Provider));
        }
#pragma warning disable CA1031 // any failure of the database is an unhealthy answer, not an error page
        catch (Exception) when (!cancel.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return TypedResults.Json(new Health("database-unavailable", version, settings.Provider), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
