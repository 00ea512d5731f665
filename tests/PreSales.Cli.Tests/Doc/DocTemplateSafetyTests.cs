using System.Diagnostics;
using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Doc;

/// <summary><c>presales doc minutes --template</c> with hostile templates: exit 2, the deal's language, no file.</summary>
public sealed class DocTemplateSafetyTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("presales-doc-template-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Deal(string language) => Path.Combine(CliProcess.Root, "tests", "PreSales.Cli.Tests", "Doc", $"telecom.{language}.json");

    [Theory]
    [InlineData("encrypted", "zh-CN", "密码")]
    [InlineData("encrypted", "en-US", "password-protected")]
    [InlineData("zip-bomb", "zh-CN", "zip 炸弹")]
    [InlineData("zip-bomb", "en-US", "over the per-part limit")]
    [InlineData("dot-dot", "zh-CN", "../../evil.sh")]
    [InlineData("dot-dot", "en-US", "unsafe entry name: ../../evil.sh")]
    [InlineData("deck", "zh-CN", "这是 PPT 演示文稿（可能被改了扩展名），不是 Word 文档")]
    [InlineData("deck", "en-US", "this is a presentation (perhaps renamed), not a Word document")]
    public void A_hostile_template_is_exit_2_in_the_deal_language(string name, string language, string expected)
    {
        var template = TemplateFiles.Write(dir, name, forDeck: false);
        var output = Path.Combine(dir, "out.docx");
        var run = CliProcess.RunIn(dir, language == "zh-CN" ? "en-US" : "zh-CN", "doc", "minutes", Deal(language), "--template", template, "-o", output);
        Assert.Equal(2, run.Exit);
        Assert.Contains(expected, run.Err, StringComparison.Ordinal);
        Assert.Contains($"{template}: {(language == "zh-CN" ? "模板无法使用" : "the template cannot be used")}", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
        Assert.DoesNotContain(Directory.GetFiles(dir, "*.docx"), f => f != template);
    }
}
