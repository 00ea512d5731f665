using System.IO.Compression;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Packaging;

/// <summary>The text of decks and Word documents made by other tools (LibreOffice, pandoc, PptxGenJS) and by the engine's templates.</summary>
public sealed class DocumentTextTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "fixtures", "decks", name));

    [Theory]
    [InlineData("libreoffice-zh.pptx")]
    [InlineData("pandoc-zh.pptx")]
    [InlineData("pptxgenjs-zh.pptx")]
    public void A_decks_slides_come_in_order_with_their_notes(string file)
    {
        var text = DocumentText.Extract(Fixture(file));
        Assert.Equal(PackageKind.Presentation, text.Kind);
        Assert.False(text.Truncated);
        var title = text.Text.IndexOf("某市电信分公司网络改造试点方案", StringComparison.Ordinal);
        var agenda = text.Text.IndexOf("议程", StringComparison.Ordinal);
        var thanks = text.Text.LastIndexOf("谢谢", StringComparison.Ordinal);
        Assert.True(title >= 0 && title < agenda && agenda < thanks, text.Text);
        // Speaker notes are part of the text, right after their slide.
        Assert.Contains("这三个问题是我们在调研中听到最多的。", text.Text);
    }

    // The host reads the text of what it has just generated without checking the zip again: the same text.
    [Theory]
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("revenue-office.en-US.json")]
    public void A_written_deck_or_document_gives_the_same_text_unchecked(string sample)
    {
        var deal = PreSales.DocGen.Deals.DealReader.ReadFile(Repo.Samples(sample)).Deal!;
        var deck = PreSales.DocGen.Decks.Rendering.DeckRenderer.Render(PreSales.DocGen.Decks.DeckPlanner.Plan(deal, new PreSales.DocGen.Decks.DeckRequest()).Plan);
        var strategyPlan = PreSales.DocGen.Documents.Deliverables.Make(deal, new PreSales.DocGen.Documents.DocumentRequest(
            PreSales.DocGen.Documents.DocumentKind.Plan, new DateOnly(2026, 12, 1), null, null, PreSales.DocGen.Documents.DocumentNaming.DefaultPattern, 1)).Bytes;
        foreach (var file in new[] { deck, strategyPlan })
        {
            var written = DocumentText.ExtractWritten(file);
            Assert.True(written.Text.Length > 500);
            Assert.Equal(DocumentText.Extract(file), written);
        }
    }

    [Fact]
    public void A_word_document_gives_its_paragraphs_and_table_rows()
    {
        var text = DocumentText.Extract(File.ReadAllBytes(Repo.Templates("minutes.zh-CN.docx")));
        Assert.Equal(PackageKind.Word, text.Kind);
        Assert.Contains("[标题]", text.Text);
        Assert.Contains(text.Text.Split('\n'), line => line.StartsWith("交易 | ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_stops_at_its_budget()
    {
        var text = DocumentText.Extract(Fixture("libreoffice-zh.pptx"), maxCharacters: 20);
        Assert.True(text.Truncated);
        Assert.True(text.Text.Length <= 20);
    }

    [Fact]
    public void Hostile_packages_are_refused_with_a_reason()
    {
        var deck = Fixture("libreoffice-zh.pptx");
        Assert.Equal("dtd", Assert.Throws<PackageRejectedException>(() => DocumentText.Extract(HostileTemplates.WithEntityBomb(deck, "ppt/slides/slide1.xml"))).Problem.Code);
        Assert.Equal("zip-bomb", Assert.Throws<PackageRejectedException>(() => DocumentText.Extract(WithDenseZeros(deck))).Problem.Code);
        Assert.Equal("truncated", Assert.Throws<PackageRejectedException>(() => DocumentText.Extract(deck[..(deck.Length / 2)])).Problem.Code);
        Assert.Equal("encrypted", Assert.Throws<PackageRejectedException>(() => DocumentText.Extract(HostileTemplates.Encrypted())).Problem.Code);
    }

    // 50 MB of zeros deflated as tightly as possible: a ratio of about 1000:1, far over the limit of 200:1.
    private static byte[] WithDenseZeros(byte[] package)
    {
        using var output = new MemoryStream();
        output.Write(package);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("ppt/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 50; i++)
                stream.Write(zeros);
        }
        return output.ToArray();
    }
}
