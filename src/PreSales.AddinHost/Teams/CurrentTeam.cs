namespace PreSales.AddinHost.Teams;

/// <summary>
/// The team a request acts for. Authentication puts it in the claim <see cref="ClaimType"/>; with no authentication
/// (one user on a laptop, loopback only) every request acts for the team <see cref="Local"/>.
/// </summary>
public static class CurrentTeam
{
    public const string Local = "local";
    public const string ClaimType = "presales:team";

    public static string Of(HttpContext http) => http.User.FindFirst(ClaimType)?.Value ?? Local;
}
