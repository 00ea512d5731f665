using System.Security.Cryptography.X509Certificates;

namespace PreSales.AddinHost.Security;

/// <summary>
/// Refuses to start, in one line, when the host is to serve HTTPS with the ASP.NET Core development certificate and
/// the user's store has none. Left to Kestrel, the binding fails inside the framework, which logs the failure with its
/// stack trace before the host can say what to do. Kestrel looks the certificate up the same way (the ASP.NET Core
/// HTTPS marker, within its dates, in CurrentUser\My); one it still refuses (an older version) is its own to report.
/// </summary>
internal static class DevelopmentCertificate
{
    // The extension dotnet dev-certs marks its certificates with.
    private const string AspNetHttpsOid = "1.3.6.1.4.1.311.84.1.1";

    public static void Require(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // A Kestrel section (a certificate of its own, endpoints with theirs) is Kestrel's to load and report.
        if (app.Configuration.GetSection("Kestrel").Exists())
            return;
        var https = HostSecurityOptions.ConfiguredUrls(app.Configuration).FirstOrDefault(u => u.StartsWith("https:", StringComparison.OrdinalIgnoreCase));
        if (https is null || Present(DateTime.Now))
            return;
        throw new HostRefusedException(
            $"refusing to start: {https} needs the HTTPS development certificate and there is none (or it has expired); create and trust it once "
            + "with 'dotnet dev-certs https --trust' (see the README), or serve plain HTTP with --urls http://localhost:3000 "
            + "/ 拒绝启动：缺少 HTTPS 开发证书（或已过期），请先运行 dotnet dev-certs https --trust");
    }

    private static bool Present(DateTime now)
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        try
        {
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false; // no store yet: nothing was ever put there
        }
        var certificates = store.Certificates;
        try
        {
            return certificates.Any(c => c.NotBefore <= now && now <= c.NotAfter && c.HasPrivateKey
                && c.Extensions.Any(e => e.Oid?.Value == AspNetHttpsOid));
        }
        finally
        {
            foreach (var certificate in certificates)
                certificate.Dispose();
        }
    }
}
