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

    private static List<(string Text, string Notes)> SlideTexts(string pptx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(pptx, false);
        var part = document.PresentationPart!;
        return part.Presentation!.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
            .Select(id => (DocumentFormat.OpenXml.Packaging.SlidePart)part.GetPartById(id.RelationshipId!.Value!))
            .Select(s => (string.Join(" ", s.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text)),
                string.Join(" ", s.NotesSlidePart?.NotesSlide?.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text) ?? [])))
            .ToList();
    }

    private static int SlideCount(string pptx)
    {
        using var zip = ZipFile.OpenRead(pptx);
        return zip.Entries.Count(e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Makes_a_deck_from_a_deal()
    {
        // A real process: the deck written, its path on stdout, exit 0.
        var output = Path.Combine(Temp(), "deck.pptx");
        var result = CliProcess.Process(null, "deck", ZhDeal, "--minutes", "30", "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Equal(output, result.Out.Trim());
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
        // The outline's title, its sections and every slide heading, in its order; its notes under their slide.
        var titles = SlideTexts(output).Select(t => t.Text).ToList();
        Assert.Contains("云网融合方案交流", titles[0], StringComparison.Ordinal);
        var headings = new[] { "背景", "行业趋势", "上线前后对比", "方案", "方案与优势", "架构图", "下一步" };
        var at = 0;
        foreach (var heading in headings)
        {
            at = titles.FindIndex(at + 1, t => t.Contains(heading, StringComparison.Ordinal));
            Assert.True(at > 0, $"no slide for {heading} in order: " + string.Join(" | ", titles));
        }
        Assert.Contains(SlideTexts(output), s => s.Text.Contains("行业趋势", StringComparison.Ordinal) && s.Notes.Contains("先讲行业大势", StringComparison.Ordinal));
        Assert.Contains(SlideTexts(output), s => s.Text.Contains("故障定位时间", StringComparison.Ordinal) && s.Text.Contains("4 小时", StringComparison.Ordinal));
    }

    private sealed record Design(string[] Layouts, int Masters, string Theme, string Accent1, string[] SlideLayouts);

    // The design a deck carries: its layouts by name, masters, the theme's name and first accent colour, and the layouts
    // its slides are on.
    private static Design DesignOf(string pptx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(pptx, false);
        var part = document.PresentationPart!;
        var masters = part.SlideMasterParts.ToList();
        var layouts = masters.SelectMany(m => m.SlideLayoutParts).Select(l => l.SlideLayout!.CommonSlideData!.Name!.Value!).Order().ToArray();
        var theme = masters[0].ThemePart!.Theme!;
        var accent = theme.ThemeElements!.ColorScheme!.Accent1Color!.RgbColorModelHex!.Val!.Value!;
        var used = part.SlideParts.Select(s => s.SlideLayoutPart!.SlideLayout!.CommonSlideData!.Name!.Value!).Distinct().Order().ToArray();
        return new Design(layouts, masters.Count, theme.Name!.Value!, accent.ToUpperInvariant(), used);
    }

    [Fact]
    public void Uses_a_user_template()
    {
        var dir = Temp();
        var template = Path.Combine(CliProcess.Root, "tests", "fixtures", "templates", "libreoffice-impress.pptx");
        var output = Path.Combine(dir, "deck.pptx");
        var result = CliProcess.Run("deck", EnDeal, "--template", template, "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        var plain = Path.Combine(dir, "plain.pptx");
        Assert.Equal(0, CliProcess.Run("deck", EnDeal, "-o", plain).Exit);

        var expected = DesignOf(template);
        var made = DesignOf(output);
        // The template's masters, theme and layouts are the deck's: LibreOffice's layout names ("Title, 6 Content"),
        // its "Office Theme" with accent 4F81BD, not the built-in PreSales design.
        Assert.Equal(expected.Layouts, made.Layouts);
        Assert.Contains("Title, 6 Content", made.Layouts);
        Assert.Equal(expected.Masters, made.Masters);
        Assert.Equal(expected.Theme, made.Theme);
        Assert.Equal(expected.Accent1, made.Accent1);
        Assert.All(made.SlideLayouts, l => Assert.Contains(l, expected.Layouts));
        var builtIn = DesignOf(plain);
        Assert.NotEqual(builtIn.Theme, made.Theme);
        Assert.NotEqual(builtIn.Accent1, made.Accent1);
        Assert.DoesNotContain("Title, 6 Content", builtIn.Layouts);
    }

    [Fact]
    public void Check_template_names_the_masters_passed_over_and_why_in_text_and_json()
    {
        // LibreOffice's Forestbird draws birds and branches over its first masters' body room: content slides go on a
        // later master. The check says which layouts were tried and passed over, and why, in both languages.
        var template = Path.Combine(CliProcess.Root, "tests", "fixtures", "templates", "libreoffice-forestbird.pptx");
        var mapping = PreSales.DocGen.Decks.Rendering.DeckRenderer.CheckTemplate(File.ReadAllBytes(template));
        var content = mapping.Choices.Single(c => c.Kind == "content");
        Assert.NotEmpty(content.PassedOver);
        Assert.All(content.PassedOver, p => Assert.True(p.Master < content.Master && p.Share >= 0.04, $"{p.Layout} (master {p.Master}) {p.Share}"));

        var zh = CliProcess.RunIn(null, "zh-CN", "deck", "--template", template, "--check-template");
        Assert.True(zh.Exit == 0, zh.Err);
        var en = CliProcess.RunIn(null, "en-US", "deck", "--template", template, "--check-template");
        Assert.True(en.Exit == 0, en.Err);
        foreach (var passed in content.PassedOver)
        {
            Assert.Contains($"未用母版 {passed.Master} 的“{passed.Layout}”", zh.Out, StringComparison.Ordinal);
            Assert.Contains($"master {passed.Master}'s \"{passed.Layout}\" was passed over", en.Out, StringComparison.Ordinal);
        }
        // Each reason sits under its slide kind's line.
        var lines = zh.Out.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("内容页 →", StringComparison.Ordinal));
        Assert.Contains("未用母版", lines[at + 1], StringComparison.Ordinal);
        Assert.DoesNotContain("未用", string.Join("\n", lines.Where(l => l.Contains("标题页 →", StringComparison.Ordinal))), StringComparison.Ordinal);

        var json = CliProcess.RunIn(null, "en-US", "deck", "--template", template, "--check-template", "--format", "json");
        Assert.True(json.Exit == 0, json.Err);
        using var doc = JsonDocument.Parse(json.Out);
        var choice = doc.RootElement.GetProperty("choices").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "content");
        Assert.Equal(content.Master, choice.GetProperty("master").GetInt32());
        var over = choice.GetProperty("passedOver").EnumerateArray().ToList();
        Assert.Equal(content.PassedOver.Select(p => (p.Layout, p.Master, p.Reason, p.Why.English)),
            over.Select(p => (p.GetProperty("layout").GetString()!, p.GetProperty("master").GetInt32(), p.GetProperty("reason").GetString()!, p.GetProperty("message").GetString()!)));
        Assert.All(over, p => Assert.Contains(p.GetProperty("reason").GetString(), new[] { "drawing", "clutter" }));
    }

    [Theory]
    [InlineData("zh", "deck.docx", "输出文件的扩展名应为 .pptx，而不是 .docx")]
    [InlineData("en", "deck.docx", "the output file must end in .pptx, not .docx")]
    [InlineData("en", "deck", "the output file must end in .pptx (what is written is a PowerPoint deck)")]
    public void An_output_named_for_another_kind_of_file_is_exit_2_naming_the_extension(string language, string name, string expected)
    {
        var dir = Temp();
        var output = Path.Combine(dir, name);
        var result = CliProcess.Run("deck", language == "zh" ? ZhDeal : EnDeal, "-o", output);
        Assert.Equal(2, result.Exit);
        Assert.Contains(output, result.Err, StringComparison.Ordinal);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Empty(Directory.GetFiles(dir));

        // A plan is .json or .md; an edited plan renders to .pptx.
        var plan = CliProcess.Run("deck", EnDeal, "--plan-only", "-o", Path.Combine(dir, "plan.pptx"));
        Assert.Equal(2, plan.Exit);
        Assert.Contains("must end in .json / .md, not .pptx", plan.Err, StringComparison.Ordinal);
        var fromPlan = CliProcess.Run("deck", "--from-plan", Path.Combine(Fixtures, "pandoc-outline.md"), "-o", Path.Combine(dir, "outline.docx"));
        Assert.Equal(2, fromPlan.Exit);
        // The outline is Chinese, so is the message.
        Assert.Contains("outline.docx：输出文件的扩展名应为 .pptx，而不是 .docx", fromPlan.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void Without_o_the_deck_goes_to_out_and_its_path_is_printed()
    {
        var dir = Temp();
        var result = CliProcess.RunIn(dir, null, "deck", EnDeal);
        Assert.True(result.Exit == 0, result.Err);
        var expected = Path.Combine("out", "deck-deal.en-US.pptx");
        Assert.Equal(expected, result.Out.Trim());
        Assert.True(SlideCount(Path.Combine(dir, expected)) >= 8);
        Assert.Equal([Path.Combine(dir, "out")], Directory.GetFileSystemEntries(dir));
        // The repository's .gitignore keeps out/ out of git.
        Assert.Contains("/out/", File.ReadAllLines(Path.Combine(CliProcess.Root, ".gitignore")));
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

    [Theory]
    [InlineData("-q", "en-US")]
    [InlineData("--quiet", "zh-CN")]
    public void An_option_it_does_not_know_is_refused_never_read_as_a_deal_file(string option, string lang)
    {
        var dir = Temp();
        var output = Path.Combine(dir, "x.pptx");
        var result = CliProcess.RunIn(dir, lang, "deck", EnDeal, option, "-o", output);
        Assert.Equal(2, result.Exit);
        Assert.Contains(option, result.Err, StringComparison.Ordinal);
        Assert.Contains(lang == "zh-CN" ? "未知选项" : "unknown option", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        // Nothing made: no deck, no batch folder named after the deck.
        Assert.Empty(Directory.GetFileSystemEntries(dir));
        // The same before the deal, and for a command taking one file.
        Assert.Equal(2, CliProcess.RunIn(dir, lang, "deck", option, EnDeal, "-o", output).Exit);
        var check = CliProcess.RunIn(dir, lang, "check", option);
        Assert.Equal(2, check.Exit);
        Assert.Contains(lang == "zh-CN" ? "未知选项" : "unknown option", check.Err, StringComparison.Ordinal);
        // Where the option takes the file's place, the option is named, not the file left over.
        var review = CliProcess.RunIn(dir, lang, "review", option, "deck.pptx");
        Assert.Equal(2, review.Exit);
        Assert.Contains(option, review.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("deck.pptx", review.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void A_deal_file_whose_name_starts_with_a_dash_is_read_after_a_double_dash()
    {
        var dir = Temp();
        File.Copy(EnDeal, Path.Combine(dir, "-deal.json"));
        var result = CliProcess.RunIn(dir, null, "deck", "-o", "deck.pptx", "--", "-deal.json");
        Assert.True(result.Exit == 0, result.Err);
        Assert.True(SlideCount(Path.Combine(dir, "deck.pptx")) >= 8);
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
