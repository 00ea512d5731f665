using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using PreSales.AddinHost.Http;
using PreSales.AddinHost.Storage;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Notes;

namespace PreSales.AddinHost.Deals;

/// <summary>An exchange of a deal and its number (1-based, in the deal file's order: the CLI's <c>--exchange N</c>).</summary>
public sealed record NumberedExchange(int Number, JsonElement Exchange);

/// <summary>
/// What the notes reader made of meeting notes: the exchange, its number once saved, the warnings (each naming its
/// line), and every non-empty line with the section it landed in (<c>unplaced</c> when it fits none: kept all the same).
/// </summary>
public sealed record MinutesReading(int? Number, JsonElement Exchange, IReadOnlyList<NoteProblem> Warnings, IReadOnlyList<NoteLine> Lines, bool Saved);

/// <summary>A warning about the notes in the caller's language; <paramref name="Line"/> is 1-based, 0 for the notes as a whole.</summary>
public sealed record NoteProblem(int Line, string Message);

/// <summary>
/// <c>/v1/deals/{id}/exchanges</c>: exchanges live in the deal file, so every change is a change of the deal, checked by
/// the engine and stored with the deal's optimistic concurrency (If-Match of the deal, or the version read).
/// </summary>
public static class ExchangeEndpoints
{
    private const long MaxNotesBytes = 5L * 1024 * 1024;

    public static IEndpointRouteBuilder MapExchanges(this IEndpointRouteBuilder app)
    {
        var exchanges = app.MapGroup("/v1/deals/{id}/exchanges").WithTags("exchanges");
        exchanges.MapPost("/", Add).WithName("addExchange").Accepts<object>("application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(412).ProducesProblem(415).ProducesProblem(422);
        exchanges.MapPut("/{number:int}", Update).WithName("updateExchange").Accepts<object>("application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(412).ProducesProblem(415).ProducesProblem(422).ProducesProblem(428);
        exchanges.MapPost("/{number:int}/held", Held).WithName("markExchangeHeld").ProducesProblem(404).ProducesProblem(412);
        exchanges.MapPost("/minutes", (string id, HttpContext http, PreSalesDb db, bool? dryRun, string? date) => Minutes(id, null, http, db, dryRun, date))
            .WithName("minutesFromNotes").Accepts<string>("text/markdown", "text/plain")
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(415).ProducesProblem(422);
        exchanges.MapPost("/{number:int}/minutes", Minutes).WithName("minutesOfExchange").Accepts<string>("text/markdown", "text/plain")
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(415).ProducesProblem(422);
        return app;
    }

    private static async Task<Created<NumberedExchange>> Add(string id, HttpContext http, PreSalesDb db)
    {
        var body = await ExchangeBody(http);
        var (row, number) = await DealRecords.Change(db, http, id, ifMatchRequired: false, deal =>
            DealExchanges.Insert(deal, Checked(deal, body, deal.Exchanges.Count, http)));
        http.Response.Headers.ETag = DealRecords.ETag(row);
        return TypedResults.Created($"/v1/deals/{Uri.EscapeDataString(id)}/exchanges/{number}", Numbered(row, number));
    }

    private static async Task<Ok<NumberedExchange>> Update(string id, int number, HttpContext http, PreSalesDb db)
    {
        _ = DealRecords.IfMatch(http, required: true);
        var body = await ExchangeBody(http);
        var (row, _) = await DealRecords.Change(db, http, id, ifMatchRequired: true, deal =>
        {
            var index = Index(deal, number);
            var list = deal.Exchanges.ToList();
            list[index] = Checked(deal, body, index, http);
            return (deal with { Exchanges = list }, 0);
        });
        http.Response.Headers.ETag = DealRecords.ETag(row);
        return TypedResults.Ok(Numbered(row, number));
    }

    private static async Task<Ok<NumberedExchange>> Held(string id, int number, HttpContext http, PreSalesDb db)
    {
        var (row, _) = await DealRecords.Change(db, http, id, ifMatchRequired: false, deal =>
        {
            var index = Index(deal, number);
            var list = deal.Exchanges.ToList();
            list[index] = list[index] with { Status = ExchangeStatus.Held };
            return (deal with { Exchanges = list }, 0);
        });
        http.Response.Headers.ETag = DealRecords.ETag(row);
        return TypedResults.Ok(Numbered(row, number));
    }

    /// <summary>
    /// The CLI's <c>presales minutes --from notes.md [--save]</c>: the notes read into an exchange; saved unless dryRun,
    /// as a new exchange in date order, or in place of exchange <paramref name="number"/> (the planned one now held).
    /// </summary>
    private static async Task<Ok<MinutesReading>> Minutes(string id, int? number, HttpContext http, PreSalesDb db, bool? dryRun, string? date)
    {
        var bytes = await RequestBody.Text(http, MaxNotesBytes);
        var zh = Caller.IsChinese(http);
        string notes;
        try
        {
            notes = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ApiProblem(400, "笔记不是 UTF-8 文本；请以 UTF-8 编码发送。", "the notes are not UTF-8 text; send them as UTF-8.");
        }
        var fallback = DateOnly.FromDateTime(DateTime.UtcNow);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out fallback))
            throw new ApiProblem(400, $"date 需要 yyyy-MM-dd 格式的日期，而不是 \"{date}\"", $"date needs a yyyy-MM-dd date, not \"{date}\"");
        NotesReading Read(Deal deal)
        {
            try
            {
                return MeetingNotes.Read(notes, deal, fallback);
            }
            catch (DocumentInputException e)
            {
                throw new ApiProblem(422, e.Message, e.Message, [.. e.Details.Select(d => new FieldError("$", d))]);
            }
        }
        IReadOnlyList<NoteProblem> Warnings(NotesReading reading, bool chinese) =>
            [.. reading.Warnings.Select(w => new NoteProblem(w.Line, chinese ? w.Message.Chinese : w.Message.English))];
        if (dryRun == true)
        {
            var row = await DealRecords.Find(db, Teams.CurrentTeam.Of(http), id, http.RequestAborted);
            var reading = Read(DealRecords.Model(row));
            return TypedResults.Ok(new MinutesReading(null, Element(reading.Exchange), Warnings(reading, zh), reading.Lines, false));
        }
        var (saved, result) = await DealRecords.Change(db, http, id, ifMatchRequired: false, deal =>
        {
            var reading = Read(deal);
            if (number is { } n)
            {
                var index = Index(deal, n);
                var list = deal.Exchanges.ToList();
                list[index] = reading.Exchange with { Status = ExchangeStatus.Held };
                return (deal with { Exchanges = list }, (number: n, reading));
            }
            var (updated, inserted) = DealExchanges.Insert(deal, reading.Exchange);
            return (updated, (number: inserted, reading));
        });
        http.Response.Headers.ETag = DealRecords.ETag(saved);
        return TypedResults.Ok(new MinutesReading(result.number, Element(result.reading.Exchange), Warnings(result.reading, zh), result.reading.Lines, true));
    }

