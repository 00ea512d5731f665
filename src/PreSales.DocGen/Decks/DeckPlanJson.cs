using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PreSales.DocGen.Decks;

/// <summary>The deck plan as JSON (camelCase, enums as camelCase strings) so a user can read and edit it before rendering.</summary>
public static class DeckPlanJson
{
    /// <summary>The plan file version this engine writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes a plan.</summary>
    public static string Serialize(DeckPlan plan) => JsonSerializer.Serialize(plan, Options);

    /// <summary>Reads a plan; a malformed file gives a <see cref="DeckInputException"/> naming the place.</summary>
    public static DeckPlan Deserialize(string json, string source)
    {
        DeckPlanCheck.Characters(json, source);
        try
        {
            var plan = JsonSerializer.Deserialize<DeckPlan>(json, Options)
                ?? throw new DeckInputException($"{source}：文件中没有幻灯片计划", $"{source}: the file holds no deck plan");
            if (plan.SchemaVersion is < 1 or > CurrentVersion)
                throw new DeckInputException(
                    $"{source}：不支持第 {plan.SchemaVersion} 版的幻灯片计划（本版本读取第 {CurrentVersion} 版）",
                    $"{source}: deck plan version {plan.SchemaVersion} is not supported (this version reads {CurrentVersion})");
            DeckPlanCheck.Check(plan, source);
            if (plan.Slides.Count == 0)
                throw new DeckInputException($"{source}：计划中没有幻灯片", $"{source}: the plan has no slides");
            return plan;
        }
        catch (JsonException e)
        {
            var (zhDetail, enDetail) = DeckPlanCheck.Explain(e);
            var (zh, en) = e.LineNumber is { } line ? ($"（第 {line + 1} 行，{e.Path}）", $" (line {line + 1}, {e.Path})") : ("", "");
            throw new DeckInputException($"{source}{zh}：不是有效的幻灯片计划：{zhDetail}", $"{source}{en}: not a valid deck plan: {enDetail}", e);
        }
    }
}
