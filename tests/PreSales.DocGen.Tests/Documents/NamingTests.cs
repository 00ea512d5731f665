using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Tests.Documents;

public class NamingTests
{
    private static readonly Vocabulary V = Vocabulary.For(DealLanguage.ZhCN);
    private static readonly NameParts Parts = new("省电信", "telecom-pilot", "方案完善", new DateOnly(2026, 3, 15), "交流总结", 2, 3);

    [Fact]
    public void The_convention_fills_every_placeholder()
    {
        Assert.Equal("省电信-方案完善-20260315-交流总结-v2", DocumentNaming.Format("{customer}-{stage}-{date}-交流总结-v{n}", Parts, V));
        Assert.Equal("telecom-pilot_3_交流总结", DocumentNaming.Format("{deal}_{exchange}_{document}", Parts, V));
    }

    [Fact]
    public void A_short_name_written_for_sentences_loses_its_article_in_a_file_name()
    {
        Assert.Equal("Revenue Office-v2", DocumentNaming.Format("{customer}-v{n}", Parts with { Customer = "the Revenue Office" }, V));
        Assert.Equal("Theatre Royal-v2", DocumentNaming.Format("{customer}-v{n}", Parts with { Customer = "Theatre Royal" }, V));
    }

    [Fact]
    public void Names_are_safe_file_names()
    {
        var parts = Parts with { Customer = "A/B: \"C\"*?<>|\\ 公司.  " };
        var name = DocumentNaming.Format("{customer}", parts, V);
        Assert.Equal("A_B_ _C_______ 公司", name);
        Assert.Equal("_CON", DocumentNaming.Sanitise("CON"));
        Assert.Equal("document", DocumentNaming.Sanitise(" ... "));
        Assert.True(DocumentNaming.Sanitise(new string('长', 300)).Length <= 120);
    }

    [Fact]
    public void A_long_name_fits_the_file_system_in_bytes_and_keeps_its_end_so_versions_differ()
    {
        var long1 = DocumentNaming.Format("{customer}-{document}-v{n}", Parts with { Customer = new string('瀚', 150), Version = 1 }, V);
        var long2 = DocumentNaming.Format("{customer}-{document}-v{n}", Parts with { Customer = new string('瀚', 150), Version = 2 }, V);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(long1 + ".docx") <= 255, long1);
        Assert.EndsWith("-v1", long1, StringComparison.Ordinal);
        Assert.NotEqual(long1, long2);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_kept_and_broken_text_is_replaced()
    {
        Assert.Equal("𠮷野家😀", DocumentNaming.Sanitise("𠮷野家😀"));
        Assert.Equal("a_b", DocumentNaming.Sanitise("a\ud800b"));
        Assert.Equal("a b", DocumentNaming.Sanitise("a\r\nb"));
    }

    [Fact]
    public void An_unknown_placeholder_is_named()
    {
        var e = Assert.Throws<DocumentInputException>(() => DocumentNaming.Format("{customer}-{projekt}", Parts, V));
        Assert.Contains("{projekt}", e.Message);
    }
}
