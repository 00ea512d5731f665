using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Generation;
using PreSales.AddinHost.Http;
using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Teams;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;

namespace PreSales.AddinHost.Deals;

/// <summary>One line of the deal list.</summary>
public sealed record DealSummaryItem(string Id, string Name, string Customer, string Stage, string? Positioning, string Language, DateTime UpdatedAt);

/// <summary>A page of deals.</summary>
public sealed record DealPage(IReadOnlyList<DealSummaryItem> Items, int Total, int Page, int PageSize);

/// <summary><c>/v1/deals</c>: the team's deals, each a deal file (the CLI's JSON and schema), with the method's analysis.</summary>
public static class DealEndpoints
{
    public static IEndpointRouteBuilder MapDeals(this IEndpointRouteBuilder app)
    {
        var deals = app.MapGroup("/v1/deals").WithTags("deals");
        deals.MapGet("/", List).WithName("listDeals");
        deals.MapGet("/{id}", Get).WithName("getDeal").ProducesProblem(404);
        deals.MapPost("/", Create).WithName("createDeal").Accepts<object>("application/json").ProducesProblem(400).ProducesProblem(409).ProducesProblem(415).ProducesProblem(422);
        deals.MapPost("/import", Create).WithName("importDeal").Accepts<object>("application/json").ProducesProblem(400).ProducesProblem(409).ProducesProblem(415).ProducesProblem(422);
        deals.MapPut("/{id}", Update).WithName("updateDeal").Accepts<object>("application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(412).ProducesProblem(415).ProducesProblem(422).ProducesProblem(428);
        deals.MapDelete("/{id}", Delete).WithName("deleteDeal").ProducesProblem(404);
        deals.MapPost("/{id}/restore", Restore).WithName("restoreDeal").ProducesProblem(404);
        deals.MapGet("/{id}/export", Export).WithName("exportDeal").ProducesProblem(404);
        deals.MapGet("/{id}/check", Check).WithName("checkDeal").ProducesProblem(404);
        return app;
    }

    private static async Task<Ok<DealPage>> List(HttpContext http, PreSalesDb db, string? customer, string? stage, string? positioning, int? page, int? pageSize)
    {
        var team = CurrentTeam.Of(http);
        var (number, size) = (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 20, 1, 200));
        var query = db.Deals.AsNoTracking().Where(d => d.TeamId == team && d.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(customer))
            query = query.Where(d => d.Customer.Contains(customer));
        if (!string.IsNullOrWhiteSpace(stage))
            query = query.Where(d => d.Stage == stage);
        if (!string.IsNullOrWhiteSpace(positioning))
            query = query.Where(d => d.Positioning == positioning);
        var total = await query.CountAsync(http.RequestAborted);
        var items = await query.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id).Skip((number - 1) * size).Take(size)
            .Select(d => new DealSummaryItem(d.Id, d.Name, d.Customer, d.Stage, d.Positioning, d.Language, d.UpdatedAt))
            .ToListAsync(http.RequestAborted);
        return TypedResults.Ok(new DealPage(items, total, number, size));
    }

    private static async Task<ContentHttpResult> Get(string id, HttpContext http, PreSalesDb db)
    {
        var row = await DealRecords.Find(db, CurrentTeam.Of(http), id, http.RequestAborted);
        http.Response.Headers.ETag = DealRecords.ETag(row);
        return TypedResults.Text(row.Json, "application/json", Encoding.UTF8);
    }

    private static async Task<Created<object>> Create(HttpContext http, PreSalesDb db)
    {
        var body = await RequestBody.Json(http, DealReader.MaxFileBytes);
        var deal = DealRecords.Validate(body, Caller.Language(http));
        var team = CurrentTeam.Of(http);
        if (await db.Deals.AnyAsync(d => d.TeamId == team && d.Id == deal.Id, http.RequestAborted))
            throw Exists(deal.Id);
        var row = DealRecords.NewRow(team, deal);
        db.Deals.Add(row);
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Two creates of one id at once: the primary key lets one in.
            throw Exists(deal.Id);
        }
        http.Response.Headers.ETag = DealRecords.ETag(row);
        return TypedResults.Created($"/v1/deals/{Uri.EscapeDataString(row.Id)}", (object)System.Text.Json.JsonDocument.Parse(row.Json).RootElement);
    }

    private static ApiProblem Exists(string id) =>
        new(409, $"已有 id 为 {id} 的交易（或它在 30 天内被删除，可恢复）。", $"a deal with id {id} exists already (or was deleted within 30 days and can be restored).",
            [new FieldError("$.id", id)]);

    private static async Task<ContentHttpResult> Update(string id, HttpContext http, PreSalesDb db)
    {
        _ = DealRecords.IfMatch(http, required: true); // 428 before the body is read
        var body = await RequestBody.Json(http, DealReader.MaxFileBytes);
        var deal = DealRecords.Validate(body, Caller.Language(http));
        if (deal.Id != id)
            throw new ApiProblem(422, $"正文中的 id（{deal.Id}）与地址中的（{id}）不同。", $"the body's id ({deal.Id}) differs from the address's ({id}).", [new FieldError("$.id", deal.Id)]);
        var (row, _) = await DealRecords.Change(db, http, id, ifMatchRequired: true, _ => (deal, 0));
        http.Response.Headers.ETag = DealRecords.ETag(row);
        return TypedResults.Text(row.Json, "application/json", Encoding.UTF8);
    }

    private static async Task<NoContent> Delete(string id, HttpContext http, PreSalesDb db)
    {
        var row = await DealRecords.Find(db, CurrentTeam.Of(http), id, http.RequestAborted);
        row.DeletedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<ContentHttpResult> Restore(string id, HttpContext http, PreSalesDb db)
    {
        var team = CurrentTeam.Of(http);
        var since = DateTime.UtcNow - DealRecords.RestoreWindow;
        var row = await db.Deals.FirstOrDefaultAsync(d => d.TeamId == team && d.Id == id && d.DeletedAt != null && d.DeletedAt > since, http.RequestAborted)
            ?? throw new ApiProblem(404, $"没有可恢复的已删除交易 {id}（删除超过 30 天的无法恢复）。", $"no deleted deal {id} to restore (deals deleted over 30 days ago cannot be).");
        row.DeletedAt = null;
        row.Version = Guid.NewGuid();
        await db.SaveChangesAsync(http.RequestAborted);
        http.Response.Headers.ETag = DealRecords.ETag(row);
        return TypedResults.Text(row.Json, "application/json", Encoding.UTF8);
    }

    private static async Task<FileContentHttpResult> Export(string id, HttpContext http, PreSalesDb db)
    {
        var row = await DealRecords.Find(db, CurrentTeam.Of(http), id, http.RequestAborted);
        http.Response.Headers.ETag = DealRecords.ETag(row);
        return FileDownload.Of(http, Encoding.UTF8.GetBytes(row.Json + "\n"), "application/json", row.Id + ".json", "deal.json");
    }

    private static async Task<ContentHttpResult> Check(string id, HttpContext http, PreSalesDb db)
    {
        var row = await DealRecords.Find(db, CurrentTeam.Of(http), id, http.RequestAborted);
        return TypedResults.Text(DealAnalysisJson.Write(DealAnalysis.Of(DealRecords.Model(row))), "application/json", Encoding.UTF8);
    }
}
