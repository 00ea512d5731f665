using Microsoft.Net.Http.Headers;

namespace PreSales.AddinHost.Security;

/// <summary>The caller's language from Accept-Language: Chinese unless English is preferred (the product's first language is Chinese).</summary>
public static class CallerLanguage
{
    public static bool IsChinese(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = http.Request.Headers.AcceptLanguage.ToString();
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var languages))
            return true;
        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? "";
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
                return true;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

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
