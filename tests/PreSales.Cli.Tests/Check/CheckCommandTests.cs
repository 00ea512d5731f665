using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Check;

public class CheckCommandTests
{
    [Fact]
    public void The_chinese_sample_prints_the_analysis_in_chinese()
    {
        var result = CliProcess.Run("check", CliProcess.Samples("telecom-pilot.zh-CN.json"));
        // The sample is complete: no blocking gap, so exit 0 (1 would mean blocking gaps, tested below).
        Assert.True(result.Exit == 0, result.Err);
        Assert.DoesNotContain("阻塞", result.Out);
        foreach (var heading in new[] { "商机定位", "六大关键信息", "竞争思维", "听众分析", "下次交流准备清单" })
            Assert.Contains(heading, result.Out);
    }

    [Fact]
    public void The_english_sample_prints_the_analysis_in_english()
    {
        var result = CliProcess.Run("check", CliProcess.Samples("telecom-pilot.en-US.json"));
        Assert.True(result.Exit == 0, result.Err);
        Assert.DoesNotContain("Blocking gaps", result.Out);
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
            Assert.Contains($"{path}: $: line 1 is not valid UTF-8", result.Err);
            var missing = CliProcess.RunIn(null, "en-US", "check", Path.Combine(dir.FullName, "missing.json"));
            Assert.Equal(2, missing.Exit);
            Assert.Contains("file not found: " + Path.Combine(dir.FullName, "missing.json"), missing.Err);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    // A missing comma after a Chinese value: the column counts characters, as an editor does, not UTF-8 bytes.
    [InlineData("{\n  \"id\": \"x\",\n  \"language\": \"zh-CN\",\n  \"name\": \"客户名\" \"stage\": 1\n}\n", null,
        "第 4 行第 17 列不是有效的 JSON：此处不应是 “\"”（少了逗号或引号，或多了逗号？）")]
    [InlineData("{\"id\": \"x\", \"language\": \"en-US\",}", "zh-CN",
        "line 1, column 33: not valid JSON: “}” is not expected here (a missing comma or quote, or one comma too many?)")]
    [InlineData("{\n  \"id\": \"x\",\n", "en-US", "line 3, column 1: the file ends before the JSON is complete (a missing }, ] or quote?)")]
    [InlineData("{\n  \"id\": \"x\",\n", "zh-CN", "第 3 行第 1 列：文件在 JSON 完整之前就结束了（少了 }、] 或引号？）")]
    public void Broken_json_is_one_line_in_the_deal_language_with_a_1_based_line_and_column(string json, string? ui, string expected)
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "broken.json");
            File.WriteAllText(path, json);
            var result = CliProcess.RunIn(null, ui, "check", path);
            Assert.Equal(2, result.Exit);
            Assert.Equal($"{path}: $: {expected}", result.Err.Trim());
            // Nothing of the parser's own message: its English words, its 0-based byte position.
            Assert.DoesNotContain("LineNumber", result.Err);
            Assert.DoesNotContain("BytePosition", result.Err);
            Assert.DoesNotContain("invalid", result.Err);
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
    [Trait("Category", "Slow")]
    [InlineData("check")]
    [InlineData("bogus")]
    [InlineData("check", "a.json", "--no-such-option")]
    public void A_malformed_command_line_exits_2_with_a_message(params string[] args)
    {
        // A real process: the exit code and stderr as the shell sees them.
        var result = CliProcess.Process("en-US", args);
        Assert.Equal(2, result.Exit);
        Assert.StartsWith("presales: ", result.Err);
        Assert.EndsWith("see presales --help", result.Err.Trim());
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("zh-CN", new[] { "bogus" }, "presales: 无法识别的命令、选项或参数：bogus")]
    [InlineData("en-US", new[] { "bogus" }, "presales: unknown command, option or argument: bogus")]
    [InlineData("zh-CN", new[] { "check" }, "presales: 命令 check 缺少参数（如交易文件）")]
    [InlineData("en-US", new[] { "check" }, "presales: command check: an argument is missing (e.g. the deal file)")]
    [InlineData("zh-CN", new[] { "check", "a.json", "--nope" }, "presales: 无法识别的命令、选项或参数：--nope")]
    [InlineData("zh-CN", new[] { "review", "a.pptx", "--format" }, "presales: 选项 --format 缺少取值")]
    [InlineData("en-US", new[] { "review", "a.pptx", "--format" }, "presales: option --format: its value is missing")]
    [InlineData("zh-CN", new[] { "review", "deck.pptx", "--minutes", "abc" }, "presales: 选项 --minutes 的取值 abc 不对：应为数字")]
    [InlineData("en-US", new[] { "review", "deck.pptx", "--minutes", "abc" }, "presales: option --minutes: the value abc is not a number")]
    [InlineData("zh-CN", new[] { "deck", "d.json", "--exchange", "x" }, "presales: 选项 --exchange 的取值 x 不对：应为整数")]
    public void The_parser_messages_are_in_the_user_language_without_its_own_text(string language, string[] args, string expected)
    {
        var result = CliProcess.RunIn(null, language, args);
        Assert.Equal(2, result.Exit);
        Assert.Contains(expected, result.Err.Split('\n').Select(l => l.Trim()));
        Assert.Contains(language == "zh-CN" ? "用法见 presales --help" : "see presales --help", result.Err);
        foreach (var framework in new[] { "Unrecognized", "Required", "Cannot parse", "expected type", "System." })
            Assert.DoesNotContain(framework, result.Err);
        if (language == "zh-CN")
            Assert.DoesNotMatch("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", result.Err.Replace("presales --help", ""));
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_named_without_dotnet_type_names()
    {
        var result = CliProcess.RunIn(null, "en-US", "review", "deck.pptx", "--minutes", "abc");
        Assert.Equal(2, result.Exit);
        Assert.Contains("is not a number", result.Err);
        Assert.DoesNotContain("System.", result.Err);
    }

    [Theory]
    [InlineData("zh-CN", "用法：", "选项：", "显示帮助", "输出文件（批量时为文件夹）")]
    [InlineData("en-US", "Usage:", "Options:", "Show help and usage information", "output file (a folder for several deals)")]
    public void Help_lists_the_options_in_the_user_language(string language, string usage, string options, string help, string output)
    {
        var result = CliProcess.RunIn(null, language, "deck", "--help");
        Assert.Equal(0, result.Exit);
        // (In this process the root is named after the test host; the real process test below sees "presales".)
        foreach (var text in new[] { usage, options, help, output, " deck [<deals>...]", "--template", "--from-plan" })
            Assert.Contains(text, result.Out);
        if (language == "zh-CN")
        {
            // One language: no English side of a description, none of the parser's English headings.
            foreach (var english in new[] { "Description:", "Usage:", "Options:", "Show help", "output file", "your PowerPoint template" })
                Assert.DoesNotContain(english, result.Out);
        }
        else
        {
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", result.Out);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Help_exits_0_as_a_process_and_lists_every_command()
    {
        var result = CliProcess.Process("en-US", "--help");
        Assert.Equal(0, result.Exit);
        Assert.Contains("presales [command] [options]", result.Out);
        foreach (var command in new[] { "check", "deck", "doc", "minutes", "schema", "review" })
            Assert.Matches($@"(?m)^\s+{command}\b", result.Out);
    }
}
