using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Review.Support;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>
/// Decks made by other tools (pandoc, LibreOffice Impress, pptxgenjs), committed in tests/fixtures/decks with the
/// script that made them. Each is a decent deck; the errors and warnings expected on it are the plausible ones,
/// checked by looking at the files (see docs/review.md): nothing else may appear.
/// </summary>
public class OtherToolDeckTests
{
    public static string Fixture(string name) => Path.Combine(Repo.Root, "tests", "fixtures", "decks", name);

    public static TheoryData<string, string[]> Expected => new()
    {
        // pandoc: only the table slide has a visual (1 of 7 content slides).
        { "pandoc-zh.pptx", ["few-visuals"] },
        { "pandoc-en.pptx", ["few-visuals"] },
        // Impress drops the table's firstRow flag and autofit; its English title on slide 3 wraps past its box; it
        // writes its default table style out as cell fills: 13.5 pt white on #4F81BD header cells is 4.0:1; and
        // 13.5 pt is under the 14 pt floor for table text.
        { "libreoffice-zh.pptx", ["few-visuals", "font-too-small", "low-contrast", "table-header-missing"] },
        { "libreoffice-en.pptx", ["few-visuals", "font-too-small", "low-contrast", "table-header-missing", "text-overflow"] },
        // pptxgenjs never marks a table's header row.
        { "pptxgenjs-zh.pptx", ["table-header-missing"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Committed_deck_gets_only_the_plausible_findings(string file, string[] rules)
    {
        var result = DeckReview.Run(DeckReader.Read(Fixture(file)), minutes: 20);
        var serious = result.Findings.Where(f => f.Severity != Severity.Tip).Select(f => f.Rule).Distinct().Order().ToArray();
        Assert.Equal(rules.Order().ToArray(), serious);
    }

    [Theory]
    [InlineData("pandoc-zh.pptx")]
    [InlineData("libreoffice-zh.pptx")]
    [InlineData("pptxgenjs-zh.pptx")]
    public void Chinese_decks_are_aimed_at_the_deal_customer(string file)
    {
        var result = DeckReview.Run(DeckReader.Read(Fixture(file)), SampleDecks.Deal(), 20);
        Assert.DoesNotContain(result.Findings, f => f.Rule is "generic-content" or "customer-facts");
    }

    [Theory]
    [InlineData("pandoc-zh.pptx")]
    [InlineData("libreoffice-en.pptx")]
    [InlineData("pptxgenjs-zh.pptx")]
    public void Every_slide_has_a_title_notes_and_sane_text(string file)
    {
        var deck = DeckReader.Read(Fixture(file));
        Assert.Equal(9, deck.Slides.Count);
        Assert.All(deck.Slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Title), $"slide {s.Number} has no title"));
        Assert.All(deck.Slides.Skip(1), s => Assert.NotEmpty(s.Notes));
        Assert.All(deck.Slides.SelectMany(s => s.Shapes).SelectMany(s => s.Paragraphs).SelectMany(p => p.Runs).Where(r => r.Text.Trim().Length > 0),
            r => Assert.InRange(r.SizePt, 8, 60));
    }

    [Fact]
    public void Pptxgenjs_titles_are_found_without_placeholders()
    {
        var deck = DeckReader.Read(Fixture("pptxgenjs-zh.pptx"));
        Assert.DoesNotContain(deck.Slides.SelectMany(s => s.Shapes), s => s.PlaceholderType is not null);
        Assert.Equal("某市电信分公司网络改造试点方案", deck.Slides[0].Title);
        Assert.Equal("行业趋势:四级组网成为主流", deck.Slides[2].Title);
        Assert.Equal("谢谢", deck.Slides[8].Title);
        Assert.Contains(deck.Slides[2].Shapes, s => s.Kind == ShapeKind.Chart && s.AltText is not null);
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Regenerated_pandoc_and_impress_decks_review_the_same()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var soffice = ExternalTool.Require("soffice");
        var dir = HostileFiles.Folder();
        var md = Fixture("outline.zh.md");
        var made = Path.Combine(dir, "pandoc-zh.pptx");
        Assert.Equal(0, ExternalTool.Run(pandoc, [md, "-o", made]).Exit);
        Assert.Equal(["few-visuals"], Serious(made));
        var profile = "-env:UserInstallation=file://" + Path.Combine(dir, "profile");
        Assert.Equal(0, ExternalTool.Run(soffice, ["--headless", profile, "--convert-to", "odp", "--outdir", dir, made], dir, 180).Exit);
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, ExternalTool.Run(soffice, ["--headless", profile, "--convert-to", "pptx", "--outdir", outDir, Path.Combine(dir, "pandoc-zh.odp")], dir, 180).Exit);
        Assert.Equal(["few-visuals", "font-too-small", "low-contrast", "table-header-missing"], Serious(Path.Combine(outDir, "pandoc-zh.pptx")));
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void Regenerated_pptxgenjs_deck_reviews_the_same()
    {
        var node = ExternalTool.Require("node");
        var script = Path.Combine(Repo.Root, "tests", "fixtures", "node", "make-deck.mjs");
        Skip.IfNot(Directory.Exists(Path.Combine(Repo.Root, "tests", "fixtures", "node", "node_modules", "pptxgenjs")),
            "pptxgenjs is not installed: run npm ci in tests/fixtures/node");
        var made = Path.Combine(HostileFiles.Folder(), "pptxgenjs-zh.pptx");
        var run = ExternalTool.Run(node, [script, made], Path.GetDirectoryName(script));
        Assert.True(run.Exit == 0, run.Err);
        Assert.Equal(["table-header-missing"], Serious(made));
    }

    private static string[] Serious(string path) =>
        DeckReview.Run(DeckReader.Read(path), minutes: 20).Findings.Where(f => f.Severity != Severity.Tip).Select(f => f.Rule).Distinct().Order().ToArray();
}
