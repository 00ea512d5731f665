using System.Text.Json;
using Json.Schema;

namespace PreSales.DocGen.Deals;

/// <summary>
/// Turns the schema validator's errors into messages a deal author understands, naming the allowed values,
/// the scale or the missing field by looking them up in the schema itself.
/// </summary>
internal sealed class SchemaErrorExplainer(JsonElement schema, JsonElement root, DealProblemText text)
{
    public IEnumerable<DealProblem> Explain(EvaluationResults detail, string keyword, string fallback)
    {
        var pointer = detail.InstanceLocation.ToString();
        var path = DealReader.ToJsonPath(pointer);
        var schemaNode = SchemaFor(pointer);
        var instance = InstanceAt(pointer);
        switch (keyword)
        {
            case "required":
                var required = Member(schemaNode, "required") is { ValueKind: JsonValueKind.Array } names
                    ? names.EnumerateArray().Select(n => n.GetString()!) : [];
                foreach (var name in required)
                {
                    if (instance is { ValueKind: JsonValueKind.Object } obj && !obj.TryGetProperty(name, out _))
                        yield return new DealProblem($"{path}.{name}", text.Missing());
                }
                yield break;
            case "enum":
                var allowed = Member(schemaNode, "enum") is { ValueKind: JsonValueKind.Array } values
                    ? values.EnumerateArray().Select(Json) : [];
                yield return new DealProblem(path, text.UnknownValue(Show(instance), string.Join(", ", allowed)));
                yield break;
            case "minimum":
            case "maximum":
                yield return new DealProblem(path, text.OutOfScale(Show(instance),
                    Member(schemaNode, "minimum") is { } min ? Json(min) : "?", Member(schemaNode, "maximum") is { } max ? Json(max) : "?"));
                yield break;
            case "format":
                yield return new DealProblem(path, text.BadFormat(Show(instance), Member(schemaNode, "format")?.GetString() ?? "?"));
                yield break;
            case "type":
                yield return new DealProblem(path, text.WrongType(Show(instance), TypeName(Member(schemaNode, "type"))));
                yield break;
            case "additionalProperties":
            case "unevaluatedProperties":
                yield break; // reported per property below, as the false schema
            case "$ref":
            case "":
            case "false":
                if (schemaNode is null)
                    yield return new DealProblem(path, text.UnknownProperty());
                else
                    yield return new DealProblem(path, fallback);
                yield break;
            default:
                yield return new DealProblem(path, $"{keyword}: {fallback}");
                yield break;
        }
    }

    // The schema is generated fully inlined, so the subschema of a value is found by walking the instance path.
    private JsonElement? SchemaFor(string pointer)
    {
        JsonElement? node = schema;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = Member(Member(node, "properties"), segment) ?? Member(node, "items");
        }
        return node;
    }

    private static JsonElement? Member(JsonElement? node, string name) =>
        node is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var value) ? value : null;

    // As the schema's text would be written on its own (the default encoder), e.g. "\"won\"", 5, null.
    private static string Json(JsonElement value) => JsonSerializer.Serialize(value);

    private JsonElement? InstanceAt(string pointer)
    {
        var element = root;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
                element = child;
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var i) && i < element.GetArrayLength())
                element = element[i];
            else
                return null;
        }
        return element;
    }

    private static string Show(JsonElement? value)
    {
        if (value is null)
            return "?";
        var raw = value.Value.GetRawText();
        return raw.Length > 60 ? raw[..57] + "..." : raw;
    }

    private string TypeName(JsonElement? type) => type switch
    {
        { ValueKind: JsonValueKind.Array } a => string.Join(" | ", a.EnumerateArray().Select(t => text.TypeName(t.GetString()!))),
        { ValueKind: JsonValueKind.String } v => text.TypeName(v.GetString()!),
        _ => "?",
    };
}
