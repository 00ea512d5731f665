using System.Globalization;
using System.Text.Json;

namespace PreSales.DocGen.Deals;

/// <summary>
/// Checks what a schema cannot say: unique ids and references that resolve. It reads the JSON itself rather than the
/// deal, so it reports alongside schema problems and the user sees everything in one pass.
/// </summary>
internal static class DealConsistency
{
    public static List<DealProblem> Check(JsonElement root, DealProblemText text)
    {
        var problems = new List<DealProblem>();
        UnpairedSurrogates(root, "$", text, problems);
        if (root.ValueKind != JsonValueKind.Object)
            return problems;
        var stakeholders = UniqueIds(root, "stakeholders", text, problems);
        UniqueIds(root, "competitors", text, problems);
        UniqueIds(root, "cases", text, problems);
        CheckStages(root, stakeholders, text, problems);
        if (Property(root, "strategy") is { } strategy)
            CheckReferences(strategy, "contactOrder", "$.strategy", stakeholders, text, problems);
        foreach (var (exchange, i) in Objects(root, "exchanges"))
        {
            foreach (var (attendee, j) in Objects(exchange, "customerAttendees"))
            {
                var path = $"$.exchanges[{i}].customerAttendees[{j}]";
                var id = String(attendee, "stakeholderId");
                if (id is not null && !stakeholders.ContainsKey(id))
                    problems.Add(new DealProblem($"{path}.stakeholderId", text.UnknownStakeholder(id)));
                if (id is null && string.IsNullOrWhiteSpace(String(attendee, "name")))
                    problems.Add(new DealProblem(path, text.AttendeeWithoutName()));
            }
        }
        return problems;
    }

    // JSON may escape half a surrogate pair ("\ud800"), which no .NET string can be read from and no Office file
    // can hold; each such text is named here rather than failing the whole read with the serializer's message.
    internal static void UnpairedSurrogates(JsonElement element, string path, DealProblemText text, List<DealProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    element.GetString();
                }
                catch (InvalidOperationException)
                {
                    problems.Add(new DealProblem(path, text.UnpairedSurrogate()));
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    UnpairedSurrogates(item, $"{path}[{i++}]", text, problems);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    UnpairedSurrogates(property.Value, $"{path}.{NameOf(property)}", text, problems);
                break;
        }
    }

    private static string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    private static void CheckStages(JsonElement root, Dictionary<string, string> stakeholders, DealProblemText text, List<DealProblem> problems)
    {
        var seen = new Dictionary<int, string>();
        foreach (var (stage, i) in Objects(root, "stages"))
        {
            var path = $"$.stages[{i}]";
            if (Property(stage, "number") is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var number)
                && !seen.TryAdd(number, path))
                problems.Add(new DealProblem($"{path}.number", text.DuplicateStage(number, seen[number])));
            if (Date(stage, "start") is { } start && Date(stage, "end") is { } end && end < start)
                problems.Add(new DealProblem($"{path}.end", text.EndBeforeStart()));
            CheckReferences(stage, "audience", path, stakeholders, text, problems);
        }
    }

    private static Dictionary<string, string> UniqueIds(JsonElement root, string array, DealProblemText text, List<DealProblem> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, i) in Objects(root, array))
        {
            var here = $"$.{array}[{i}].id";
            if (String(item, "id") is { } id && !seen.TryAdd(id, here))
                problems.Add(new DealProblem(here, text.DuplicateId(id, seen[id])));
        }
        return seen;
    }

    private static void CheckReferences(JsonElement owner, string array, string ownerPath, Dictionary<string, string> stakeholders, DealProblemText text, List<DealProblem> problems)
    {
        if (Property(owner, array) is not { ValueKind: JsonValueKind.Array } ids)
            return;
        var i = 0;
        foreach (var id in ids.EnumerateArray())
        {
            if (id.ValueKind == JsonValueKind.String && !stakeholders.ContainsKey(id.GetString()!))
                problems.Add(new DealProblem($"{ownerPath}.{array}[{i}]", text.UnknownStakeholder(id.GetString()!)));
            i++;
        }
    }

    private static JsonElement? Property(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) ? value : null;

    private static string? String(JsonElement owner, string name) =>
        Property(owner, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static DateOnly? Date(JsonElement owner, string name) =>
        DateOnly.TryParseExact(String(owner, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    // Items of an array that are objects, with their index; anything of the wrong shape is the schema's to report.
    private static IEnumerable<(JsonElement Item, int Index)> Objects(JsonElement owner, string array)
    {
        if (Property(owner, array) is not { ValueKind: JsonValueKind.Array } items)
            yield break;
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
                yield return (item, i);
            i++;
        }
    }
}
