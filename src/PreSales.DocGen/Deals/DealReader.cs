using System.Globalization;
using System.Text;
using System.Text.Json;
using Json.Schema;

namespace PreSales.DocGen.Deals;

/// <summary>
/// Reads deal files. Every check runs before any is reported, so a user fixes a file in one pass:
/// size, UTF-8, JSON syntax, then the schema (types, required fields, enum values, scales), then consistency
/// (unique ids, references).
/// </summary>
public static class DealReader
{
    /// <summary>The largest deal file accepted; real deals are a few hundred kilobytes.</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(DealSchema.Text));

    // The schema as JSON, for the explainer to look up allowed values and scales; parsed once, read by any thread.
    private static readonly Lazy<JsonElement> SchemaJson = new(() => JsonSerializer.Deserialize<JsonElement>(DealSchema.Text));

    // A valid deal (nearly every read) needs only the verdict: the flag stops at the first error and keeps no
    // per-node results. Only an invalid one is evaluated again with the list that names every error.
    private static readonly EvaluationOptions Verdict = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions EveryError = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Reads a deal file from disk.</summary>
    /// <param name="path">The file.</param>
    /// <param name="fallback">The language for messages when the file does not say its own.</param>
    public static DealLoad ReadFile(string path, DealLanguage fallback = DealLanguage.ZhCN)
    {
        var text = DealProblemText.For(fallback);
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (!file.Exists)
                return Fail(text.FileNotFound(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Fail(text.FileNotFound(path));
        }
        if (file.Length > MaxFileBytes)
            return Fail(text.TooLarge(file.Length, MaxFileBytes));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(text.CannotRead(path, e.Message));
        }
        return Read(bytes, fallback);
    }

    /// <summary>Reads a deal from UTF-8 bytes; messages in the deal's language, else <paramref name="fallback"/>.</summary>
    public static DealLoad Read(ReadOnlySpan<byte> utf8, DealLanguage fallback = DealLanguage.ZhCN) => Read(utf8, fallback, followDeal: true);

    /// <summary>Reads a deal from UTF-8 bytes with every message in <paramref name="language"/> (the caller's, over HTTP).</summary>
    public static DealLoad ReadIn(ReadOnlySpan<byte> utf8, DealLanguage language) => Read(utf8, language, followDeal: false);

    private static DealLoad Read(ReadOnlySpan<byte> utf8, DealLanguage fallback, bool followDeal)
    {
        var text = DealProblemText.For(fallback);
        if (utf8.Length > MaxFileBytes)
            return Fail(text.TooLarge(utf8.Length, MaxFileBytes));
        if (utf8.StartsWith("\uFEFF"u8))
            utf8 = utf8[3..];
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
            return Fail(text.NotUtf8(LineOfFirstInvalidByte(utf8)));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            // The parser's own message is English and counts from 0 in bytes: the place is told here, 1-based, in characters.
            var syntax = LanguageNamed(utf8) is { } named ? DealProblemText.For(named) : text;
            var (line, column, found) = SyntaxErrorPlace(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            return Fail(syntax.NotJson(line, column, found));
        }
        using (document)
        {
            text = DealProblemText.For((followDeal ? LanguageOf(document.RootElement) : null) ?? fallback);
            var problems = SchemaProblems(document.RootElement, text);
            problems.AddRange(DealConsistency.Check(document.RootElement, text));
            if (problems.Count > 0)
                return new DealLoad(null, problems);
            try
            {
                return new DealLoad(document.RootElement.Deserialize<Deal>(DealJson.Options) ?? throw new JsonException("null"), []);
            }
            catch (JsonException e)
            {
                // The schema is generated from the model, so this is a bug, but still reported as a problem.
                return Fail(new DealProblem(e.Path ?? "$", FirstSentence(e.Message)));
            }
        }
    }

    private static DealLoad Fail(DealProblem problem) => new(null, [problem]);

    private static DealLanguage? LanguageOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("language", out var lang)
        && lang.ValueKind == JsonValueKind.String
            ? lang.GetString() switch { "en-US" => DealLanguage.EnUS, "zh-CN" => DealLanguage.ZhCN, _ => null }
            : null;

    private static List<DealProblem> SchemaProblems(JsonElement root, DealProblemText text)
    {
        if (Schema.Value.Evaluate(root, Verdict).IsValid)
            return [];
        var results = Schema.Value.Evaluate(root, EveryError);
        var explainer = new SchemaErrorExplainer(SchemaJson.Value, root, text);
        var problems = new List<DealProblem>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null)
                continue;
            foreach (var (keyword, message) in detail.Errors)
                problems.AddRange(explainer.Explain(detail, keyword, message));
        }
        return problems.Distinct().ToList();
    }

    // A file that is not JSON still says its language, most often: "language": "en-US".
    private static DealLanguage? LanguageNamed(ReadOnlySpan<byte> utf8)
    {
        var match = System.Text.RegularExpressions.Regex.Match(Encoding.UTF8.GetString(utf8), "\"language\"\\s*:\\s*\"(zh-CN|en-US)\"",
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return !match.Success ? null : match.Groups[1].Value == "en-US" ? DealLanguage.EnUS : DealLanguage.ZhCN;
    }

    /// <summary>
    /// The 1-based line and column (in characters, as an editor counts) of the parser's 0-based line and byte offset,
    /// and the character found there (quoted), or null at the end of the file.
    /// </summary>
    private static (long Line, long Column, string? Found) SyntaxErrorPlace(ReadOnlySpan<byte> utf8, long line, long byteInLine)
    {
        var start = 0;
        for (long l = 0; l < line && start < utf8.Length; l++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
                break;
            start += next + 1;
        }
        var end = (int)Math.Min(utf8.Length, start + byteInLine);
        var column = Encoding.UTF8.GetCharCount(utf8[start..end]) + 1;
        var rest = Encoding.UTF8.GetString(utf8[end..Math.Min(utf8.Length, end + 8)]);
        if (utf8[end..].Trim(" \t\r\n"u8).IsEmpty || rest.Length == 0)
            return (line + 1, column, null);
        var found = char.IsSurrogate(rest[0]) && rest.Length > 1 ? rest[..2] : rest[..1];
        return (line + 1, column, found == "\"" ? "“\"”" : $"“{found}”");
    }

    private static int LineOfFirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var line = 1;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var start = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != (byte)'\n')
                continue;
            try
            {
                decoder.GetCharCount(utf8[start..i]);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }
            start = i + 1;
            line++;
        }
        return line;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    internal static string ToJsonPath(string pointer)
    {
        var builder = new StringBuilder("$");
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                builder.Append('[').Append(segment).Append(']');
            else
                builder.Append('.').Append(segment);
        }
        return builder.ToString();
    }
}
