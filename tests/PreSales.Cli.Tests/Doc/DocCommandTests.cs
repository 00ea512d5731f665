using CliRunner = PreSales.Cli.Tests.Support.CliProcess;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Language;

namespace PreSales.Cli.Tests.Doc;

public sealed class DocCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("presales-doc-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(CliRunner.Root, "tests", "PreSales.Cli.Tests", "Doc", name);

    private string CopyDeal(string name = "telecom.zh-CN.json")
    {
        var path = Path.Combine(dir, name);
        File.Copy(Fixture(name), path);
        return path;
    }

    [Fact]
    public void Doc_minutes_names_the_file_by_the_convention_and_does_not_overwrite_an_earlier_version()
    {
        var first = CliRunner.RunIn(dir, null, "doc", "minutes", Fixture("telecom.zh-CN.json"));
        Assert.True(first.Exit == 0, first.Err);
        Assert.True(File.Exists(Path.Combine(dir, "省电信-方案完善-20260315-交流总结-v1.docx")), first.Out);
        var second = CliRunner.RunIn(dir, null, "doc", "minutes", Fixture("telecom.zh-CN.json"));
        Assert.True(second.Exit == 0, second.Err);
        Assert.True(File.Exists(Path.Combine(dir, "省电信-方案完善-20260315-交流总结-v2.docx")), second.Out);
    }

    [Theory]
    [InlineData("plan", DocumentKind.Plan)]
    [InlineData("summary", DocumentKind.Summary)]
    [InlineData("qa", DocumentKind.QaPreparation)]
    [InlineData("brief", DocumentKind.Brief)]
    public void Doc_writes_each_document_to_the_output_file(string kind, DocumentKind expected)
    {
        var output = Path.Combine(dir, kind + ".docx");
        var result = CliRunner.Run("doc", kind, Fixture("telecom.en-US.json"), "--naming", "{deal}-{document}", "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains(output, result.Out);
        // The file is the document asked for: the engine's document of that kind for the same deal, text for text.
        var deal = DealReader.ReadFile(Fixture("telecom.en-US.json")).Deal!;
        string Body(byte[] bytes)
        {
            using var stream = new MemoryStream(bytes);
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
            return document.MainDocumentPart!.Document!.Body!.InnerText;
        }
        string Made(DocumentKind k) => Body(Deliverables.Make(deal, new DocumentRequest(k, DateOnly.FromDateTime(DateTime.Now), NamingPattern: "{deal}-{document}")).Bytes);
        var written = Body(File.ReadAllBytes(output));
        Assert.Equal(Made(expected), written);
        Assert.Contains(DocumentKinds.Title(expected, Vocabulary.For(DealLanguage.EnUS)), written, StringComparison.Ordinal);
        Assert.All(Enum.GetValues<DocumentKind>().Where(k => k != expected), other => Assert.NotEqual(Made(other), written));
    }

    [Theory]
    [InlineData("telecom.zh-CN.json", "输出文件的扩展名应为 .docx，而不是 .pptx（写出的是 Word 文档）")]
    [InlineData("telecom.en-US.json", "the output file must end in .docx, not .pptx (what is written is a Word document)")]
    public void An_output_named_pptx_is_exit_2_naming_the_extension(string deal, string expected)
    {
        var output = Path.Combine(dir, "minutes.pptx");
        var result = CliRunner.Run("doc", "minutes", Fixture(deal), "-o", output);
        Assert.Equal(2, result.Exit);
        Assert.Contains($"{output}{(deal.Contains("zh", StringComparison.Ordinal) ? "：" : ": ")}{expected}", result.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void A_missing_exchange_exits_2_with_a_clear_message_and_no_file()
    {
        var output = Path.Combine(dir, "m.docx");
        var result = CliRunner.Run("doc", "minutes", Fixture("telecom.en-US.json"), "--exchange", "9", "-o", output);
        Assert.Equal(2, result.Exit);
        Assert.Contains("no exchange 9", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void A_template_that_is_not_a_word_document_exits_2_and_leaves_no_file()
    {
        var template = Path.Combine(dir, "corporate.docx");
        File.WriteAllText(template, "this is not a zip");
        var output = Path.Combine(dir, "m.docx");
        var result = CliRunner.Run("doc", "minutes", Fixture("telecom.zh-CN.json"), "--template", template, "-o", output);
        Assert.Equal(2, result.Exit);
        Assert.Contains("模板不是 Word 文档", result.Err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_template_missing_tags_lists_them()
    {
        var template = Path.Combine(CliRunner.Root, "templates", "qa.en-US.docx");
        var result = CliRunner.Run("doc", "minutes", Fixture("telecom.en-US.json"), "--template", template, "-o", Path.Combine(dir, "m.docx"));
        Assert.Equal(2, result.Exit);
        Assert.Contains("required content-control tag", result.Err);
        Assert.Contains("  - no ", result.Err);
        Assert.Contains("\"actionItems\"", result.Err);
    }

    [Fact]
    public void Doc_templates_writes_the_ten_default_templates()
    {
        var result = CliRunner.Run("doc", "templates", dir);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Equal(10, Directory.GetFiles(dir, "*.docx").Length);
        // Each is the engine's default template of its kind and language, byte for byte.
        foreach (var kind in Enum.GetValues<DocumentKind>())
            foreach (var language in Enum.GetValues<DealLanguage>())
                Assert.Equal(PreSales.DocGen.Documents.Templates.DefaultTemplates.Get(kind, language), File.ReadAllBytes(Path.Combine(dir, PreSales.DocGen.Documents.Templates.DefaultTemplates.FileName(kind, language))));
    }

    [Fact]
    public void Minutes_from_notes_with_save_adds_the_exchange_and_the_deal_still_loads()
    {
        var deal = CopyDeal();
        var before = DealReader.ReadFile(deal).Deal!;
        var notes = Path.Combine(dir, "notes.md");
        File.WriteAllText(notes, "# 服务方案交流\n日期:2026-04-02\n\n## 议程与参会人员\n- 服务方案\n\n客户:王处长\n\n## 问题与答复\n- 【陷阱类】问(王处长):伙伴可靠吗?答:已合作五年。\n\n## 遗留问题\n- 提交备件清单 — 陈工 — 2026-04-09\n");
        var result = CliRunner.RunIn(dir, null, "minutes", deal, "--from", notes, "--save");
        Assert.True(result.Exit == 0, result.Err);
        Assert.True(File.Exists(Path.Combine(dir, "省电信-方案完善-20260402-交流总结-v1.docx")), result.Out);
        var after = DealReader.ReadFile(deal);
        Assert.True(after.IsValid, string.Join("\n", after.Problems));
        Assert.Equal(before.Exchanges.Count + 1, after.Deal!.Exchanges.Count);
        var added = after.Deal.Exchanges[2];
        Assert.Equal("服务方案交流", added.Title);
        Assert.Equal(QuestionKind.Trap, added.Questions[0].Kind);
        Assert.Equal(DealJson.Serialize(before with { Exchanges = [] }), DealJson.Serialize(after.Deal with { Exchanges = [] }));
        Assert.Equal(before.Exchanges[2].Title, after.Deal.Exchanges[3].Title);
    }

    [Fact]
    public void Saving_into_a_read_only_deal_file_exits_2_naming_it_and_leaves_it_as_it_was()
    {
        if (OperatingSystem.IsWindows())
            return;
        var deal = CopyDeal();
        var original = File.ReadAllBytes(deal);
        File.SetUnixFileMode(deal, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var notes = Path.Combine(dir, "notes.md");
        File.WriteAllText(notes, "# 服务方案交流\n日期:2026-04-02\n\n## 问题与答复\n- 问:伙伴可靠吗?答:已合作五年。\n");
        var result = CliRunner.RunIn(dir, null, "minutes", deal, "--from", notes, "--save");
        Assert.Equal(2, result.Exit);
        Assert.Contains("telecom.zh-CN.json", result.Err, StringComparison.Ordinal);
        Assert.Contains("只读", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(deal));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(deal));
        Assert.Empty(Directory.GetFiles(dir, "*.docx"));
        Assert.Empty(Directory.GetFiles(dir, ".presales-*"));
    }

    [Fact]
    public void Output_to_a_device_exits_2_and_leaves_the_device_alone()
    {
        if (OperatingSystem.IsWindows())
            return;
        // A named pipe of the test's own stands in for /dev/null: the same kind of target, and nothing shared is at risk.
        var pipe = Path.Combine(dir, "pipe.docx");
        Assert.Equal(0, Shell($"mkfifo '{pipe}'"));
        var result = CliRunner.Run("doc", "minutes", Fixture("telecom.en-US.json"), "-o", pipe);
        Assert.Equal(2, result.Exit);
        Assert.Contains($"{pipe}: this is not a plain file", result.Err, StringComparison.Ordinal);
        Assert.Equal(0, Shell($"test -p '{pipe}'"));
    }

    private static int Shell(string command)
    {
        using var process = System.Diagnostics.Process.Start("/bin/sh", ["-c", command])!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [Fact]
    public void A_very_long_customer_name_still_gives_a_file_name_the_file_system_accepts()
    {
        var deal = CopyDeal();
        var result = CliRunner.RunIn(dir, null, "doc", "plan", deal, "--naming", string.Concat(Enumerable.Repeat("{customer}", 30)) + "-{document}-v{n}");
        Assert.True(result.Exit == 0, result.Err);
        var written = Assert.Single(Directory.GetFiles(dir, "*.docx"));
        Assert.EndsWith("-整体策划方案-v1.docx", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_without_sections_exit_2_and_the_deal_file_is_untouched()
    {
        var deal = CopyDeal();
        var original = File.ReadAllBytes(deal);
        var notes = Path.Combine(dir, "notes.md");
        File.WriteAllText(notes, "just some text\n\n- and a list\n");
        var result = CliRunner.RunIn(dir, null, "minutes", deal, "--from", notes, "--save");
        Assert.Equal(2, result.Exit);
        Assert.Contains("没有可识别的章节", result.Err);
        Assert.Contains("问题与答复 / Questions and answers", result.Err);
        Assert.Equal(original, File.ReadAllBytes(deal));
        Assert.Empty(Directory.GetFiles(dir, "*.docx"));
    }
}
