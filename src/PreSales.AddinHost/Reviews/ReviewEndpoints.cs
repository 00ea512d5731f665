using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Deals;
using PreSales.AddinHost.Generation;
using PreSales.AddinHost.Http;
using PreSales.AddinHost.KnowledgeBase;
using PreSales.AddinHost.Operations;
using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Teams;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Review.Reports;
using PreSales.DocGen.Review.Rules;

namespace PreSales.AddinHost.Reviews;

/// <summary>A stored review: the report is the CLI's <c>review --format json</c>.</summary>
public sealed record ReviewAnswer(Guid Id, string? DealId, string FileName, JsonElement Report, Guid? DeckDocumentId, Guid? AnnotatedDocumentId, bool Annotated, DateTime CreatedAt);

/// <summary>
/// <c>/v1/reviews</c>: the CLI's <c>presales review</c> on an uploaded deck (raw or multipart <c>file</c>, with an optional
/// multipart <c>rules</c> JSON), optionally against a stored deal; the deck is checked by the engine's SafePackage first.
/// </summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviews(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/v1/reviews").WithTags("review");
        reviews.MapPost("/", Review).WithName("reviewDeck").TakesEngineTurns().Accepts<byte[]>(RequestBody.PowerPoint, RequestBody.OctetStream, "multipart/form-data")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        reviews.MapGet("/{id:guid}", Get).WithName("getReview").ProducesProblem(404);
        reviews.MapGet("/{id:guid}/annotated", Annotated).WithName("annotatedDeck").Produces(200, contentType: FileDownload.PowerPoint).ProducesProblem(404);
        return app;
    }

    private static async Task<Created<ReviewAnswer>> Review(HttpContext http, PreSalesDb db, RequestBody bodies, string? dealId, bool? annotate, double? minutes, string? lang)
    {
        var team = CurrentTeam.Of(http);
        var zh = Caller.IsChinese(http);
        Deal? deal = dealId is null ? null : DealRecords.Model(await DealRecords.Find(db, team, dealId, http.RequestAborted));
        if (minutes is <= 0)
            throw new ApiProblem(400, "minutes 必须大于 0", "minutes must be above 0", [new FieldError("$.minutes", "0")]);
        var settings = await Rules(http);
        var upload = await bodies.File(http, [RequestBody.PowerPoint], "deck.pptx");
        var language = lang is { } l ? (l.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? DealLanguage.EnUS : DealLanguage.ZhCN) : deal?.Language ?? Caller.Language(http);
        DeckFacts facts;
        try
        {
            facts = annotate == true ? DeckReader.ReadToAnnotate(upload.Bytes, upload.FileName) : DeckReader.Read(upload.Bytes, upload.FileName);
        }
        catch (PackageRejectedException e)
        {
            throw new ApiProblem(422, $"{upload.FileName}:{e.Problem.Chinese}", $"{upload.FileName}: {e.Problem.English}", [new FieldError("$", e.Problem.Message(zh))]);
        }
        var result = DeckReview.Run(facts, deal, minutes, settings);
        var report = ReviewJson.Write(result, language);
        byte[]? annotated = annotate == true ? DeckAnnotation.Write(upload.Bytes, facts, result.Findings, language) : null;
        var archive = http.RequestServices.GetService<IDocumentArchive>();
        Guid? deckId = null, annotatedId = null;
        if (archive is not null)
        {
            deckId = await archive.StoreAsync(new DocumentToStore(team, deal?.Id, null, "review", upload.FileName, RequestBody.PowerPoint, upload.Bytes, deal?.Customer.Name), http.RequestAborted);
            if (annotated is not null)
                annotatedId = await archive.StoreAsync(new DocumentToStore(team, deal?.Id, null, "annotated", AnnotatedName(upload.FileName, zh), RequestBody.PowerPoint, annotated, deal?.Customer.Name), http.RequestAborted);
        }
        var row = new StoredReview
        {
            Id = Guid.NewGuid(), TeamId = team, DealId = deal?.Id, FileName = upload.FileName, Report = report,
            DeckDocumentId = deckId, AnnotatedDocumentId = annotatedId, Annotated = annotated, CreatedAt = DateTime.UtcNow,
        };
        db.Reviews.Add(row);
        await db.SaveChangesAsync(http.RequestAborted);
        if (annotatedId is { } a)
            http.Response.Headers["X-Document-Id"] = a.ToString();
        else if (deckId is { } d)
            http.Response.Headers["X-Document-Id"] = d.ToString();
        return TypedResults.Created($"/v1/reviews/{row.Id}", Answer(row));
    }

    private static async Task<RuleSettings> Rules(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
            return RuleSettings.Default;
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form["rules"].FirstOrDefault() is not { Length: > 0 } json)
            return RuleSettings.Default;
        var (settings, problems) = RuleSettings.Parse(json);
        if (settings is null || problems.Count > 0)
            throw new ApiProblem(400, "规则文件有误：" + string.Join("；", problems), "the rules are not usable: " + string.Join("; ", problems),
                [.. problems.Select(p => new FieldError("$.rules", p))]);
        return settings;
    }

    private static async Task<Ok<ReviewAnswer>> Get(Guid id, HttpContext http, PreSalesDb db)
    {
        var team = CurrentTeam.Of(http);
        var row = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.TeamId == team && r.Id == id, http.RequestAborted)
            ?? throw ApiProblem.NotFound("review", id.ToString());
        return TypedResults.Ok(Answer(row));
    }

    private static async Task<FileContentHttpResult> Annotated(Guid id, HttpContext http, PreSalesDb db)
    {
        var team = CurrentTeam.Of(http);
        var row = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.TeamId == team && r.Id == id, http.RequestAborted)
            ?? throw ApiProblem.NotFound("review", id.ToString());
        if (row.Annotated is null)
            throw new ApiProblem(404, "这次评审没有批注副本（评审时加 annotate=true）。", "this review has no annotated copy (review with annotate=true).");
        return FileDownload.Of(http, row.Annotated, FileDownload.PowerPoint, AnnotatedName(row.FileName, Caller.IsChinese(http)), "reviewed.pptx", row.AnnotatedDocumentId);
    }

    private static string AnnotatedName(string fileName, bool zh) =>
        DocGen.Documents.DocumentNaming.Sanitise(Path.GetFileNameWithoutExtension(fileName) + (zh ? "-评审批注" : "-reviewed")) + ".pptx";

    private static ReviewAnswer Answer(StoredReview row)
    {
        using var report = JsonDocument.Parse(row.Report);
        return new ReviewAnswer(row.Id, row.DealId, row.FileName, report.RootElement.Clone(), row.DeckDocumentId, row.AnnotatedDocumentId, row.Annotated is not null, row.CreatedAt);
    }
}
