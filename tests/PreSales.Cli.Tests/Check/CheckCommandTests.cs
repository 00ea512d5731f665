using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Check;

public class CheckCommandTests
{
    [Fact]
    public void The_chinese_sample_prints_the_analysis_in_chinese()
    {
        var result = CliProcess.Run("check", CliProcess.Samples("telecom-pilot.zh-CN.json"));
        Assert.True(result.Exit is 0 or 1, result.Err);
        foreach (var heading in new[] { "商机定位", "六大关键信息", "竞争思维", "听众分析", "下次交流准备清单" })
            Assert.Contains(heading, result.Out);
    }

    [Fact]
    public void The_english_sample_prints_the_analysis_in_english()
    {
        var result = CliProcess.Run("check", CliProcess.Samples("telecom-pilot.en-US.json"));
        Assert.True(result.Exit is 0 or 1, result.Err);
        foreach (var heading in new[] { "Opportunity positioning", "Six key facts", "Competitive thinking", "Audience", "Next exchange checklist" })
            Assert.Contains(heading, result.Out);
        // English output uses English punctuation throughout.
        Assert.DoesNotContain("\uFF08", result.Out); // full-width parenthesis
        Assert.DoesNotContain("\uFF1A", result.Out); // full-width colon
    }

    [Fact]
    public void Json_output_is_json()
    {
        var result = CliProcess.Run("check", CliProcess.Samples("telecom-pilot.zh-CN.json"), "--json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(result.Out)!;
        Assert.Equal("zh-CN", json["language"]!.GetValue<string>());
        Assert.NotNull(json["nextExchange"]!["steps"]);
    }

    [Fact]
    public void A_broken_copy_prints_every_problem_with_its_path_and_exits_2()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var text = File.ReadAllText(CliProcess.Samples("telecom-pilot.en-US.json"))
                .Replace("\"stage\": \"solutionRefinement\"", "\"stage\": \"closing\"")
                .Replace("\"influence\": 5", "\"influence\": 7");
            var path = Path.Combine(dir.FullName, "broken.json");
            File.WriteAllText(path, text);
            var result = CliProcess.Run("check", path);
            Assert.Equal(2, result.Exit);
            Assert.Contains("$.stage: unknown value \"closing\"", result.Err);
            Assert.Contains("outside the scale 1–5", result.Err);
            Assert.DoesNotContain("   at ", result.Err); // no stack trace
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Unusable_input_exits_2_with_a_message()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "not.json");
            File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE]);
            var result = CliProcess.RunIn(null, "en-US", "check", path);
            Assert.Equal(2, result.Exit);
            Assert.Contains("$:", result.Err);
            Assert.Equal(2, CliProcess.RunIn(null, "en-US", "check", Path.Combine(dir.FullName, "missing.json")).Exit);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Blocking_gaps_exit_1()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "thin.json");
            File.WriteAllText(path, """
                { "id": "t", "name": "Thin", "language": "en-US", "ourCompany": "A",
                  "customer": { "name": "C", "industry": "Telecom" }, "project": { "name": "P" }, "stage": "discovery" }
                """);
            var result = CliProcess.Run("check", path);
            Assert.Equal(1, result.Exit);
            Assert.Contains("Blocking gaps", result.Out);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Schema_command_prints_the_published_schema() =>
        Assert.Equal(File.ReadAllText(Path.Combine(CliProcess.Root, "samples", "deal.schema.json")), CliProcess.Run("schema").Out);
}

public class CommandLineTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("bogus")]
    [InlineData("check", "a.json", "--no-such-option")]
    public void A_malformed_command_line_exits_2_with_a_message(params string[] args)
    {
        var result = CliProcess.Run(args);
        Assert.Equal(2, result.Exit);
        Assert.StartsWith("presales: ", result.Err);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_named_without_dotnet_type_names()
    {
        var result = CliProcess.Run("review", "deck.pptx", "--minutes", "abc");
        Assert.Equal(2, result.Exit);
        Assert.Contains("a number is expected", result.Err);
        Assert.DoesNotContain("System.", result.Err);
    }

    [Fact]
    public void Help_exits_0() => Assert.Equal(0, CliProcess.Run("--help").Exit);
}
