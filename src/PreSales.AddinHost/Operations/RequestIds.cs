using System.Text.RegularExpressions;

namespace PreSales.AddinHost.Operations;

/// <summary>
/// Every request has an id, the TraceIdentifier that every log line of the request carries (the RequestId scope); it
/// is echoed in <c>X-Request-Id</c> and in problem details (<c>traceId</c>). A proxy's own X-Request-Id is kept in the
/// log scope beside it.
/// </summary>
public static partial class RequestIds
{
    public const string Header = "X-Request-Id";

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("PreSales.Requests");
        return app.Use(async (http, next) =>
        {
            http.Response.Headers[Header] = http.TraceIdentifier;
            if (http.Request.Headers[Header].FirstOrDefault() is { } given && Sane().IsMatch(given))
            {
                using (log.BeginScope(new Dictionary<string, object> { ["ProxyRequestId"] = given }))
                    await next(http);
                return;
            }
            await next(http);
        });
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex Sane();
}
