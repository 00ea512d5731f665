using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace PreSales.AddinHost.Generation;

/// <summary>
/// A file answer: its content type and a Content-Disposition per RFC 6266: <c>filename*</c> in UTF-8 (Chinese names
/// survive) and an ASCII <c>filename</c> for old clients.
/// </summary>
public static class FileDownload
{
    public const string PowerPoint = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <param name="http">The request.</param>
    /// <param name="bytes">The file.</param>
    /// <param name="contentType">Its MIME type.</param>
    /// <param name="fileName">The name by the naming convention.</param>
    /// <param name="asciiName">The fallback for clients without RFC 5987 (used when the name is not ASCII).</param>
    /// <param name="documentId">The knowledge base's id of the file, sent as X-Document-Id.</param>
    public static FileContentHttpResult Of(HttpContext http, byte[] bytes, string contentType, string fileName, string? asciiName = null, Guid? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(fileName);
        if (documentId is { } id)
            http.Response.Headers["X-Document-Id"] = id.ToString();
        var ascii = fileName.All(char.IsAscii) ? fileName : asciiName ?? Ascii(fileName);
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = Quote(ascii) };
        disposition.SetHttpFileName(fileName);
        disposition.FileName = Quote(ascii);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(bytes, contentType);
    }

    private static string Quote(string name) => "\"" + name.Replace("\\", "_", StringComparison.Ordinal).Replace("\"", "_", StringComparison.Ordinal) + "\"";

    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Where(c => char.IsAscii(c) && !char.IsControl(c)))
            builder.Append(c);
        var text = builder.ToString().Trim('-', ' ');
        return text.Length == 0 || text.StartsWith('.') ? "file" + text : text;
    }
}
