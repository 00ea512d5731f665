using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Http;
using PreSales.AddinHost.Storage;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;

namespace PreSales.AddinHost.Deals;

/// <summary>
/// Reading and writing stored deals: validation by the engine's DealReader (the CLI's messages and JSON paths), the
/// team filter, soft delete, and optimistic concurrency on <see cref="StoredDeal.Version"/>.
/// </summary>
public static class DealRecords
{
    /// <summary>How long a deleted deal can be restored.</summary>
    public static readonly TimeSpan RestoreWindow = TimeSpan.FromDays(30);

    /// <summary>A live (not deleted) deal of the team, or 404.</summary>
    public static async Task<StoredDeal> Find(PreSalesDb db, string team, string id, CancellationToken cancel) =>
        await db.Deals.FirstOrDefaultAsync(d => d.TeamId == team && d.Id == id && d.DeletedAt == null, cancel)
        ?? throw ApiProblem.NotFound("deal", id);

    /// <summary>The stored deal as the engine's model.</summary>
    public static Deal Model(StoredDeal row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return JsonSerializer.Deserialize<Deal>(row.Json, DealJson.Options)!;
    }

    /// <summary>
    /// A deal body read as the CLI reads a deal file: not JSON is 400 (with line and column), a file against the schema
    /// or inconsistent is 422 with every problem's JSON path; messages in the caller's language.
    /// </summary>
    public static Deal Validate(byte[] body, DealLanguage language)
    {
        var load = DealReader.ReadIn(body, language);
        if (load.IsValid)
            return load.Deal!;
        var status = IsJson(body) ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
        var errors = load.Problems.Select(p => new FieldError(p.Path, p.Message)).ToList();
        var first = load.Problems[0];
        var zh = language == DealLanguage.ZhCN;
        var summary = load.Problems.Count == 1 ? $"{first.Path}: {first.Message}"
            : zh ? $"交易文件有 {load.Problems.Count} 处问题，第一处 {first.Path}：{first.Message}" : $"the deal file has {load.Problems.Count} problems, the first {first.Path}: {first.Message}";
        return Throw(new ApiProblem(status, summary, summary, errors));
    }

    private static Deal Throw(ApiProblem problem) => throw problem;

    /// <summary>Whether the bytes are well-formed JSON (then a failed read is about content, 422, not syntax, 400).</summary>
    public static bool IsJson(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
            utf8 = utf8[3..];
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
            while (reader.Read())
            {
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A new row for a validated deal.</summary>
    public static StoredDeal NewRow(string team, Deal deal)
    {
        var now = DateTime.UtcNow;
        var row = new StoredDeal
        {
            TeamId = team, Id = deal.Id, Name = "", Customer = "", Stage = "", Language = "", Json = "", CreatedAt = now,
        };
        Fill(row, deal, now);
        return row;
    }

    /// <summary>Copies a deal into its row with a new version.</summary>
    public static void Fill(StoredDeal row, Deal deal, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(deal);
        row.Name = deal.Name;
        row.Customer = deal.Customer.Name;
        row.Stage = Name(deal.Stage);
        row.Positioning = deal.Positioning is { } p ? Name(OpportunityPositioning.Assess(p).Chosen) : null;
        row.Language = Name(deal.Language);
        row.Json = DealJson.Serialize(deal);
        row.Version = Guid.NewGuid();
        row.UpdatedAt = now;
    }

    /// <summary>An enum as the deal file spells it (camelCase, zh-CN).</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value, DealJson.Options).Trim('"');

    public static string ETag(StoredDeal row) => $"\"{row.Version:N}\"";

    /// <summary>
    /// The version an update was based on: If-Match, required (428) and current (412). Null when If-Match is absent
    /// and <paramref name="required"/> is false: the update then applies to the version it reads.
    /// </summary>
    public static Guid? IfMatch(HttpContext http, bool required)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
            return required
                ? throw new ApiProblem(428, "更新交易需要 If-Match 头（取自读取交易时的 ETag）。", "updating a deal needs an If-Match header (the ETag you read it with).")
                : null;
        var tag = header.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
            tag = tag[2..];
        return Guid.TryParseExact(tag.Trim('"'), "N", out var version) ? version : throw Stale();
    }

    public static ApiProblem Stale() =>
        new(412, "交易已被他人修改：请重新读取后再更新（存储的交易未改变）。", "the deal was changed by someone else: read it again and retry (the stored deal is unchanged).");

    /// <summary>
    /// Applies a change to a stored deal with optimistic concurrency: the update names the version it is based on
    /// (If-Match, or the version read when none was given) and the database refuses it when another write came first.
    /// The changed deal is checked by the engine before it is stored.
    /// </summary>
    public static async Task<(StoredDeal Row, T Result)> Change<T>(PreSalesDb db, HttpContext http, string id, bool ifMatchRequired,
        Func<Deal, (Deal Deal, T Result)> change)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(change);
        var expected = IfMatch(http, ifMatchRequired);
        var team = Teams.CurrentTeam.Of(http);
        var row = await Find(db, team, id, http.RequestAborted);
        if (expected is { } e && row.Version != e)
            throw Stale();
        var (changed, result) = change(Model(row));
        var check = DealReader.ReadIn(Encoding.UTF8.GetBytes(DealJson.Serialize(changed)), Caller.Language(http));
        if (!check.IsValid)
            throw new ApiProblem(422, "修改后的交易无法通过检查，未保存。", "the changed deal does not pass the checks; not saved.",
                check.Problems.Select(p => new FieldError(p.Path, p.Message)).ToList());
        db.Entry(row).Property(r => r.Version).OriginalValue = row.Version;
        Fill(row, check.Deal!, DateTime.UtcNow);
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale();
        }
        return (row, result);
    }
}
