using Microsoft.Net.Http.Headers;

namespace PreSales.AddinHost.Http;

/// <summary>A file received in a request: its bytes and the name the caller gave (shown and stored, never a path).</summary>
public sealed record Upload(byte[] Bytes, string FileName);

/// <summary>
/// Reads request bodies with the checks every endpoint needs: the content type (415), the size limit (413, before and
/// while reading), and uploads as a raw body or a multipart field <c>file</c>.
/// </summary>
public sealed class RequestBody(long maxUploadBytes)
{
    public const string PowerPoint = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string PowerPointTemplate = "application/vnd.openxmlformats-officedocument.presentationml.template";
    public const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string WordTemplate = "application/vnd.openxmlformats-officedocument.wordprocessingml.template";
    public const string OctetStream = "application/octet-stream";

    /// <summary>The largest upload accepted (PreSales:MaxUploadBytes, 100 MB by default).</summary>
    public long MaxUploadBytes { get; } = maxUploadBytes;

    /// <summary>A JSON body (application/json or any +json), at most <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]> Json(HttpContext http, long limit)
    {
        ArgumentNullException.ThrowIfNull(http);
        var type = MediaType(http);
        if (type is null || !(type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal)))
            throw Unsupported("application/json", type);
        return await Raw(http, limit);
    }

    /// <summary>A text body (text/plain or text/markdown), decoded as UTF-8.</summary>
    public static async Task<byte[]> Text(HttpContext http, long limit)
    {
        ArgumentNullException.ThrowIfNull(http);
        var type = MediaType(http);
        if (type is not ("text/plain" or "text/markdown" or "text/x-markdown"))
            throw Unsupported("text/plain, text/markdown", type);
        return await Raw(http, limit);
    }

    /// <summary>An uploaded file: raw with one of <paramref name="types"/> (or octet-stream), or multipart field <c>file</c>.</summary>
    public async Task<Upload> File(HttpContext http, IReadOnlyCollection<string> types, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(types);
        var type = MediaType(http);
        if (type == "multipart/form-data")
        {
            TooLargeByLength(http, MaxUploadBytes);
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var file = form.Files.GetFile("file")
                ?? throw new ApiProblem(400, "multipart 请求中没有名为 file 的文件字段。", "the multipart request has no file field named 'file'.");
            if (file.Length > MaxUploadBytes)
                throw TooLarge(MaxUploadBytes);
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, http.RequestAborted);
            return new Upload(buffer.ToArray(), string.IsNullOrWhiteSpace(file.FileName) ? defaultName : Path.GetFileName(file.FileName));
        }
        if (type is null || !(types.Contains(type) || type == OctetStream))
            throw Unsupported(string.Join(", ", types.Append(OctetStream).Append("multipart/form-data")), type);
        var name = http.Request.Query["fileName"].FirstOrDefault() is { Length: > 0 } given ? Path.GetFileName(given) : defaultName;
        return new Upload(await Raw(http, MaxUploadBytes), name);
    }

    private static async Task<byte[]> Raw(HttpContext http, long limit)
    {
        TooLargeByLength(http, limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
                throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static void TooLargeByLength(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit)
            throw TooLarge(limit);
    }

    private static string? MediaType(HttpContext http) =>
        MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    private static ApiProblem TooLarge(long limit) =>
        new(413, $"请求正文超过 {Megabytes(limit)} 的上限。", $"the request body is over the limit of {Megabytes(limit)}.");

    private static string Megabytes(long bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MB" : $"{bytes} bytes";

    private static ApiProblem Unsupported(string wanted, string? got) =>
        new(415, $"内容类型应为 {wanted}，而不是 {got ?? "（未给出）"}。", $"the content type must be {wanted}, not {got ?? "(none)"}.");
}
