using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Review;

/// <summary><c>presales review</c> end to end, as a process: output, exit codes, files, hostile input.</summary>
public class ReviewCommandTests
{
    private static string Deck(string name) => Path.Combine(CliProcess.Root, "tests", "fixtures", "decks", name);

    private static string Folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "presales-cli-review", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string Deal(string folder)
    {
        var path = Path.Combine(folder, "deal.json");
        File.WriteAllText(path, """
            {
              "id": "pilot", "name": "网络改造试点", "language": "zh-CN", "ourCompany": "A公司",
              "customer": { "name": "某市电信分公司", "shortName": "某市电信", "industry": "电信" },
              "project": { "name": "四级组网试点" }, "stage": "solutionRefinement",
              "competitors": [ { "id": "e", "name": "华信集成" } ]
            }
            """);
        return path;
    }

    [Fact]
    public void Prints_the_json_report_and_exits_0()
    {
        var run = CliProcess.Run("review", Deck("pandoc-en.pptx"), "--lang", "en");
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("pandoc-en.pptx", json.RootElement.GetProperty("deck").GetString());
        Assert.Equal(9, json.RootElement.GetProperty("slides").GetInt32());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "few-visuals");
    }

    [Fact]
    public void Markdown_in_the_deal_language_to_a_file()
    {
        var dir = Folder();
        var report = Path.Combine(dir, "review.md");
        var run = CliProcess.Run("review", Deck("libreoffice-zh.pptx"), "--deal", Deal(dir), "--format", "md", "-o", report);
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Out);
        var md = File.ReadAllText(report);
        Assert.Contains("# PPT 评审", md);
        Assert.Contains("表格没有标题行", md);
    }

    [Theory]
    [InlineData("libreoffice-zh.pptx", "error", 1)]
    [InlineData("pandoc-zh.pptx", "error", 0)]
    [InlineData("pandoc-zh.pptx", "warning", 1)]
    public void Fail_on_sets_exit_1(string deck, string level, int exit) =>
        Assert.Equal(exit, CliProcess.Run("review", Deck(deck), "--fail-on", level).Exit);

    [Fact]
    public void A_rules_file_can_silence_a_rule()
    {
        var dir = Folder();
        var rules = Path.Combine(dir, "rules.json");
        File.WriteAllText(rules, """{ "rules": { "few-visuals": { "enabled": false } } }""");
        // Without the rules file the deck fails on its few-visuals warning; with it, that rule is silent.
        var without = CliProcess.Run("review", Deck("pandoc-zh.pptx"), "--fail-on", "warning");
        Assert.Equal(1, without.Exit);
        Assert.Contains("few-visuals", without.Out);
        var with = CliProcess.Run("review", Deck("pandoc-zh.pptx"), "--rules", rules, "--fail-on", "warning");
        Assert.Equal(0, with.Exit);
        Assert.DoesNotContain("few-visuals", with.Out);
    }

    [Fact]
    public void A_bad_rules_file_is_exit_2_naming_the_place()
    {
        var dir = Folder();
        var rules = Path.Combine(dir, "rules.json");
        File.WriteAllText(rules, """{ "rules": { "too-much-text": {} } }""");
        var run = CliProcess.Run("review", Deck("pandoc-zh.pptx"), "--rules", rules);
        Assert.Equal(2, run.Exit);
        Assert.Contains("$.rules.too-much-text: unknown rule id", run.Err);
    }

    [Fact]
    public void Annotate_writes_a_commented_copy_and_leaves_the_original()
    {
        var dir = Folder();
        var original = Path.Combine(dir, "deck.pptx");
        File.Copy(Deck("pptxgenjs-zh.pptx"), original);
        var hash = SHA256.HashData(File.ReadAllBytes(original));
        var annotated = Path.Combine(dir, "annotated.pptx");
        Assert.Equal(0, CliProcess.Run("review", original, "--annotate", annotated).Exit);
        Assert.Equal(hash, SHA256.HashData(File.ReadAllBytes(original)));
        var again = CliProcess.Run("review", annotated, "--lang", "en");
        Assert.Contains("comments-left", again.Out);
    }

    [Fact]
    public void Deal_aware_rules_run_with_a_deal()
    {
        var dir = Folder();
        var right = CliProcess.Run("review", Deck("pandoc-zh.pptx"), "--deal", Deal(dir), "--fail-on", "error");
        Assert.Equal(0, right.Exit);
        Assert.DoesNotContain("customer-facts", right.Out);

        var deck = Path.Combine(dir, "wrong-name.pptx");
        File.Copy(Deck("pandoc-zh.pptx"), deck);
        using (var zip = System.IO.Compression.ZipFile.Open(deck, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("ppt/slides/slide1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
                xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("ppt/slides/slide1.xml").Open());
            writer.Write(xml.Replace("某市电信分公司", "某市电讯分公司"));
        }
        var wrong = CliProcess.Run("review", deck, "--deal", Deal(dir), "--fail-on", "error");
        Assert.Equal(1, wrong.Exit);
        Assert.Contains("某市电讯分公司", wrong.Out);
        Assert.Contains("customer-facts", wrong.Out);
    }

    public static TheoryData<string, byte[], string> Hostile => new()
    {
        { "not-a-zip.pptx", "plain text"u8.ToArray(), "not a zip" },
        { "encrypted.pptx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "password-protected" },
        { "truncated.pptx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6], "truncated" },
    };

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Hostile))]
    public void Unusable_input_is_exit_2_with_a_message_and_no_stack_trace(string name, byte[] bytes, string expected)
    {
        var path = Path.Combine(Folder(), name);
        File.WriteAllBytes(path, bytes);
        // A real process: exit 2 and one message as the shell sees them.
        var run = CliProcess.Process("en-US", "review", path);
        Assert.Equal(2, run.Exit);
        Assert.Contains(expected, run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Equal("", run.Out);
    }

    private const string Bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE p:sld [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
        <p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld name="&h;"><p:spTree/></p:cSld></p:sld>
        """;

    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE p:sld [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld name="&x;"><p:spTree/></p:cSld></p:sld>
        """;

    [Theory]
    [InlineData("ppt/slides/slide1.xml", Bomb, "DTD")]
    [InlineData("ppt/slides/slide1.xml", Xxe, "DTD")]
    [InlineData("../../outside.txt", "pwned", "../../outside.txt")]
    public void Tampered_decks_are_exit_2(string entry, string content, string expected)
    {
        var path = Path.Combine(Folder(), "tampered.pptx");
        File.Copy(Deck("pandoc-en.pptx"), path);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry(entry)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(content);
        }
        var run = CliProcess.RunIn(null, "en-US", "review", path);
        Assert.Equal(2, run.Exit);
        Assert.Contains(expected, run.Err);
        Assert.DoesNotContain("root:", run.Err + run.Out);
    }

    [Fact]
    public void Word_document_renamed_is_named_in_chinese_by_default()
    {
        var path = Path.Combine(Folder(), "report.pptx");
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        var run = CliProcess.RunIn(null, "zh-CN", "review", path);
        Assert.Equal(2, run.Exit);
        Assert.Contains("Word 文档", run.Err);
    }

    /// <summary>A deck we generate for a deal passes our own review against that deal: no error, no warning.</summary>
    [Theory]
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("telecom-pilot.en-US.json")]
    public void Generated_deck_passes_its_own_review(string deal)
    {
        var dir = Folder();
        var deck = Path.Combine(dir, "generated.pptx");
        var made = CliProcess.Run("deck", CliProcess.Samples(deal), "-o", deck);
        Assert.True(made.Exit == 0, made.Err);
        var review = CliProcess.Run("review", deck, "--deal", CliProcess.Samples(deal), "--fail-on", "warning");
        Assert.True(review.Exit == 0, review.Out + review.Err);
    }

    [Fact]
    public void Missing_deck_is_exit_2_naming_it()
    {
        var run = CliProcess.RunIn(null, "en-US", "review", "/nonexistent/deck.pptx");
        Assert.Equal(2, run.Exit);
        Assert.Contains("/nonexistent/deck.pptx", run.Err);
        Assert.Equal("", run.Out);
    }
}
