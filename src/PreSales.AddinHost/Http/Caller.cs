using PreSales.DocGen.Deals;

namespace PreSales.AddinHost.Http;

/// <summary>Who is asking, as far as messages go: the caller's language from Accept-Language (zh-CN unless English is preferred).</summary>
public static class Caller
{
    public static DealLanguage Language(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var accepted = http.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var choice in accepted.OrderByDescending(a => a.Quality ?? 1))
        {
            var tag = choice.Value.Value ?? "";
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
                return DealLanguage.EnUS;
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
                return DealLanguage.ZhCN;
        }
        return DealLanguage.ZhCN;
    }

    public static bool IsChinese(HttpContext http) => Language(http) == DealLanguage.ZhCN;
}
