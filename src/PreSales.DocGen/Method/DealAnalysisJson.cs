using System.Text.Json.Nodes;
using System.Text.Json;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Method;

/// <summary>The analysis as JSON for scripts and the task pane: codes for machines, labels in the deal's language for people.</summary>
public static class DealAnalysisJson
{
    /// <summary>Writes the analysis as indented JSON.</summary>
    public static string Write(DealAnalysis analysis) =>
        ToNode(analysis).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = DealJson.Options.Encoder }) + "\n";

    /// <summary>The analysis as a JSON object.</summary>
    public static JsonObject ToNode(DealAnalysis a)
    {
        var v = Vocabulary.For(a.Deal.Language);
        return new JsonObject
        {
            ["deal"] = a.Deal.Id,
            ["language"] = a.Deal.Language == DealLanguage.ZhCN ? "zh-CN" : "en-US",
            ["stage"] = Code(a.Deal.Stage, v),
            ["positioning"] = a.Position is { } p ? new JsonObject
            {
                ["importance"] = Code(p.Importance, v),
                ["likelihood"] = Code(p.Likelihood, v),
                ["recommended"] = Code(p.Recommended, v),
                ["chosen"] = Code(p.Chosen, v),
                ["agreesWithMethod"] = p.AgreesWithMethod,
                ["repositionings"] = p.Repositionings,
            } : null,
            ["keyFactGaps"] = Array(a.Gaps.Select(g => new JsonObject
            {
                ["fact"] = Code(g.Fact, v),
                ["status"] = Code(g.Status, v),
                ["blocking"] = g.Blocking,
            })),
            ["competition"] = new JsonObject
            {
                ["hasRatings"] = a.Competition.HasRatings,
                ["mainCompetitor"] = a.Competition.Main?.Name,
                ["stress"] = Array(a.Competition.Stress.Select(e => Code(e, v))),
                ["reframe"] = Array(a.Competition.Reframe.Select(e => Code(e, v))),
                ["competitors"] = Array(a.Competition.Competitors.Select(c => new JsonObject
                {
                    ["id"] = c.Competitor.Id,
                    ["name"] = c.Competitor.Name,
                    ["playDown"] = Array(c.PlayDown.Select(e => Code(e, v))),
                    ["expose"] = Array(c.Expose.Select(e => Code(e, v))),
                    ["weaknesses"] = Array(c.Competitor.Weaknesses.Select(w => JsonValue.Create(w))),
                })),
            },
            ["audience"] = new JsonObject
            {
                ["keyPersons"] = Names(a.Audience.KeyPersons),
                ["supporters"] = Names(a.Audience.Supporters),
                ["neutrals"] = Names(a.Audience.Neutrals),
                ["opponents"] = Names(a.Audience.Opponents),
                ["concerns"] = Points(a.Audience.Concerns),
                ["hotButtons"] = Points(a.Audience.HotButtons),
            },
            ["nextExchange"] = new JsonObject
            {
                ["title"] = a.Checklist.Exchange?.Title,
                ["date"] = a.Checklist.Exchange?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["steps"] = Array(a.Checklist.Steps.Select(s => new JsonObject
                {
                    ["step"] = Code(s.Step, v),
                    ["done"] = s.Done,
                    ["missing"] = Array(s.Missing.Select(m => JsonValue.Create(m))),
                })),
            },
            ["blocking"] = Array(a.Blocking.Select(b => JsonValue.Create(b))),
            ["adjustments"] = Array(a.Adjustments.Select(x => new JsonObject
            {
                ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(x.Kind.ToString()),
                ["text"] = x.Text,
            })),
        };
    }

    private static JsonObject Code<T>(T value, Vocabulary v) where T : struct, Enum => new()
    {
        ["code"] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString()),
        ["label"] = v.Label(value),
    };

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    private static JsonArray Names(IEnumerable<Stakeholder> people) =>
        Array(people.Select(s => new JsonObject { ["id"] = s.Id, ["name"] = s.Name }));

    private static JsonArray Points(IEnumerable<HeldPoint> points) => Array(points.Select(p => new JsonObject
    {
        ["text"] = p.Text,
        ["heldBy"] = Array(p.Holders.Select(h => JsonValue.Create(h.Id))),
    }));
}
