using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using PreSales.AddinHost.Security;
using PreSales.AddinHost.Teams;
using PreSales.DocGen.Packaging;

namespace PreSales.AddinHost.KnowledgeBase;

/// <summary>The knowledge base over HTTP: <c>/v1/documents</c> (search and list, metadata and text, download, upload).</summary>
public static class DocumentEndpoints
{
    /// <summary>The kinds of stored documents.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
        { "deck", "slides", "minutes", "plan", "summary", "qa", "brief", "review", "annotated", "upload" };

    public static IEndpointRouteBuilder MapKnowledgeBase(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/v1/documents").WithTags("Knowledge base");
        group.MapGet("", Search).WithName("searchDocuments")
            .WithSummary("Search and list the team's documents (full text in Chinese and English, filters, highlighted snippets)");
        group.MapGet("/{id}", Details).WithName("getDocument").WithSummary("A document's metadata and extracted text");
        group.MapGet("/{id}/content", Content).WithName("downloadDocument").WithSummary("The stored file");
        group.MapPost("", Upload).WithName("uploadDocument").DisableAntiforgery()
            .WithSummary("Upload a document (raw body or multipart field 'file'): .pptx, .docx, text or Markdown");
        // No Accepts metadata: routing would answer other content types with a bare 415; Upload answers with problem details.
        return app;
    }

    private static async Task<Results<Ok<DocumentPage>, ProblemHttpResult>> Search(HttpContext http, DocumentArchive archive,
        string? q, string? customer, string? dealId, string? kind, string? from, string? to, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (!Instant(from, false, out var since))
            return Bad(http, "from", $"from 不是日期或时间：{from}", $"from is not a date or time: {from}");
        if (!Instant(to, true, out var until))
            return Bad(http, "to", $"to 不是日期或时间：{to}", $"to is not a date or time: {to}");
        if (page is < 1)
            return Bad(http, "page", "page 必须从 1 开始。", "page starts at 1.");
        if (pageSize is < 1 or > 100)
            return Bad(http, "pageSize", "pageSize 必须在 1 到 100 之间。", "pageSize must be between 1 and 100.");
        var query = new DocumentQuery(q, customer, dealId, kind, since, until, page ?? 1, pageSize ?? 20);
        return TypedResults.Ok(await archive.SearchAsync(CurrentTeam.Of(http), query, cancellationToken));
    }

