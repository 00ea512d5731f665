using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using PreSales.AddinHost.Deals;
using PreSales.AddinHost.Http;
using PreSales.AddinHost.KnowledgeBase;
using PreSales.AddinHost.Operations;
using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Teams;
using PreSales.AddinHost.Templates;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;
using PreSales.DocGen.Packaging;

namespace PreSales.AddinHost.Generation;

/// <summary>
/// The CLI's <c>presales deck</c> and <c>presales doc</c> over HTTP: the deck plan, the deck (from the deal or an edited
/// plan, on the built-in, the team's default or a stored template) and the Word documents. Every file made is kept in
/// the knowledge base; its id is the <c>X-Document-Id</c> header.
/// </summary>
public static class GenerationEndpoints
{
    private const long MaxPlanBytes = 10L * 1024 * 1024;

    public static IEndpointRouteBuilder MapGeneration(this IEndpointRouteBuilder app)
    {
        var deal = app.MapGroup("/v1/deals/{id}").WithTags("generation").TakesEngineTurns();
        deal.MapGet("/deck/plan", Plan).WithName("deckPlan").ProducesProblem(404).ProducesProblem(422);
        deal.MapGet("/deck", Deck).WithName("deck").Produces(200, contentType: FileDownload.PowerPoint).ProducesProblem(404).ProducesProblem(422);
        deal.MapGet("/deck/slides/{part}", Slides).WithName("deckSlides").Produces(200, contentType: FileDownload.PowerPoint).ProducesProblem(404).ProducesProblem(422);
        deal.MapPost("/deck", DeckFromPlan).WithName("deckFromPlan").Accepts<object>("application/json")
            .Produces(200, contentType: FileDownload.PowerPoint).ProducesProblem(400).ProducesProblem(404).ProducesProblem(415).ProducesProblem(422);
        deal.MapGet("/documents/{kind}", Document).WithName("document").Produces(200, contentType: FileDownload.Word).ProducesProblem(404).ProducesProblem(422);
        return app;
    }

    private static async Task<ContentHttpResult> Plan(string id, HttpContext http, PreSalesDb db, PlannedDecks plans, int? exchange, int? minutes)
    {
        var (_, planning) = plans.Of(await DealRecords.Find(db, CurrentTeam.Of(http), id, http.RequestAborted), exchange, minutes);
        return TypedResults.Text(DeckPlanJson.Serialize(planning.Plan), "application/json", Encoding.UTF8);
    }

    private static async Task<FileContentHttpResult> Deck(string id, HttpContext http, PreSalesDb db, PlannedDecks plans, int? exchange, int? minutes, string? template, bool? keepTemplateSlides)
    {
        var team = CurrentTeam.Of(http);
        var row = await DealRecords.Find(db, team, id, http.RequestAborted);
        var templateBytes = await TemplateRecords.Resolve(db, team, template, "deck", http.RequestAborted);
        var (deal, planning) = plans.Of(row, exchange, minutes);
        var bytes = Render(planning.Plan, templateBytes, keepTemplateSlides ?? false, Caller.IsChinese(http));
        return await Answer(http, deal, exchange, "deck", bytes, FileDownload.PowerPoint, DeckName(deal, exchange) + ".pptx", $"{deal.Id}-deck.pptx");
    }

    /// <summary>
    /// One part of the deck (the solution and its FAB table, the cases or the n-th case, why us, the timetable, the
    /// closing with the ask…) as a deck of its own, planned and rendered as the whole deck would be, for insertion
    /// after the selected slide.
    /// </summary>
    private static async Task<FileContentHttpResult> Slides(string id, string part, HttpContext http, PreSalesDb db, PlannedDecks plans, int? exchange, int? minutes, string? template, int? n)
    {
        var names = string.Join(", ", Enum.GetValues<DeckPart>().Select(DeckParts.Name));
        var wanted = DeckParts.Parse(part) ?? throw new ApiProblem(404, $"没有 {part} 这部分幻灯片；可用：{names}", $"no slide part {part}; known: {names}");
        var team = CurrentTeam.Of(http);
        var row = await DealRecords.Find(db, team, id, http.RequestAborted);
        var templateBytes = await TemplateRecords.Resolve(db, team, template, "deck", http.RequestAborted);
        var (deal, planning) = plans.Of(row, exchange, minutes);
        var only = DeckParts.Only(planning.Plan, wanted, n);
        var v = Vocabulary.For(deal.Language);
        var label = DeckParts.Label(wanted, v);
        if (only.Slides.Count == 0)
        {
            // Why the planner left it out (no FAB rows, no cases…) is among its gaps: say so with the refusal.
            var why = planning.FactsToGather.Count == 0 ? "" : (v.IsChinese ? "。规划说明：" : ". The planner says: ") + string.Join(v.IsChinese ? "；" : "; ", planning.FactsToGather);
            var which = n is { } k ? v.Pick($"第 {k} 页", $" number {k}") : "";
            throw new ApiProblem(422, $"这次交流的幻灯片中没有“{label}”{which}{why}", $"this exchange's deck has no '{label}' slide{which}{why}");
        }
        var bytes = Render(only, templateBytes, keepTemplateSlides: false, Caller.IsChinese(http));
        var name = DeckName(deal, exchange) + "-" + label.Replace(' ', '-');
        http.Response.Headers["X-Slide-Count"] = only.Slides.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await Answer(http, deal, exchange, "slides", bytes, FileDownload.PowerPoint, name + ".pptx", $"{deal.Id}-{DeckParts.Name(wanted)}.pptx");
    }

