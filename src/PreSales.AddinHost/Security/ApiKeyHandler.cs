using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PreSales.AddinHost.Teams;

namespace PreSales.AddinHost.Security;

/// <summary>Authenticates <c>X-Api-Key</c> against the stored key hashes; the key's team goes into <see cref="CurrentTeam.ClaimType"/>.</summary>
public sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyDb keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string KeyClaim = "presales:key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.ToString() is not { Length: > 0 } presented)
            return AuthenticateResult.NoResult();
        var key = await ApiKeys.FindActiveAsync(keys, presented, Context.RequestAborted);
        if (key is null)
            return AuthenticateResult.Fail("unknown or revoked API key");
        var identity = new ClaimsIdentity(
            [new Claim(CurrentTeam.ClaimType, key.TeamId), new Claim(KeyClaim, key.Id.ToString()), new Claim(ClaimTypes.Name, key.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        return Request.Headers.ContainsKey(Header)
            ? CallerLanguage.WriteProblemAsync(Context, StatusCodes.Status401Unauthorized, "bad-key",
                "API 密钥无效或已被吊销。", "the API key is unknown or has been revoked.")
            : CallerLanguage.WriteProblemAsync(Context, StatusCodes.Status401Unauthorized, "no-credentials",
                "需要身份验证：请提供 X-Api-Key 或 Authorization: Bearer 令牌。", "authentication required: send X-Api-Key or an Authorization: Bearer token.");
    }
}
