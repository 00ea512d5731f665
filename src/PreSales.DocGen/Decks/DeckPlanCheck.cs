using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using PreSales.DocGen.Deals;
using System.Text.RegularExpressions;

namespace PreSales.DocGen.Decks;

/// <summary>
/// Checks a plan file the serializer accepted but the renderer cannot use: a <c>null</c> where a value belongs
/// (an edited plan's <c>"title": null</c> reaches the records as null despite their types) and numbers out of range.
/// Also turns the serializer's type errors into words a user can act on. The first problem is reported, with its
/// JSON path.
/// </summary>
internal static partial class DeckPlanCheck
{
    /// <summary>The longest exchange a plan may budget, as in deal files (a day).</summary>
    public const int MaxMinutes = 1440;

    public static void Check(DeckPlan plan, string source)
    {
        var at = new Place(source);
        at.NotNull(plan.Brief, "$.brief");
        at.NotNull(plan.Customer, "$.customer");
        at.NotNull(plan.Slides, "$.slides");
        if (plan.DurationMinutes is < 1 or > MaxMinutes)
            at.Fail("$.durationMinutes", $"取值 {plan.DurationMinutes} 超出范围 1–{MaxMinutes}", $"value {plan.DurationMinutes} is outside 1–{MaxMinutes}");
        at.Each(plan.Brief.Audience, "$.brief.audience", a => a.Name, "name");
        at.Strings(plan.Brief.Structure, "$.brief.structure");
        for (var i = 0; i < plan.Slides.Count; i++)
            Slide(plan.Slides[i], $"$.slides[{i}]", at);
    }

    private static void Slide(PlannedSlide? slide, string path, Place at)
    {
        at.NotNull(slide, path);
        at.NotNull(slide!.Title, $"{path}.title");
        Items(slide.Body, $"{path}.body", at);
        Items(slide.SecondColumn, $"{path}.secondColumn", at);
        if (slide.Table is { } table)
        {
            at.Strings(table.Header, $"{path}.table.header");
            at.NotNull(table.Rows, $"{path}.table.rows");
            for (var r = 0; r < table.Rows.Count; r++)
                at.Strings(table.Rows[r], $"{path}.table.rows[{r}]");
        }
        if (slide.Chart is { } chart)
        {
            at.Strings(chart.Categories, $"{path}.chart.categories");
            at.NotNull(chart.Series, $"{path}.chart.series");
            for (var s = 0; s < chart.Series.Count; s++)
            {
                at.NotNull(chart.Series[s], $"{path}.chart.series[{s}]");
                at.NotNull(chart.Series[s].Name, $"{path}.chart.series[{s}].name");
                at.NotNull(chart.Series[s].Values, $"{path}.chart.series[{s}].values");
            }
        }
        if (slide.Timeline is { } timeline)
            at.Each(timeline.Steps, $"{path}.timeline.steps", s => s.Label, "label");
        if (slide.Image is { } image)
            at.NotNull(image.Path, $"{path}.image.path");
        if (slide.Notes is { } notes)
        {
            at.NotNull(notes.TalkTrack, $"{path}.notes.talkTrack");
            if (!(notes.Minutes is >= 0 and <= MaxMinutes))
                at.Fail($"{path}.notes.minutes", $"取值 {notes.Minutes} 超出范围 0–{MaxMinutes}", $"value {notes.Minutes} is outside 0–{MaxMinutes}");
        }
    }

    private static void Items(IReadOnlyList<BodyItem>? items, string path, Place at) =>
        at.Each(items, path, b => b.Text, "text");

    /// <summary>
    /// Words for the serializer's "could not be converted to X": the values an enum takes, or the kind of value
    /// expected; never a .NET type name.
    /// </summary>
    public static (string Chinese, string English) Explain(JsonException e)
    {
        var target = ConvertedTo().Match(e.Message);
        if (!target.Success)
            return (e.Message.Split(". Path:")[0], e.Message.Split(". Path:")[0]);
        var name = target.Groups[1].Value.TrimEnd('.');
        var type = typeof(DeckPlan).Assembly.GetType(name);
        if (type is { IsEnum: true })
        {
            var values = string.Join(", ", type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f =>
                f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(f.Name)));
            return ($"未知的取值；可选值：{values}", $"unknown value; expected one of: {values}");
        }
        return name switch
        {
            "System.String" => ("类型不对：应为文本", "wrong type: expected a string"),
            "System.Double" or "System.Int32" => ("类型不对：应为数字", "wrong type: expected a number"),
            _ when name.StartsWith("System.Collections", StringComparison.Ordinal) => ("类型不对：应为数组", "wrong type: expected an array"),
            _ => ("此处的值类型不对", "the value here has the wrong type"),
        };
    }

    /// <summary>
    /// Fails on the first text holding half a surrogate pair ("\ud800"), which no .NET string can be read from:
    /// the serializer would report it as a type it cannot convert.
    /// </summary>
    public static void Characters(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return; // the serializer reports the syntax error with its line
        }
        using (document)
        {
            var problems = new List<DealProblem>();
            DealConsistency.UnpairedSurrogates(document.RootElement, "$", DealProblemText.For(DealLanguage.ZhCN), problems);
            if (problems.Count > 0)
                new Place(source).Fail(problems[0].Path, "文本含有无效字符（不成对的代理项转义，如 \\ud800）；请删除它",
                    "the text holds an invalid character (an unpaired surrogate escape such as \\ud800); remove it");
        }
    }

    [GeneratedRegex(@"could not be converted to ([\w.`\[\]]+)")]
    private static partial Regex ConvertedTo();

    /// <summary>The plan file being checked; fails with the file, the JSON path and the problem.</summary>
    private sealed record Place(string Source)
    {
        public void NotNull(object? value, string path)
        {
            if (value is null)
                Fail(path, "不能为 null", "must not be null");
        }

        /// <summary>A list of texts that is present, none of them null.</summary>
        public void Strings(IReadOnlyList<string?>? texts, string path) => Each(texts, path, t => t, null);

        /// <summary>A list that is present, none of its items null, nor the text each holds in <paramref name="member"/>.</summary>
        public void Each<T>(IReadOnlyList<T?>? items, string path, Func<T, string?> text, string? member)
            where T : class
        {
            NotNull(items, path);
            for (var i = 0; i < items!.Count; i++)
            {
                NotNull(items[i], $"{path}[{i}]");
                if (member is not null)
                    NotNull(text(items[i]!), $"{path}[{i}].{member}");
            }
        }

        public void Fail(string path, string chinese, string english) =>
            throw new DeckInputException($"{Source}({path}):{chinese}", $"{Source} ({path}): {english}");
    }
}