    private static async Task<Results<Ok<DocumentDetails>, ProblemHttpResult>> Details(HttpContext http, DocumentArchive archive, string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid) || await archive.FindAsync(CurrentTeam.Of(http), guid, cancellationToken) is not { } document)
            return NotFound(http, id);
        return TypedResults.Ok(DocumentDetails.Of(document, withText: true));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Content(HttpContext http, DocumentArchive archive, string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid) || await archive.ContentAsync(CurrentTeam.Of(http), guid, cancellationToken) is not { } found)
            return NotFound(http, id);
        // The stored name only ever reaches the Content-Disposition header (RFC 6266: filename and filename*).
        return TypedResults.File(found.Content, found.Document.ContentType, found.Document.Name);
    }

    private static async Task<Results<Created<DocumentDetails>, ProblemHttpResult>> Upload(HttpContext http, DocumentArchive archive, KnowledgeBaseLimits limits,
        string? dealId, string? exchangeId, string? kind, string? name, string? customer, CancellationToken cancellationToken)
    {
        kind = string.IsNullOrWhiteSpace(kind) ? "upload" : kind.Trim();
        if (!Kinds.Contains(kind))
            return Bad(http, "kind", $"未知的文档类型：{kind}（可用：{string.Join("、", Kinds)}）", $"unknown document kind: {kind} (one of {string.Join(", ", Kinds)})");
        var file = await Received.ReadAsync(http, limits.MaxUploadBytes, cancellationToken);
        if (file.Problem is { } problem)
            return problem;
        var received = file.File!;
        var fileName = SafeName(name ?? received.FileName);
        var expected = ExpectedKind(fileName, received.ContentType);
        string text;
        string contentType;
        try
        {
            if (received.LooksLikeZip || expected is not null)
            {
                var extracted = DocumentText.Extract(received.Bytes);
                if (expected is { } wanted && extracted.Kind != wanted)
                {
                    var wrong = SafePackage.WrongKind(new PackageInspection(extracted.Kind, "", ""), wanted);
                    return CallerProblem(http, StatusCodes.Status422UnprocessableEntity, wrong.Code, wrong.Chinese, wrong.English);
                }
                text = extracted.Text;
                contentType = extracted.Kind == PackageKind.Presentation ? DocumentArchive.PptxType : DocumentArchive.DocxType;
            }
            else if (DocumentArchive.IsText(received.ContentType))
            {
                text = DocumentArchive.TextOf(received.Bytes, received.ContentType);
                contentType = received.ContentType.StartsWith("text/markdown", StringComparison.OrdinalIgnoreCase) ? "text/markdown; charset=utf-8"
                    : received.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
            }
            else
            {
                return CallerProblem(http, StatusCodes.Status415UnsupportedMediaType, "unsupported-type",
                    $"不支持的文件类型：{received.ContentType}（可上传 .pptx、.docx、纯文本或 Markdown）。",
                    $"unsupported file type: {received.ContentType} (upload a .pptx, a .docx, plain text or Markdown).");
            }
        }
        catch (PackageRejectedException e)
        {
            var status = e.Problem.Code == "unsupported-kind" ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status422UnprocessableEntity;
            return CallerProblem(http, status, e.Problem.Code, e.Problem.Chinese, e.Problem.English);
        }
        catch (DecoderFallbackException)
        {
            return CallerProblem(http, StatusCodes.Status422UnprocessableEntity, "not-utf8", "文本文件不是 UTF-8 编码。", "the text file is not UTF-8.");
        }
        var stored = await archive.AddAsync(new DocumentToStore(CurrentTeam.Of(http), Blank(dealId), Blank(exchangeId), kind, fileName, contentType, received.Bytes, Blank(customer)),
            text, cancellationToken);
        return TypedResults.Created($"/v1/documents/{stored.Id}", DocumentDetails.Of(stored, withText: false));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // What the name or the declared type says the file is; the package itself must then agree.
    private static PackageKind? ExpectedKind(string fileName, string contentType)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".pptx" or ".potx" or ".ppsx" || contentType.Contains("presentationml", StringComparison.OrdinalIgnoreCase))
            return PackageKind.Presentation;
        if (extension is ".docx" or ".dotx" || contentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase))
            return PackageKind.Word;
        return null;
    }

    /// <summary>A received name made harmless: its last path segment, no control characters, at most 200 characters.</summary>
    public static string SafeName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim().Trim('.');
        if (clean.Length > 200)
            clean = clean[..200];
        return clean.Length == 0 ? "document" : clean;
    }

    private static bool Instant(string? value, bool end, out DateTime? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // A date means the whole day (UTC): from its start, to the end of it.
            instant = (end ? date.AddDays(1) : date).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            instant = time.UtcDateTime;
            return true;
        }
        return false;
    }

    private static ProblemHttpResult NotFound(HttpContext http, string id) =>
        CallerProblem(http, StatusCodes.Status404NotFound, "not-found", $"找不到文档 {id}。", $"no document {id}.");

    private static ProblemHttpResult Bad(HttpContext http, string parameter, string zh, string en) =>
        CallerProblem(http, StatusCodes.Status400BadRequest, "bad-parameter:" + parameter, zh, en);

    private static ProblemHttpResult CallerProblem(HttpContext http, int status, string code, string zh, string en) =>
        (ProblemHttpResult)CallerLanguage.Problem(http, status, code, zh, en);

    /// <summary>An uploaded file read into memory within the size limit, or the problem that stopped it.</summary>
    private sealed record Received(byte[] Bytes, string ContentType, string? FileName)
    {
        public bool LooksLikeZip => Bytes.Length >= 2 && Bytes[0] == 0x50 && Bytes[1] == 0x4B;

        public static async Task<(Received? File, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, long limit, CancellationToken cancellationToken)
        {
            var request = http.Request;
            if (request.ContentLength > limit)
                return (null, TooLarge(http, limit));
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                size.MaxRequestBodySize = limit;
            try
            {
                if (request.HasFormContentType)
                {
                    var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, cancellationToken);
                    if (form.Files.GetFile("file") is not { } part)
                        return (null, CallerProblem(http, StatusCodes.Status400BadRequest, "no-file", "表单中没有 file 字段。", "the form has no 'file' field."));
                    if (part.Length > limit)
                        return (null, TooLarge(http, limit));
                    using var copy = new MemoryStream((int)part.Length);
                    await part.CopyToAsync(copy, cancellationToken);
                    return (new Received(copy.ToArray(), part.ContentType ?? "application/octet-stream", part.FileName), null);
                }
                using var body = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (body.Length + read > limit)
                        return (null, TooLarge(http, limit));
                    body.Write(buffer, 0, read);
                }
                if (body.Length == 0)
                    return (null, CallerProblem(http, StatusCodes.Status400BadRequest, "empty", "请求体为空，没有文件。", "the request body is empty: no file."));
                var fileName = ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
                    ? (disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value?.Trim('"'))
                    : null;
                return (new Received(body.ToArray(), request.ContentType ?? "application/octet-stream", fileName), null);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return (null, TooLarge(http, limit));
            }
            catch (InvalidDataException)
            {
                // The multipart reader's own limit, or a malformed form.
                return request.ContentLength is null or > 0 && request.HasFormContentType
                    ? (null, CallerProblem(http, StatusCodes.Status400BadRequest, "bad-form", "multipart 表单格式错误或过大。", "the multipart form is malformed or too large."))
                    : (null, TooLarge(http, limit));
            }
        }

        private static ProblemHttpResult TooLarge(HttpContext http, long limit) =>
            CallerProblem(http, StatusCodes.Status413PayloadTooLarge, "too-large",
                $"上传的文件超过上限 {limit:N0} 字节。", $"the upload is larger than the limit of {limit:N0} bytes.");
    }
}

/// <summary>A stored document's metadata, with its extracted text when asked for one document.</summary>
public sealed record DocumentDetails(Guid Id, string Name, string Kind, string? DealId, string? ExchangeId, string? Customer,
    string ContentType, long Size, string Sha256, DateTimeOffset CreatedAt, string? Text)
{
    public static DocumentDetails Of(StoredDocument document, bool withText)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentDetails(document.Id, document.Name, document.Kind, document.DealId, document.ExchangeId, document.Customer,
            document.ContentType, document.Size, document.Sha256, new DateTimeOffset(DateTime.SpecifyKind(document.CreatedAt, DateTimeKind.Utc)),
            withText ? document.Text : null);
    }
}
