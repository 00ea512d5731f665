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
            title: Title(status, zh),
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    /// <summary>Writes problem details straight to the response (for middleware and authentication handlers).</summary>
    public static Task WriteProblemAsync(HttpContext http, int status, string code, string chinese, string english)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Problem(http, status, code, chinese, english).ExecuteAsync(http);
    }

    private static string Title(int status, bool zh) => status switch
    {
        400 => zh ? "请求有误" : "Bad request",
        401 => zh ? "需要身份验证" : "Authentication required",
        404 => zh ? "未找到" : "Not found",
        413 => zh ? "内容过大" : "Content too large",
        415 => zh ? "不支持的内容类型" : "Unsupported media type",
        422 => zh ? "无法处理的文件" : "Unusable content",
        429 => zh ? "请求过于频繁" : "Too many requests",
        _ => zh ? "错误" : "Error",
    };
}
