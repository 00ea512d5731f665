using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Http;
using PreSales.AddinHost.Storage;

namespace PreSales.AddinHost.Templates;

/// <summary>Which template a generation uses: the built-in one, the team's default for the kind, or a stored one by id.</summary>
public static class TemplateRecords
{
    public const string Builtin = "builtin";

    // The engine prepares a template once per byte array; rows read from the database are new arrays each time, so
    // equal contents are mapped to one array. Keyed by content hash: it never changes an answer, only saves work.
    private static readonly ConcurrentDictionary<string, byte[]> Canonical = new(StringComparer.Ordinal);

    /// <summary>The template's bytes, or null for the built-in one.</summary>
    public static async Task<byte[]?> Resolve(PreSalesDb db, string team, string? template, string kind, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (template is Builtin || template == Builtin + "-" + kind)
            return null;
        StoredTemplate? row;
        if (template is null)
        {
            row = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.TeamId == team && t.Kind == kind && t.IsDefault, cancel);
            if (row is null)
                return null;
        }
        else
        {
            if (!Guid.TryParse(template, out var id))
                throw ApiProblem.NotFound("template", template);
            row = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.TeamId == team && t.Id == id, cancel)
                ?? throw ApiProblem.NotFound("template", template);
            if (row.Kind != kind)
                throw new ApiProblem(422, $"模板 {template} 是 {row.Kind} 模板，不能用于 {kind}。", $"the template {template} is a {row.Kind} template, not one for {kind}.",
                    [new FieldError("$.template", template)]);
        }
        return Shared(row.Content);
    }

    private static byte[] Shared(byte[] content)
    {
        var key = Convert.ToHexString(SHA256.HashData(content));
        if (Canonical.Count > 64)
            Canonical.Clear();
        return Canonical.GetOrAdd(key, content);
    }
}
