using System.Diagnostics;
using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Deck;

/// <summary><c>presales deck --template</c> with hostile templates: exit 2, the message in the right language, no file.</summary>
public class DeckTemplateSafetyTests
{
    private static readonly string Fixtures = Path.Combine(CliProcess.Root, "tests", "fixtures", "decks");
    private static readonly string ZhDeal = Path.Combine(Fixtures, "deck-deal.zh-CN.json");
    private static readonly string EnDeal = Path.Combine(Fixtures, "deck-deal.en-US.json");

    private static string Temp() => Directory.CreateTempSubdirectory("deck-template").FullName;

    private static void AssertRefused(CliProcess.Result run, string dir, params string[] expected)
    {
        Assert.Equal(2, run.Exit);
        foreach (var text in expected)
            Assert.Contains(text, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
        Assert.Empty(Directory.GetFiles(dir, "out*"));
    }

    [Theory]
    [InlineData("encrypted", "zh", "密码")]
    [InlineData("encrypted", "en", "password-protected")]
    [InlineData("zip-bomb", "zh", "zip 炸弹")]
    [InlineData("zip-bomb", "en", "a zip bomb?")]
    [InlineData("dot-dot", "zh", "../../evil.sh")]
    [InlineData("dot-dot", "en", "unsafe entry name: ../../evil.sh")]
    [InlineData("word", "zh", "这是 Word 文档（可能被改了扩展名），不是 PPT 演示文稿")]
    [InlineData("word", "en", "this is a Word document (perhaps renamed), not a presentation")]
    public void A_hostile_template_is_exit_2_in_the_deal_language(string name, string language, string expected)
    {
        var dir = Temp();
        var template = TemplateFiles.Write(dir, name, forDeck: true);
        // The UI language is the other one: the deal's language wins.
        var run = CliProcess.RunIn(null, language == "zh" ? "en-US" : "zh-CN", "deck", language == "zh" ? ZhDeal : EnDeal, "--template", template, "-o", Path.Combine(dir, "out.pptx"));
        AssertRefused(run, dir, expected, template, language == "zh" ? "模板无法使用" : "the template cannot be used");
    }

    [Fact]
    public void From_plan_speaks_the_plan_language_and_a_missing_plan_the_default()
    {
        var dir = Temp();
        var plan = Path.Combine(dir, "plan.json");
        Assert.Equal(0, CliProcess.Run("deck", EnDeal, "--plan-only", "-o", plan).Exit);
        var template = TemplateFiles.Write(dir, "encrypted", forDeck: true);
        var run = CliProcess.RunIn(null, "zh-CN", "deck", "--from-plan", plan, "--template", template, "-o", Path.Combine(dir, "out.pptx"));
        AssertRefused(run, dir, "password-protected");

        var missing = CliProcess.RunIn(null, "zh-CN", "deck", "--from-plan", Path.Combine(dir, "none.json"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("文件不存在", missing.Err, StringComparison.Ordinal);
        Assert.Contains("the file does not exist", CliProcess.RunIn(null, "en-US", "deck", "--from-plan", Path.Combine(dir, "none.json")).Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_names_each_deal_in_its_own_language()
    {
        var dir = Temp();
        var template = TemplateFiles.Write(dir, "dot-dot", forDeck: true);
        var run = CliProcess.Run("deck", ZhDeal, EnDeal, "--template", template, "-o", Path.Combine(dir, "out"));
        Assert.Equal(2, run.Exit);
        Assert.Contains($"{ZhDeal}: {template}：模板无法使用", run.Err, StringComparison.Ordinal);
        Assert.Contains($"{EnDeal}: {template}: the template cannot be used", run.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(dir, "out")));
    }
}
