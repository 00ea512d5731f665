using System.Text.Json.Nodes;
using PreSales.DocGen.Decks;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>Edited plan files: every mistake a user can type is one message naming the place, never a crash.</summary>
public class DeckPlanFileTests
{
    private static readonly string Json = DeckPlanJson.Serialize(DeckPlanner.Plan(DeckDeals.Telecom(), new DeckRequest()).Plan);

    private static string Edit(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(Json)!;
        edit(node);
        return node.ToJsonString();
    }

    private static DeckInputException Refused(string json) =>
        Assert.Throws<DeckInputException>(() => DeckPlanJson.Deserialize(json, "plan.json"));

    private static JsonNode Slide(JsonNode plan, string kind) =>
        plan["slides"]!.AsArray().First(s => (string?)s!["kind"] == kind || (kind == "table" && s!["table"] is not null))!;

    public static TheoryData<string, string> Nulls => new()
    {
        { "slides", "$.slides" },
        { "slide", "$.slides[1]" },
        { "title", "$.slides[3].title" },
        { "body", "$.slides[3].body" },
        { "bullet", "$.slides[3].body[0]" },
        { "text", "$.slides[3].body[0].text" },
        { "brief", "$.brief" },
        { "talkTrack", "$.slides[3].notes.talkTrack" },
    };

    [Theory]
    [MemberData(nameof(Nulls))]
    public void A_null_where_a_value_belongs_is_named_by_its_path(string what, string path)
    {
        var json = Edit(p =>
        {
            var slide = p["slides"]![3]!;
            switch (what)
            {
                case "slides": p["slides"] = null; break;
                case "slide": p["slides"]![1] = null; break;
                case "title": slide["title"] = null; break;
                case "body": slide["body"] = null; break;
                case "bullet": slide["body"]![0] = null; break;
                case "text": slide["body"]![0]!["text"] = null; break;
                case "brief": p["brief"] = null; break;
                case "talkTrack": slide["notes"]!["talkTrack"] = null; break;
            }
        });
        var e = Refused(json);
        Assert.Equal($"plan.json ({path}): must not be null", e.English);
        Assert.Equal($"plan.json({path}):不能为 null", e.Chinese);
    }

    [Fact]
    public void Null_table_cells_chart_values_and_timeline_steps_are_named()
    {
        Assert.Contains(".table.rows[0][1]", Refused(Edit(p => Slide(p, "table")["table"]!["rows"]![0]![1] = null)).English, StringComparison.Ordinal);
        Assert.Contains(".chart.series[0].values", Refused(Edit(p => p["slides"]!.AsArray().First(s => s!["chart"] is not null)!["chart"]!["series"]![0]!["values"] = null)).English, StringComparison.Ordinal);
        Assert.Contains(".timeline.steps[0]", Refused(Edit(p => p["slides"]!.AsArray().First(s => s!["timeline"] is not null)!["timeline"]!["steps"]![0] = null)).English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-5.0)]
    [InlineData(1e300)]
    public void Slide_minutes_out_of_range_are_refused(double minutes)
    {
        var e = Refused(Edit(p => p["slides"]![2]!["notes"]!["minutes"] = minutes));
        Assert.Contains("$.slides[2].notes.minutes", e.English, StringComparison.Ordinal);
        Assert.Contains("outside 0–1440", e.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deck_length_out_of_range_is_refused()
    {
        Assert.Contains("$.durationMinutes", Refused(Edit(p => p["durationMinutes"] = -1)).English, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_errors_say_what_is_expected_in_words_not_dotnet_type_names()
    {
        var kind = Refused(Edit(p => p["slides"]![2]!["kind"] = "hologram"));
        Assert.Contains("expected one of: title, agenda, section, content, twoColumns, closing", kind.English, StringComparison.Ordinal);
        Assert.Contains("可选值", kind.Chinese, StringComparison.Ordinal);
        Assert.Contains("expected one of: zh-CN, en-US", Refused(Edit(p => p["language"] = "fr-FR")).English, StringComparison.Ordinal);
        Assert.Contains("expected an array", Refused(Edit(p => p["slides"]![2]!["body"] = "text")).English, StringComparison.Ordinal);
        Assert.Contains("expected a number", Refused(Edit(p => p["slides"]!.AsArray().First(s => s!["chart"] is not null)!["chart"]!["series"]![0]!["values"]![0] = "x")).English, StringComparison.Ordinal);
        foreach (var e in new[] { kind, Refused(Edit(p => p["slides"]![2]!["notes"]!["minutes"] = "five")), Refused("[]") })
        {
            Assert.DoesNotContain("PreSales.", e.English, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", e.English, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_named_as_an_invalid_character()
    {
        var json = Edit(p => p["slides"]![2]!["title"] = "SURROGATE").Replace("SURROGATE", "a\\ud800b", StringComparison.Ordinal);
        var e = Refused(json);
        Assert.Contains("$.slides[2].title", e.English, StringComparison.Ordinal);
        Assert.Contains("unpaired surrogate", e.English, StringComparison.Ordinal);
    }
}
