using System.Text.Json;

namespace PreSales.DocGen.Review.Rules;

/// <summary>One rule's changes from a rules file.</summary>
/// <param name="Enabled">Whether it runs (null: default, on).</param>
/// <param name="Severity">Its severity, when changed.</param>
/// <param name="Thresholds">Changed thresholds by name.</param>
public sealed record RuleOverride(bool? Enabled, Severity? Severity, IReadOnlyDictionary<string, double> Thresholds);

/// <summary>
/// The rules file: <c>{ "rules": { "text-heavy": { "enabled": true, "severity": "tip", "maxBullets": 8 } } }</c>.
/// Unknown ids, severities and threshold names are problems, never silently ignored.
/// </summary>
public sealed record RuleSettings(IReadOnlyDictionary<string, RuleOverride> Overrides)
{
    /// <summary>No changes: every rule on, at its default severity and thresholds.</summary>
    public static RuleSettings Default { get; } = new(new Dictionary<string, RuleOverride>());

    /// <summary>Whether a rule runs.</summary>
    public bool IsEnabled(Rule rule) => Overrides.GetValueOrDefault(rule.Id)?.Enabled ?? true;

    /// <summary>A rule's severity.</summary>
    public Severity SeverityOf(Rule rule) => Overrides.GetValueOrDefault(rule.Id)?.Severity ?? rule.Severity;

    /// <summary>A rule's threshold.</summary>
    public double ThresholdOf(Rule rule, string name)
    {
        if (Overrides.TryGetValue(rule.Id, out var changed) && changed.Thresholds.TryGetValue(name, out var value))
            return value;
        return rule.Thresholds.TryGetValue(name, out var fallback) ? fallback : throw new ArgumentException($"rule {rule.Id} has no threshold {name}", nameof(name));
    }

    /// <summary>Parses a rules file's text; problems name the place and what is wrong.</summary>
    public static (RuleSettings? Settings, IReadOnlyList<string> Problems) Parse(string json)
    {
        var problems = new List<string>();
        var overrides = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Object)
                return (null, ["$: expected an object with \"rules\": { \"<rule-id>\": { ... } }"]);
            foreach (var entry in rules.EnumerateObject())
            {
                var rule = RuleRegistry.Find(entry.Name);
                if (rule is null)
                    problems.Add($"$.rules.{entry.Name}: unknown rule id (known: {string.Join(", ", RuleRegistry.All.Select(r => r.Id))})");
                else if (entry.Value.ValueKind != JsonValueKind.Object)
                    problems.Add($"$.rules.{entry.Name}: expected an object");
                else
                    overrides[rule.Id] = OverrideOf(rule, entry.Value, problems);
            }
        }
        catch (JsonException e)
        {
            // The parser's message ends with its own zero-based "LineNumber: 0 | BytePositionInLine: 1."; one-based once is enough.
            var reason = e.Message.Split(" LineNumber:", 2)[0].Trim();
            return (null, [$"line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: not valid JSON: {reason}"]);
        }
        return problems.Count == 0 ? (new RuleSettings(overrides), problems) : (null, problems);
    }

    private static RuleOverride OverrideOf(Rule rule, JsonElement value, List<string> problems)
    {
        bool? enabled = null;
        Severity? severity = null;
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var where = $"$.rules.{rule.Id}.{property.Name}";
            switch (property.Name)
            {
                case "enabled" when property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    enabled = property.Value.GetBoolean();
                    break;
                case "severity" when property.Value.ValueKind == JsonValueKind.String && Enum.TryParse<Severity>(property.Value.GetString(), true, out var s):
                    severity = s;
                    break;
                case "enabled" or "severity":
                    problems.Add($"{where}: expected {(property.Name == "enabled" ? "true or false" : "\"error\", \"warning\" or \"tip\"")}");
                    break;
                default:
                    if (!rule.Thresholds.ContainsKey(property.Name))
                        problems.Add($"{where}: unknown threshold (known: {(rule.Thresholds.Count == 0 ? "none" : string.Join(", ", rule.Thresholds.Keys))})");
                    else if (property.Value.ValueKind != JsonValueKind.Number)
                        problems.Add($"{where}: expected a number");
                    else if (!property.Value.TryGetDouble(out var number) || number < 0 || !double.IsFinite(number))
                        problems.Add($"{where}: {property.Value.GetRawText()} is out of range; a threshold is a count, size or ratio, 0 or more");
                    else
                        thresholds[property.Name] = number;
                    break;
            }
        }
        return new RuleOverride(enabled, severity, thresholds);
    }
}
