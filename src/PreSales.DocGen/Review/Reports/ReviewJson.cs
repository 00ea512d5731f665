using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Review.Reports;

/// <summary>
/// The review as JSON: <c>{ "deck", "slides", "score", "scores": {category: 0-100}, "estimatedMinutes",
/// "findings": [ { "rule", "severity", "slide", "shape", "message", "suggestion" } ] }</c>.
/// </summary>
public static class ReviewJson
{
    /// <summary>Writes the report in one language.</summary>
    public static string Write(ReviewResult result, DealLanguage language)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("deck", result.Deck.FileName);
            json.WriteNumber("slides", result.Deck.Slides.Count);
            json.WriteNumber("score", result.Score.Overall);
            json.WriteStartObject("scores");
            foreach (var (category, score) in result.Score.ByCategory)
                json.WriteNumber(Name(category), score);
            json.WriteEndObject();
            json.WriteNumber("estimatedMinutes", result.EstimatedMinutes);
            if (result.AllottedMinutes is { } allotted)
                json.WriteNumber("allottedMinutes", allotted);
            json.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                json.WriteStartObject();
                json.WriteString("rule", finding.Rule);
                json.WriteString("severity", Name(finding.Severity));
                if (finding.Slide is { } slide)
                    json.WriteNumber("slide", slide);
                else
                    json.WriteNull("slide");
                if (finding.Shape is { } shape)
                    json.WriteString("shape", shape);
                else
                    json.WriteNull("shape");
                json.WriteString("message", finding.Message.In(language));
                json.WriteString("suggestion", finding.Suggestion.In(language));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The JSON name of a severity.</summary>
    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The JSON name of a category.</summary>
    public static string Name(RuleCategory category) => category.ToString().ToLowerInvariant();
}
