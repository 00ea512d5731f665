using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

[Trait("Category", "Slow")]
public class DeckLibreOfficeTests
{
    public static IEnumerable<object[]> Templates() => TestTemplates.All();

    /// <summary>Decks open in LibreOffice Impress and the PDF holds the customer's name (DECK_RENDER_DIR keeps the files to look at).</summary>
    [SkippableTheory]
    [MemberData(nameof(Templates))]
    public void Decks_open_in_libreoffice_and_show_the_customer(string name, byte[] template)
    {
        var soffice = ExternalTool.Require("soffice");
        var pdftotext = ExternalTool.Require("pdftotext");
        var dir = Environment.GetEnvironmentVariable("DECK_RENDER_DIR") is { } keep
            ? Directory.CreateDirectory(Path.Combine(keep, name)).FullName
            : Directory.CreateTempSubdirectory("deck-lo").FullName;
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
        {
            var deal = DeckDeals.Telecom(language);
            var file = Path.Combine(dir, $"deck-{language}.pptx");
            DeckRenderer.RenderToFile(DeckPlanner.Plan(deal, new DeckRequest()).Plan, file, template);
            var profile = "-env:UserInstallation=file://" + Path.Combine(dir, "lo-profile");
            var (exit, _, err) = ExternalTool.Run(soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, file], timeoutSeconds: 180);
            Assert.True(exit == 0, err);
            var pdf = Path.ChangeExtension(file, ".pdf");
            var (_, text, _) = ExternalTool.Run(pdftotext, [pdf, "-"]);
            Assert.Contains(deal.Customer.Name, text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }
}
