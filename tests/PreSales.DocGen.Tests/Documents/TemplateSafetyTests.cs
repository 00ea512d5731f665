using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>A Word template is checked like a reviewed deck before any of it is read: hostile ones are refused (how fast: bench/PreSales.Bench -- refusal).</summary>
public class TemplateSafetyTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static byte[] Default => DefaultTemplates.Get(DocumentKind.Minutes, DealLanguage.ZhCN);

    private static DocumentInputException Refused(byte[] template, string code, DealLanguage language = DealLanguage.ZhCN)
    {
        var deal = DocumentDeals.Telecom(language);
        var e = Assert.Throws<DocumentInputException>(() => Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today, Template: template)));
        var problem = Assert.IsType<PackageRejectedException>(e.InnerException).Problem;
        Assert.Equal(code, problem.Code);
        Assert.Contains(problem.Message(language == DealLanguage.ZhCN), e.Message, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void An_encrypted_template_is_named_password_protected_in_the_deal_language()
    {
        Assert.Contains("密码", Refused(HostileTemplates.Encrypted(), "encrypted").Message, StringComparison.Ordinal);
        Assert.Contains("password-protected", Refused(HostileTemplates.Encrypted(), "encrypted", DealLanguage.EnUS).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_template_is_refused_from_the_directory_without_inflating()
    {
        var bomb = HostileTemplates.WithZeros(Default, "word/media/image99.png", 100L << 20);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Refused(bomb, "zip-bomb", DealLanguage.EnUS);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 32L << 20, "the bomb was inflated");
        Assert.Contains("word/media/image99.png", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dot_dot_entry_is_refused() =>
        Assert.Contains("../evil.txt", Refused(HostileTemplates.WithEntry(Default, "../evil.txt", "x"), "unsafe-name").Message, StringComparison.Ordinal);

    [Fact]
    public void A_deck_given_as_word_template_is_named_as_a_presentation()
    {
        Assert.Contains("PPT 演示文稿", Refused(DeckRenderer.DefaultTemplate, "wrong-kind").Message, StringComparison.Ordinal);
        Assert.Contains("this is a presentation (perhaps renamed), not a Word document", Refused(DeckRenderer.DefaultTemplate, "wrong-kind", DealLanguage.EnUS).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_template_within_the_limits_still_fills()
    {
        var deal = DocumentDeals.Telecom();
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Minutes, Today, Template: Default)).Bytes;
        Assert.Empty(Docx.Errors(made));
        Assert.Contains(deal.Customer.Name, Docx.BodyText(made), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_bomb_inside_a_template_part_is_refused_without_expanding()
    {
        var template = HostileTemplates.WithEntityBomb(Default, "word/_rels/document.xml.rels");
        var e = Assert.Throws<DocumentInputException>(() => Deliverables.Make(DocumentDeals.Telecom(), new DocumentRequest(DocumentKind.Minutes, Today, Template: template)));
        Assert.Contains("DTD", e.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
