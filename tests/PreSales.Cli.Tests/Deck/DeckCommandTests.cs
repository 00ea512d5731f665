using System.IO.Compression;
using System.Text.Json;
using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Deck;

public class DeckCommandTests
{
    private static readonly string Fixtures = Path.Combine(CliProcess.Root, "tests", "fixtures", "decks");
    private static readonly string ZhDeal = Path.Combine(Fixtures, "deck-deal.zh-CN.json");
    private static readonly string EnDeal = Path.Combine(Fixtures, "deck-deal.en-US.json");

    private static string Temp() => Directory.CreateTempSubdirectory("deck-cli").FullName;

    private static int SlideCount(string pptx)
    {
        using var zip = ZipFile.OpenRead(pptx);
        return zip.Entries.Count(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
    }

    [Fact]
    public void Makes_a_deck_from_a_deal()
    {
        var output = Path.Combine(Temp(), "deck.pptx");
        var result = CliProcess.Run("deck", ZhDeal, "--minutes", "30", "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        Assert.True(SlideCount(output) >= 8);
    }

    [Fact]
    public void Prints_the_plan_as_json_or_markdown_and_renders_it_back()
    {
        var dir = Temp();
        var json = CliProcess.Run("deck", ZhDeal, "--plan-only");
        Assert.Equal(0, json.Exit);
        using (var doc = JsonDocument.Parse(json.Out))
            Assert.Equal("title", doc.RootElement.GetProperty("slides")[0].GetProperty("kind").GetString());
        var plan = Path.Combine(dir, "plan.json");
        File.WriteAllText(plan, json.Out.Replace("四级组网技改方案交流", "改过的标题", StringComparison.Ordinal));
        var fromJson = CliProcess.Run("deck", "--from-plan", plan, "-o", Path.Combine(dir, "from-json.pptx"));
        Assert.True(fromJson.Exit == 0, fromJson.Err);
        using (var zip = ZipFile.OpenRead(Path.Combine(dir, "from-json.pptx")))
        using (var reader = new StreamReader(zip.GetEntry("ppt/slides/slide1.xml")!.Open()))
            Assert.Contains("改过的标题", reader.ReadToEnd(), StringComparison.Ordinal);

        var md = Path.Combine(dir, "outline.md");
        Assert.Equal(0, CliProcess.Run("deck", EnDeal, "--plan-only", "--format", "md", "-o", md).Exit);
        Assert.StartsWith("---\ntitle:", File.ReadAllText(md), StringComparison.Ordinal);
        var fromMd = CliProcess.Run("deck", "--from-plan", md, "-o", Path.Combine(dir, "from-md.pptx"));
        Assert.True(fromMd.Exit == 0, fromMd.Err);
        Assert.True(SlideCount(Path.Combine(dir, "from-md.pptx")) >= 8);
    }

    [Fact]
    public void Renders_a_pandoc_outline()
    {
        var output = Path.Combine(Temp(), "outline.pptx");
        var result = CliProcess.Run("deck", "--from-plan", Path.Combine(Fixtures, "pandoc-outline.md"), "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        Assert.True(SlideCount(output) >= 8);
    }

    [Fact]
    public void Uses_a_user_template()
    {
        var output = Path.Combine(Temp(), "deck.pptx");
        var template = Path.Combine(CliProcess.Root, "tests", "fixtures", "templates", "libreoffice-impress.pptx");
        var result = CliProcess.Run("deck", EnDeal, "--template", template, "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        using var zip = ZipFile.OpenRead(output);
        Assert.Contains(zip.Entries, e => e.FullName.Contains("slideLayout", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_makes_one_deck_per_deal_with_progress()
    {
        var dir = Path.Combine(Temp(), "out");
        var result = CliProcess.Run("deck", ZhDeal, EnDeal, "-o", dir);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Equal(["deck-deal.en-US.pptx", "deck-deal.zh-CN.pptx"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
        Assert.Contains("2/2", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deal_missing_data_still_gives_a_deck_and_names_the_facts_to_gather()
    {
        var dir = Temp();
        var deal = Path.Combine(dir, "thin.json");
        var text = File.ReadAllText(ZhDeal);
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        node["cases"] = new System.Text.Json.Nodes.JsonArray();
        File.WriteAllText(deal, node.ToJsonString());
        var result = CliProcess.Run("deck", deal, "-o", Path.Combine(dir, "thin.pptx"));
        Assert.Equal(0, result.Exit);
        Assert.Contains("cases[].metrics", result.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "thin.pptx")));
    }

    [Fact]
    public void Unusable_input_gives_exit_2_a_clear_message_and_no_file()
    {
        var dir = Temp();
        var output = Path.Combine(dir, "deck.pptx");
        var notTemplate = Path.Combine(dir, "template.pptx");
        File.WriteAllText(notTemplate, "plain text");
        var bad = CliProcess.Run("deck", ZhDeal, "--template", notTemplate, "-o", output);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("template.pptx", bad.Err, StringComparison.Ordinal);
        // The deal is Chinese, so is the message.
        Assert.Contains("模板不是 PowerPoint 演示文稿", bad.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bad.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));

        Assert.Equal(2, CliProcess.Run("deck", ZhDeal, "--exchange", "9", "-o", output).Exit);
        Assert.Equal(2, CliProcess.Run("deck", Path.Combine(dir, "missing.json")).Exit);
        var brokenPlan = Path.Combine(dir, "plan.json");
        File.WriteAllText(brokenPlan, "{\"slides\": 3}");
        var planResult = CliProcess.Run("deck", "--from-plan", brokenPlan, "-o", output);
        Assert.Equal(2, planResult.Exit);
        Assert.Contains("plan.json", planResult.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Characters_xml_cannot_hold_in_a_deal_never_make_a_corrupt_deck()
    {
        var dir = Temp();
        var deal = Path.Combine(dir, "control.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(ZhDeal))!;
        node["customer"]!["name"] = "控制\u0001字符\uFFFE客户";
        File.WriteAllText(deal, node.ToJsonString());
        var output = Path.Combine(dir, "control.pptx");
        var result = CliProcess.Run("deck", deal, "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        using var zip = ZipFile.OpenRead(output);
        using var reader = new StreamReader(zip.GetEntry("ppt/slides/slide1.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains("控制字符客户", xml, StringComparison.Ordinal);
        System.Xml.Linq.XDocument.Parse(xml);
    }

    [Fact]
    public void A_plan_edited_to_hold_null_is_exit_2_with_one_line_naming_the_place()
    {
        var dir = Temp();
        var json = CliProcess.Run("deck", EnDeal, "--plan-only");
        Assert.Equal(0, json.Exit);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json.Out)!;
        node["slides"]![2]!["title"] = null;
        var plan = Path.Combine(dir, "plan.json");
        File.WriteAllText(plan, node.ToJsonString());
        var output = Path.Combine(dir, "deck.pptx");
        var result = CliProcess.Run("deck", "--from-plan", plan, "-o", output);
        Assert.Equal(2, result.Exit);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Contains("$.slides[2].title", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Object reference", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
