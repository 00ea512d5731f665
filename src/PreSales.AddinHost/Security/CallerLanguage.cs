namespace PreSales.AddinHost.Security;

/// <summary>Problem details in the caller's language (<see cref="Http.Caller"/>) for authentication, rate limiting and the knowledge base.</summary>
public static class CallerLanguage
{
    // One reading of Accept-Language for the whole host: the API's.
    public static bool IsChinese(HttpContext http) => Http.Caller.IsChinese(http);

    /// <summary>RFC 7807 problem details in the caller's language, with a stable <c>code</c>.</summary>
    public static IResult Problem(HttpContext http, int status, string code, string chinese, string english)
    {
        var zh = IsChinese(http);
        return TypedResults.Problem(
            detail: zh ? chinese : english,
            statusCode: status,
            title: Http.Titles.For(status, zh), // the one table, which the problem details service writes over any title
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    /// <summary>Writes problem details straight to the response (for middleware and authentication handlers).</summary>
    public static Task WriteProblemAsync(HttpContext http, int status, string code, string chinese, string english)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Problem(http, status, code, chinese, english).ExecuteAsync(http);
    }
}
