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
            return Fail(text.NotJson((e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, FirstSentence(e.Message)));
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
        var results = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
            return [];
        var explainer = new SchemaErrorExplainer(DealSchema.Text, root, text);
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
