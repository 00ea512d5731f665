using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Rules;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>The rules file: enable/disable, severity, thresholds; unknown names are problems.</summary>
public class RuleSettingsTests
{
    private static readonly TestDeck EightBullets = new TestDeck().Slide(s => s.Title("多").Bullets("1", "2", "3", "4", "5", "6", "7", "8"));

    [Fact]
    public void Every_rule_has_a_unique_id_a_rationale_in_both_languages_and_declared_thresholds()
    {
        Assert.Equal(RuleRegistry.All.Count, RuleRegistry.All.Select(r => r.Id).Distinct().Count());
        Assert.Equal(40, RuleRegistry.All.Count);
        Assert.All(RuleRegistry.All, r =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale.Chinese));
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale.English));
        });
    }

    [Fact]
    public void A_rules_file_changes_thresholds_severity_and_can_disable()
    {
        var (raised, _) = RuleSettings.Parse("""{ "rules": { "text-heavy": { "maxBullets": 10 } } }""");
        Assert.Empty(SampleDecks.Findings(SampleDecks.Review(EightBullets, settings: raised), "text-heavy"));

        var (tip, _) = RuleSettings.Parse("""{ "rules": { "text-heavy": { "severity": "tip" } } }""");
        Assert.Equal(Severity.Tip, Assert.Single(SampleDecks.Findings(SampleDecks.Review(EightBullets, settings: tip), "text-heavy")).Severity);

        var (off, _) = RuleSettings.Parse("""{ "rules": { "text-heavy": { "enabled": false } } }""");
        Assert.Empty(SampleDecks.Findings(SampleDecks.Review(EightBullets, settings: off), "text-heavy"));
    }

    [Theory]
    [InlineData("""{ "rules": { "no-such-rule": {} } }""", "$.rules.no-such-rule: unknown rule id")]
    [InlineData("""{ "rules": { "text-heavy": { "maxBulets": 3 } } }""", "$.rules.text-heavy.maxBulets: unknown threshold")]
    [InlineData("""{ "rules": { "text-heavy": { "severity": "fatal" } } }""", "$.rules.text-heavy.severity: expected")]
    [InlineData("""{ "rules": { "text-heavy": { "maxBullets": "six" } } }""", "expected a number")]
    [InlineData("""[1, 2]""", "expected an object")]
    [InlineData("""{ "rules": { """, "line")]
    public void Problems_name_the_place(string json, string expected)
    {
        var (settings, problems) = RuleSettings.Parse(json);
        Assert.Null(settings);
        Assert.Contains(problems, p => p.Contains(expected));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1e400")]
    public void A_negative_or_infinite_threshold_is_a_problem_named_by_its_path(string value)
    {
        var (settings, problems) = RuleSettings.Parse($$"""{ "rules": { "text-heavy": { "maxBullets": {{value}} } } }""");
        Assert.Null(settings);
        Assert.Contains(problems, p => p.StartsWith("$.rules.text-heavy.maxBullets: ", StringComparison.Ordinal) && p.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_json_is_reported_once_with_a_one_based_line_and_column()
    {
        var (settings, problems) = RuleSettings.Parse("{\n  bad");
        Assert.Null(settings);
        var problem = Assert.Single(problems);
        Assert.StartsWith("line 2, column 3: not valid JSON", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem, StringComparison.Ordinal);
    }
}