    private static async Task<FileContentHttpResult> DeckFromPlan(string id, HttpContext http, PreSalesDb db, int? exchange, string? template, bool? keepTemplateSlides)
    {
        var team = CurrentTeam.Of(http);
        var deal = DealRecords.Model(await DealRecords.Find(db, team, id, http.RequestAborted));
        var body = await RequestBody.Json(http, MaxPlanBytes);
        var zh = Caller.IsChinese(http);
        DeckPlan plan;
        try
        {
            plan = DeckPlanner.Fit(DeckPlanJson.Deserialize(Utf8(body, zh), zh ? "计划" : "plan"));
        }
        catch (DeckInputException e)
        {
            var status = DealRecords.IsJson(body) ? 422 : 400;
            throw new ApiProblem(status, e.Chinese, e.English, [new FieldError("$", e.MessageFor(zh))]);
        }
        var templateBytes = await TemplateRecords.Resolve(db, team, template, "deck", http.RequestAborted);
        var bytes = Render(plan, templateBytes, keepTemplateSlides ?? false, zh);
        return await Answer(http, deal, exchange, "deck", bytes, FileDownload.PowerPoint, DeckName(deal, exchange) + ".pptx", $"{deal.Id}-deck.pptx");
    }

    private static async Task<FileContentHttpResult> Document(string id, string kind, HttpContext http, PreSalesDb db, int? exchange, string? template, string? naming, int? version)
    {
        var documentKind = Kinds.Word(kind) ?? throw new ApiProblem(404, $"没有 {kind} 这种文档；可用：minutes、plan、summary、qa、brief", $"no document kind {kind}; known: minutes, plan, summary, qa, brief");
        var team = CurrentTeam.Of(http);
        var deal = DealRecords.Model(await DealRecords.Find(db, team, id, http.RequestAborted));
        var templateBytes = await TemplateRecords.Resolve(db, team, template, kind, http.RequestAborted);
        MadeDocument made;
        try
        {
            var request = new DocumentRequest(documentKind, DateOnly.FromDateTime(DateTime.UtcNow), exchange, templateBytes, naming ?? DocumentNaming.DefaultPattern, version ?? 1);
            made = Deliverables.Make(deal, request);
        }
        catch (DocumentInputException e)
        {
            throw new ApiProblem(422, e.Message, e.Message, [.. e.Details.Select(d => new FieldError("$", d))]);
        }
        return await Answer(http, deal, exchange, kind, made.Bytes, FileDownload.Word, made.Name + ".docx", $"{deal.Id}-{kind}.docx");
    }

    private static byte[] Render(DeckPlan plan, byte[]? template, bool keepTemplateSlides, bool zh)
    {
        try
        {
            return DeckRenderer.Render(plan, template, keepTemplateSlides);
        }
        catch (DeckInputException e)
        {
            throw new ApiProblem(422, e.Chinese, e.English, [new FieldError("$", e.MessageFor(zh))]);
        }
        catch (PackageRejectedException e)
        {
            throw ApiProblem.Rejected(e.Problem);
        }
    }

    private static string Utf8(byte[] body, bool zh)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ApiProblem(400, "正文不是 UTF-8 文本。", "the body is not UTF-8 text.");
        }
    }

    /// <summary>The deck's name by the naming convention: customer, stage, the exchange's date, 交流材料 / Pitch deck.</summary>
    public static string DeckName(Deal deal, int? exchange)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var v = Vocabulary.For(deal.Language);
        var picked = exchange is { } n && n >= 1 && n <= deal.Exchanges.Count ? deal.Exchanges[n - 1] : ExchangeChecklist.NextExchange(deal);
        var parts = new NameParts(deal.Customer.ShortName ?? deal.Customer.Name, deal.Id, v.Label(deal.Stage),
            picked?.Date ?? DateOnly.FromDateTime(DateTime.UtcNow), v.Pick("交流材料", "Pitch deck"), 1, exchange);
        return DocumentNaming.Format(DocumentNaming.DefaultPattern, parts, v);
    }

    /// <summary>Keeps the file in the knowledge base (when one is configured) and answers with it.</summary>
    private static async Task<FileContentHttpResult> Answer(HttpContext http, Deal deal, int? exchange, string kind, byte[] bytes, string contentType, string fileName, string asciiName)
    {
        var archive = http.RequestServices.GetService<IDocumentArchive>();
        Guid? documentId = archive is null ? null : await archive.StoreAsync(new DocumentToStore(CurrentTeam.Of(http), deal.Id,
            exchange?.ToString(System.Globalization.CultureInfo.InvariantCulture), kind, fileName, contentType, bytes, deal.Customer.Name, MadeFromDeal: true), http.RequestAborted);
        return FileDownload.Of(http, bytes, contentType, fileName, asciiName, documentId);
    }
}

/// <summary>The kinds of generated files and templates as the API names them.</summary>
public static class Kinds
{
    public static readonly IReadOnlyList<string> Templates = ["deck", "minutes", "plan", "summary", "qa", "brief"];

    public static DocumentKind? Word(string kind) => kind switch
    {
        "minutes" => DocumentKind.Minutes,
        "plan" => DocumentKind.Plan,
        "summary" => DocumentKind.Summary,
        "qa" => DocumentKind.QaPreparation,
        "brief" => DocumentKind.Brief,
        _ => null,
    };
}
