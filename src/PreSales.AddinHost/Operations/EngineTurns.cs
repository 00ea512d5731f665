using System.Globalization;
using System.Threading.RateLimiting;
using PreSales.AddinHost.Security;

namespace PreSales.AddinHost.Operations;

/// <summary>
/// Engine work (planning and rendering a deck, making a Word document, reading and reviewing a deck) keeps a processor
/// busy: such requests take turns, oldest first, a few at a time (<c>PreSales:EngineTurns</c>, one per processor by
/// default; 0 lets every request in at once). The host does the same work in the same time either way, but a request's
/// time is then its own work and the queue ahead of it, not a share of every other request's too: the slowest requests
/// finish nearly as soon as the median one, and fewer threads contend for the same locks. A full queue
/// (<c>PreSales:EngineQueue</c>, 4,096) is a 503 with Retry-After, never an unbounded wait.
/// </summary>
public sealed class EngineTurns : IDisposable
{
    private readonly ConcurrencyLimiter? limiter;

    public EngineTurns(int permits, int queue)
    {
        Permits = permits;
        if (permits > 0)
            limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = Math.Max(0, queue), QueueProcessingOrder = QueueProcessingOrder.OldestFirst });
    }

    /// <summary>How many requests do engine work at once (0: no limit).</summary>
    public int Permits { get; }

    public static EngineTurns From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new EngineTurns(configuration.GetValue("PreSales:EngineTurns", Environment.ProcessorCount), configuration.GetValue("PreSales:EngineQueue", 4096));
    }

    /// <summary>Runs the endpoint in its turn.</summary>
    public async ValueTask<object?> TakeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (limiter is null)
            return await next(context);
        using var lease = await limiter.AcquireAsync(1, context.HttpContext.RequestAborted);
        if (!lease.IsAcquired)
        {
            context.HttpContext.Response.Headers.RetryAfter = "1";
            return CallerLanguage.Problem(context.HttpContext, StatusCodes.Status503ServiceUnavailable, "busy",
                string.Create(CultureInfo.InvariantCulture, $"服务器正忙：已有 {limiter.GetStatistics()?.CurrentQueuedCount} 个生成或评审请求在排队，请稍后再试。"),
                string.Create(CultureInfo.InvariantCulture, $"the host is busy: {limiter.GetStatistics()?.CurrentQueuedCount} generation or review requests are waiting; try again shortly."));
        }
        return await next(context);
    }

    public void Dispose() => limiter?.Dispose();
}

/// <summary>Puts an endpoint, or a group's endpoints, in the engine's turns.</summary>
public static class EngineTurnsEndpoints
{
    public static TBuilder TakesEngineTurns<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<EngineTurns>().TakeAsync(context, next));
}
