using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.Tokens;
using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Teams;

namespace PreSales.AddinHost.Security;

/// <summary>
/// The host's security: with no configuration it listens on loopback only and needs no login (every request acts for
/// the team <see cref="CurrentTeam.Local"/>); bound to any other address it refuses to start unless API keys or JWT
/// bearer tokens are configured. Then every <c>/v1</c> request must authenticate and acts for its key's or token's
/// team. Also: CORS for the configured origins only, a rate limit per key or token, the request body limit, and the
/// pane's security headers.
/// </summary>
public static class HostSecurity
{
    private const string Selector = "PreSales";

    /// <summary>Registers the security services; throws <see cref="HostRefusedException"/> when the host must not start.</summary>
    public static WebApplicationBuilder AddHostSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = HostSecurityOptions.From(builder.Configuration);
        RefuseOpenBinding(options, HostSecurityOptions.ConfiguredUrls(builder.Configuration));
        var services = builder.Services;
        services.AddSingleton(options);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        var settings = DatabaseSettings.From(builder.Configuration);
        services.AddDbContextPool<KeyDb>(o => KeyDb.Configure(o, settings)); // every authenticated request reads it
        services.AddHostedService<StartChecks>();
        if (options.AuthenticationConfigured)
            AddAuthentication(services, options);
        if (options.CorsOrigins.Count > 0)
        {
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins([.. options.CorsOrigins])
                .AllowAnyMethod().WithHeaders("Content-Type", "Accept-Language", "If-Match", ApiKeyHandler.Header, "Authorization")
                .WithExposedHeaders("ETag", "Location", "Content-Disposition", "X-Document-Id", "X-Slide-Count")));
        }
        if (options.PermitsPerMinute > 0)
            AddRateLimit(services, options);
        return builder;
    }

    /// <summary>The security middleware, to put before the endpoints (after the exception handler).</summary>
    public static WebApplication UseHostSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<HostSecurityOptions>();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                AddSecurityHeaders(http, options);
                return Task.CompletedTask;
            });
            return next(http);
        });
        if (options.CorsOrigins.Count > 0)
            app.UseCors();
        if (options.AuthenticationConfigured)
        {
            app.UseAuthentication();
            app.Use(async (http, next) =>
            {
                // The API needs a key or token; the pane's files, /health and the API reference do not.
                if (http.Request.Path.StartsWithSegments("/v1") && http.User.Identity?.IsAuthenticated != true && !HttpMethods.IsOptions(http.Request.Method))
                {
                    await http.ChallengeAsync();
                    return;
                }
                await next(http);
            });
        }
        if (options.PermitsPerMinute > 0)
            app.UseRateLimiter();
        return app;
    }

    /// <summary>Applies the API keys' migrations (the migrate command calls this on PostgreSQL).</summary>
    public static Task MigrateAsync(DatabaseSettings settings, CancellationToken cancellationToken) => ApiKeys.MigrateAsync(settings, cancellationToken);

    private static void RefuseOpenBinding(HostSecurityOptions options, IEnumerable<string> urls)
    {
        if (options.AuthenticationConfigured)
            return;
        if (urls.FirstOrDefault(u => !HostSecurityOptions.IsLoopback(u)) is { } open)
        {
            throw new HostRefusedException(
                $"refusing to start: {open} is not a loopback address and no authentication is configured; set PreSales:Auth:ApiKeys=true "
                + $"(keys from 'presales keys create') or PreSales:Auth:Jwt / 拒绝启动：{open} 不是本机回环地址，且未配置身份验证");
        }
    }

    private static void AddAuthentication(IServiceCollection services, HostSecurityOptions options)
    {
        var authentication = services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API key or bearer token", policy => policy.ForwardDefaultSelector = http =>
                http.Request.Headers.ContainsKey(ApiKeyHandler.Header) || options.Jwt is null ? ApiKeyHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        if (options.Jwt is { } jwt)
        {
            var key = SigningKey(jwt); // read now, so a bad key stops the start, not the first request
            authentication.AddJwtBearer(bearer => ConfigureJwt(bearer, jwt, key));
        }
    }

    private static void ConfigureJwt(JwtBearerOptions bearer, JwtSettings jwt, SecurityKey? key)
    {
        if (jwt.Authority is not null)
            bearer.Authority = jwt.Authority;
        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateIssuer = jwt.Issuer is not null || jwt.Authority is not null,
            ValidIssuer = jwt.Issuer,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            IssuerSigningKey = key,
        };
        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal?.FindFirst(jwt.TeamClaim)?.Value is not { Length: > 0 } team)
                {
                    context.Fail($"the token has no '{jwt.TeamClaim}' claim naming its team");
                    return Task.CompletedTask;
                }
                context.Principal.AddIdentity(new ClaimsIdentity([new Claim(CurrentTeam.ClaimType, team)], JwtBearerDefaults.AuthenticationScheme));
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = "Bearer";
                var presented = context.Request.Headers.Authorization.Count > 0;
                await CallerLanguage.WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, presented ? "bad-token" : "no-credentials",
                    presented ? "令牌无效、已过期或没有团队。" : "需要身份验证：请提供 X-Api-Key 或 Authorization: Bearer 令牌。",
                    presented ? "the bearer token is invalid, expired or names no team." : "authentication required: send X-Api-Key or an Authorization: Bearer token.");
            },
        };
    }

    private static SecurityKey? SigningKey(JwtSettings jwt)
    {
        if (jwt.SigningKey is { } secret)
        {
            var bytes = Convert.FromBase64String(secret);
            if (bytes.Length < 32)
                throw new HostRefusedException("PreSales:Auth:Jwt:SigningKey must be at least 32 bytes (base64) / 签名密钥至少 32 字节");
            return new SymmetricSecurityKey(bytes);
        }
        if (jwt.PublicKey is not { } pem)
            return null;
        try
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (ArgumentException)
        {
            var ec = ECDsa.Create();
            try
            {
                ec.ImportFromPem(pem);
            }
            catch (ArgumentException)
            {
                throw new HostRefusedException("PreSales:Auth:Jwt:PublicKey is not an RSA or EC public key in PEM / 公钥不是 PEM 格式的 RSA 或 EC 公钥");
            }
            return new ECDsaSecurityKey(ec);
        }
    }

    private static void AddRateLimit(IServiceCollection services, HostSecurityOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                RateLimitPartition.GetFixedWindowLimiter(Caller(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await CallerLanguage.WriteProblemAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "rate-limited",
                    $"请求过于频繁：每个密钥每分钟最多 {options.PermitsPerMinute} 次，请稍后再试。",
                    $"too many requests: at most {options.PermitsPerMinute} a minute per key; try again shortly.");
            };
        });
    }

    // One partition per API key, per token subject, else per client address.
    private static string Caller(HttpContext http) =>
        http.User.FindFirst(ApiKeyHandler.KeyClaim)?.Value is { } key ? "key:" + key
        : http.User.FindFirst("sub")?.Value is { } subject ? "sub:" + http.User.FindFirst(CurrentTeam.ClaimType)?.Value + ":" + subject
        : "ip:" + http.Connection.RemoteIpAddress;

    private static void AddSecurityHeaders(HttpContext http, HostSecurityOptions options)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // The interactive API reference (/api) runs its own inline scripts; everything else gets the pane's policy.
        // No X-Frame-Options: Office on the web shows the pane in an iframe; frame-ancestors names who may.
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com https://appsforoffice.cdn.partner.office365.cn; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + $"base-uri 'self'; form-action 'self'; frame-ancestors {options.FrameAncestors}";
        }
    }

    // Before the server listens: the keys' table on SQLite. After: the addresses really bound (code may add some).
    private sealed class StartChecks(DatabaseSettings settings, HostSecurityOptions options, IServer server) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken) => settings.IsPostgres ? Task.CompletedTask : ApiKeys.MigrateAsync(settings, cancellationToken);

        public Task StartedAsync(CancellationToken cancellationToken)
        {
            RefuseOpenBinding(options, server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
            return Task.CompletedTask;
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
