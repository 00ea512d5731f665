using System.Globalization;
using System.Net;

namespace PreSales.AddinHost.Security;

/// <summary>
/// The host's security settings. Configuration:
/// <c>PreSales:Auth:ApiKeys</c> (true: X-Api-Key checked against the keys made by <c>presales keys</c>);
/// <c>PreSales:Auth:Jwt:Authority</c> (an OpenID Connect authority, e.g. https://login.microsoftonline.com/{tenant}/v2.0),
/// <c>:Audience</c> (required with a JWT), <c>:Issuer</c>, <c>:SigningKey</c> (base64, HMAC) or <c>:PublicKey</c>
/// (PEM, RSA or EC) instead of an authority, <c>:TeamClaim</c> (the claim naming the team, default <c>tid</c>);
/// <c>PreSales:Cors:Origins</c> (comma-separated); <c>PreSales:RateLimit:PermitsPerMinute</c> (per key or token, default
/// 600 with authentication, 0 = none; without authentication no limit unless set); <c>PreSales:Limits:MaxUploadBytes</c>;
/// <c>PreSales:Security:FrameAncestors</c> (who may frame the pane; default: Office on the web).
/// </summary>
public sealed record HostSecurityOptions(
    bool ApiKeys, JwtSettings? Jwt, IReadOnlyList<string> CorsOrigins, int PermitsPerMinute, long MaxRequestBytes, string FrameAncestors)
{
    /// <summary>Where Office on the web (and the 21Vianet cloud in China) hosts a task pane's iframe.</summary>
    public const string OfficeFrameAncestors =
        "'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.microsoft365.com https://*.cloud.microsoft "
        + "https://*.sharepoint.com https://onedrive.live.com https://*.officeapps.partner.office365.cn https://*.sharepoint.cn";

    public bool AuthenticationConfigured => ApiKeys || Jwt is not null;

    public static HostSecurityOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var auth = configuration.GetSection("PreSales:Auth");
        var apiKeys = Flag(auth["ApiKeys"], "PreSales:Auth:ApiKeys");
        var jwt = JwtSettings.From(auth.GetSection("Jwt"));
        var origins = List(configuration.GetSection("PreSales:Cors:Origins"));
        foreach (var origin in origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/'))
                throw new HostRefusedException($"PreSales:Cors:Origins: '{origin}' is not an origin (scheme://host[:port]) / 不是合法的来源");
        }
        var authenticated = apiKeys || jwt is not null;
        var permits = Number(configuration["PreSales:RateLimit:PermitsPerMinute"], "PreSales:RateLimit:PermitsPerMinute") ?? (authenticated ? 600 : 0);
        var upload = Number(configuration["PreSales:Limits:MaxUploadBytes"], "PreSales:Limits:MaxUploadBytes") ?? KnowledgeBase.KnowledgeBaseLimits.DefaultMaxUploadBytes;
        // The body limit leaves room for a multipart envelope around the largest upload.
        return new HostSecurityOptions(apiKeys, jwt, origins, (int)Math.Min(int.MaxValue, permits), upload + (1L << 20),
            configuration["PreSales:Security:FrameAncestors"] is { Length: > 0 } ancestors ? ancestors : OfficeFrameAncestors);
    }

    /// <summary>Whether a listening address (a URL as Kestrel takes it) reaches only this machine.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("pipe:", StringComparison.OrdinalIgnoreCase))
            return true; // a Unix socket or named pipe is not on the network
        string host;
        if (rest.StartsWith('['))
            host = rest[1..Math.Max(1, rest.IndexOf(']', StringComparison.Ordinal))];
        else
        {
            var end = rest.IndexOfAny([':', '/']);
            host = end < 0 ? rest : rest[..end];
        }
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The addresses the configuration asks Kestrel to listen on (Kestrel endpoints, else urls, else ports).</summary>
    public static IReadOnlyList<string> ConfiguredUrls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
            return endpoints;
        if (configuration["urls"] is { Length: > 0 } urls)
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // http_ports / https_ports listen on every interface.
        return new[] { ("http", configuration["http_ports"]), ("https", configuration["https_ports"]) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .SelectMany(p => p.Item2!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{p.Item1}://*:{port}"))
            .ToList();
    }

    private static bool Flag(string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
            return false;
        return bool.TryParse(value, out var flag) ? flag : throw new HostRefusedException($"{key} must be true or false, not '{value}' / 应为 true 或 false");
    }

    private static long? Number(string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new HostRefusedException($"{key} must be a whole number of 0 or more, not '{value}' / 应为非负整数");
    }

    private static List<string> List(IConfigurationSection section)
    {
        var children = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        var values = children.Count > 0 ? children : (section.Value ?? "").Split(',').ToList();
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
    }
}

/// <summary>How JWT bearer tokens are checked and which claim names the team.</summary>
public sealed record JwtSettings(string? Authority, string Audience, string? Issuer, string? SigningKey, string? PublicKey, string TeamClaim)
{
    public static JwtSettings? From(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var (authority, key, publicKey) = (section["Authority"], section["SigningKey"], section["PublicKey"]);
        if (string.IsNullOrWhiteSpace(authority) && string.IsNullOrWhiteSpace(key) && string.IsNullOrWhiteSpace(publicKey))
            return null;
        var audience = section["Audience"];
        if (string.IsNullOrWhiteSpace(audience))
            throw new HostRefusedException("PreSales:Auth:Jwt:Audience is required with a JWT authority or key / 配置 JWT 时必须设置 Audience");
        return new JwtSettings(Blank(authority), audience, Blank(section["Issuer"]), Blank(key), Blank(publicKey), Blank(section["TeamClaim"]) ?? "tid");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The host will not start as configured; the message is one line saying why and what to set.</summary>
public sealed class HostRefusedException(string message) : Exception(message);