    private static async Task<JsonNode> ExchangeBody(HttpContext http)
    {
        var body = await RequestBody.Json(http, DealReader.MaxFileBytes);
        try
        {
            return JsonNode.Parse(body) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            var zh = Caller.IsChinese(http);
            var at = $"{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}";
            throw new ApiProblem(400, $"第 {at} 处不是有效的 JSON", $"not valid JSON at {at}", [new FieldError("$", e.Message)]);
        }
    }

    /// <summary>
    /// The exchange body checked as part of the deal, by the engine's reader: the deal with the body at position
    /// <paramref name="index"/> is validated, and the problems under that exchange are reported with paths from the body's root.
    /// </summary>
    private static Exchange Checked(Deal deal, JsonNode body, int index, HttpContext http)
    {
        var root = JsonNode.Parse(DealJson.Serialize(deal))!.AsObject();
        var list = root["exchanges"] as JsonArray ?? [];
        root["exchanges"] = list;
        var copy = body.DeepClone();
        if (index < list.Count)
            list[index] = copy;
        else
            list.Add(copy);
        var load = DealReader.ReadIn(Encoding.UTF8.GetBytes(root.ToJsonString()), Caller.Language(http));
        if (load.IsValid)
            return load.Deal!.Exchanges[index];
        var prefix = $"$.exchanges[{index}]";
        var errors = load.Problems.Select(p => new FieldError(p.Path.StartsWith(prefix, StringComparison.Ordinal) ? "$" + p.Path[prefix.Length..] : p.Path, p.Message)).ToList();
        var first = errors[0];
        throw new ApiProblem(422, $"{first.Path}: {first.Message}", $"{first.Path}: {first.Message}", errors);
    }

    private static int Index(Deal deal, int number) =>
        number >= 1 && number <= deal.Exchanges.Count ? number - 1 : throw ApiProblem.NotFound("exchange", number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static NumberedExchange Numbered(StoredDeal row, int number) =>
        new(number, Element(DealRecords.Model(row).Exchanges[number - 1]));

    private static JsonElement Element(Exchange exchange) => JsonSerializer.SerializeToElement(exchange, DealJson.Options);
}
