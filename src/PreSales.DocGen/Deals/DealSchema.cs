using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace PreSales.DocGen.Deals;

/// <summary>
/// The JSON Schema of deal files, generated from the model so the two cannot drift.
/// samples/deal.schema.json is a copy a test keeps equal to <see cref="Text"/>.
/// </summary>
public static class DealSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://presales.local/schemas/deal.schema.json";

    private static readonly Lazy<string> LazyText = new(Generate);

    /// <summary>The schema as indented JSON text.</summary>
    public static string Text => LazyText.Value;

    private static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = AddRanges,
        };
        var node = DealJson.Options.GetJsonSchemaAsNode(typeof(Deal), exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "PreSales deal",
            ["description"] = "A pre-sales deal: customer, key facts, stakeholders, competitors, strategy, exchanges.",
        };
        foreach (var (key, value) in node.AsObject().ToList())
        {
            node.AsObject().Remove(key);
            root[key] = value;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = DealJson.Options.Encoder }) + "\n";
    }

    // The exporter knows nothing of scales; [Range] on the model carries them into the schema.
    private static JsonNode AddRanges(JsonSchemaExporterContext context, JsonNode schema)
    {
        var range = context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(RangeAttribute), inherit: false)
            .OfType<RangeAttribute>().FirstOrDefault();
        if (range is not null && schema is JsonObject obj)
        {
            obj["minimum"] = Convert.ToInt32(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
            obj["maximum"] = Convert.ToInt32(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
        }
        return schema;
    }

    /// <summary>Whether a property of the model carries a <see cref="RangeAttribute"/>; used by tests.</summary>
    internal static IEnumerable<PropertyInfo> RangedProperties() =>
        typeof(Deal).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Deal).Namespace)
            .SelectMany(t => t.GetProperties())
            .Where(p => p.GetCustomAttribute<RangeAttribute>() is not null);
}
