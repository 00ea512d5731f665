using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;

namespace PreSales.DocGen.Tests.Decks;

public class DeckSmokeTests
{
    [Fact]
    public void Renders_a_valid_deck()
    {
        var planning = DeckPlanner.Plan(DeckDeals.Telecom(), new DeckRequest());
        var bytes = DeckRenderer.Render(planning.Plan);
        var dir = Path.Combine(Path.GetTempPath(), "deck-smoke");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "zh.pptx"), bytes);
        File.WriteAllBytes(Path.Combine(dir, "en.pptx"), DeckRenderer.Render(DeckPlanner.Plan(DeckDeals.Telecom(DealLanguage.EnUS), new DeckRequest()).Plan));
        using var doc = PresentationDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}

public class DeckFixtureWriter
{
    [Fact]
    public void Write_fixture_deals()
    {
        if (Environment.GetEnvironmentVariable("WRITE_DECK_FIXTURES") is not { } dir) return;
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "deck-deal.zh-CN.json"), DealJson.Serialize(DeckDeals.Telecom()));
        File.WriteAllText(Path.Combine(dir, "deck-deal.en-US.json"), DealJson.Serialize(DeckDeals.Telecom(DealLanguage.EnUS)));
    }
}
