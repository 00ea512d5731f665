using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>A deck template is checked like a reviewed deck before any of it is read: hostile ones are refused (how fast: bench/PreSales.Bench -- refusal).</summary>
public class TemplateSafetyTests
{
    private static readonly DeckPlan ZhPlan = DeckPlanner.Plan(DeckDeals.Telecom(), new DeckRequest()).Plan;

    private static byte[] Default => DeckRenderer.DefaultTemplate;

    private static DeckInputException Refused(byte[] template, string code)
    {
        var e = Assert.Throws<DeckInputException>(() => DeckRenderer.Render(ZhPlan, template));
        var problem = Assert.IsType<PackageRejectedException>(e.InnerException).Problem;
        Assert.Equal(code, problem.Code);
        Assert.Contains(problem.Chinese, e.Chinese, StringComparison.Ordinal);
        Assert.Contains(problem.English, e.English, StringComparison.Ordinal);
        Assert.StartsWith("模板", e.MessageFor(chinese: true), StringComparison.Ordinal);
        Assert.StartsWith("the template", e.MessageIn(DealLanguage.EnUS), StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void An_encrypted_template_is_named_password_protected()
    {
        var e = Refused(HostileTemplates.Encrypted(), "encrypted");
        Assert.Contains("密码", e.Chinese, StringComparison.Ordinal);
        Assert.Contains("password-protected", e.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_template_is_refused_from_the_directory_without_inflating()
    {
        var bomb = HostileTemplates.WithZeros(Default, "ppt/media/image99.png", 100L << 20);
        Assert.True(bomb.Length < 2L << 20, $"{bomb.Length} bytes");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Refused(bomb, "zip-bomb");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 32L << 20, "the bomb was inflated");
        Assert.Contains("image99.png", e.English, StringComparison.Ordinal);
        Assert.Contains("zip 炸弹", e.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dot_dot_entry_is_refused() =>
        Assert.Contains("../../evil.sh", Refused(HostileTemplates.WithEntry(Default, "../../evil.sh", "echo pwned"), "unsafe-name").English, StringComparison.Ordinal);

    [Fact]
    public void A_word_document_given_as_deck_template_is_named_as_word()
    {
        var e = Refused(DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.ZhCN), "wrong-kind");
        Assert.Contains("Word 文档", e.Chinese, StringComparison.Ordinal);
        Assert.Contains("Word document", e.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_larger_than_its_directory_claims_is_never_read_past_the_limits()
    {
        // 100 MB of zeros that the zip's directory says are 1 KB: a reader allocating by the claim gets 1 KB at most.
        var lying = HostileTemplates.WithLyingSize(Default, "ppt/media/image98.png", 100L << 20, 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            var contents = SafePackage.ReadAll(lying, PackageKind.Presentation, PackageLimits.Template);
            Assert.True(contents.Entries.Single(e => e.Name == "ppt/media/image98.png").Bytes.Length <= 1024);
        }
        catch (PackageRejectedException e)
        {
            Assert.Contains(e.Problem.Code, new[] { "zip-bomb", "damaged", "truncated", "crc" });
        }
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 32L << 20, "the entry was inflated past its claim");
    }

    [Fact]
    public void Inspect_reports_the_kind_of_bytes_and_the_template_limits_leave_room_for_pictures()
    {
        Assert.Equal(PackageKind.Presentation, SafePackage.Inspect(Default, PackageLimits.Template).Kind);
        var word = SafePackage.Inspect(DefaultTemplates.Get(DocumentKind.Plan, DealLanguage.EnUS), PackageLimits.Template);
        Assert.Equal(PackageKind.Word, word.Kind);
        Assert.Equal("/word/document.xml", word.MainPartName);
        // A 40 MB picture (incompressible, like a real photo) is within the template limits and renders.
        var picture = new byte[40 << 20];
        new Random(7).NextBytes(picture);
        var big = HostileTemplates.WithBytes(Default, "ppt/media/logo-big.png", picture);
        Assert.Equal(PackageKind.Presentation, SafePackage.Inspect(big, PackageLimits.Template).Kind);
        var rendered = DeckRenderer.Render(ZhPlan, big);
        Assert.Empty(TestTemplates.Errors(rendered));
        using var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(rendered), false);
        Assert.Equal(ZhPlan.Slides.Count, document.PresentationPart!.SlideParts.Count());
    }

    [Fact]
    public void Input_errors_carry_both_languages()
    {
        var exchange = Assert.Throws<DeckInputException>(() => DeckPlanner.Plan(DeckDeals.Telecom(), new DeckRequest(ExchangeNumber: 9)));
        Assert.Contains("次交流", exchange.MessageIn(DealLanguage.ZhCN), StringComparison.Ordinal);
        Assert.Contains("exchanges", exchange.MessageIn(DealLanguage.EnUS), StringComparison.Ordinal);
        var plan = Assert.Throws<DeckInputException>(() => DeckPlanJson.Deserialize("{\"slides\": []}", "plan.json"));
        Assert.Equal("plan.json：计划中没有幻灯片", plan.Chinese);
        Assert.Equal("plan.json: the plan has no slides", plan.English);
        var outline = Assert.Throws<DeckInputException>(() => OutlineReader.Read("", "."));
        Assert.Contains("大纲", outline.Chinese, StringComparison.Ordinal);
        var layout = Assert.Throws<DeckInputException>(() => DeckRenderer.Render(ZhPlan, TestTemplates.NoUsableLayout()));
        Assert.Contains("版式", layout.Chinese, StringComparison.Ordinal);
        Assert.Equal(layout.English, layout.Message);
    }

    [Fact]
    public void An_entity_bomb_inside_a_template_part_is_refused_without_expanding()
    {
        var template = HostileTemplates.WithEntityBomb(Default, "ppt/presentation.xml");
        var e = Assert.Throws<DeckInputException>(() => DeckRenderer.Render(ZhPlan, template));
        Assert.Contains("DTD", e.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
