using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class AltTextMissingRuleTests
{
    [Fact]
    public void Picture_and_chart_without_alt_text_are_errors()
    {
        var deck = new TestDeck().Slide(s => s.Title("图").Picture(alt: null).Chart(alt: null, x: 6));
        var findings = SampleDecks.Findings(deck, "alt-text-missing");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.NotNull(f.Shape));
    }

    [Fact]
    public void Described_visuals_pass() => Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "alt-text-missing"));
}
