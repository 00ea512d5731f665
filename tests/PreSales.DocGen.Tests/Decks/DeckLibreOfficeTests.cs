using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;

namespace PreSales.DocGen.Tests.Decks;

[Trait("Category", "Slow")]
public class DeckLibreOfficeTests(DeckPdfs pdfs) : IClassFixture<DeckPdfs>
{
    public static IEnumerable<object[]> Templates() => TestTemplates.All();

    /// <summary>Decks open in LibreOffice Impress and the PDF holds the customer's name (DECK_RENDER_DIR keeps the files to look at).</summary>
    [SkippableTheory]
    [MemberData(nameof(Templates))]
    public void Decks_open_in_libreoffice_and_show_the_customer(string name, byte[] template)
    {
        ExternalTool.Require("soffice");
        ExternalTool.Require("pdftotext");
        Assert.NotEmpty(template);
        foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
            Assert.Contains(DeckDeals.Telecom(language).Customer.Name, pdfs.Text.Value[pdfs.PathOf(name, language)], StringComparison.Ordinal);
    }
}

/// <summary>A deck per test template and language, converted to PDF by one LibreOffice start shared by the tests.</summary>
public sealed class DeckPdfs : IDisposable
{
    private readonly string? keep = Environment.GetEnvironmentVariable("DECK_RENDER_DIR");
    private readonly string dir;

    public DeckPdfs()
    {
        dir = keep is not null ? Directory.CreateDirectory(keep).FullName : Directory.CreateTempSubdirectory("deck-lo").FullName;
        Text = new Lazy<IReadOnlyDictionary<string, string>>(() =>
        {
            var files = new List<string>();
            foreach (var row in TestTemplates.All())
            {
                var (name, template) = ((string)row[0], (byte[])row[1]);
                foreach (var language in new[] { DealLanguage.ZhCN, DealLanguage.EnUS })
                {
                    var file = PathOf(name, language);
                    DeckRenderer.RenderToFile(DeckPlanner.Plan(DeckDeals.Telecom(language), new DeckRequest()).Plan, file, template);
                    files.Add(file);
                }
            }
            return LibreOffice.PdfText(files, dir);
        });
    }

    public Lazy<IReadOnlyDictionary<string, string>> Text { get; }

    public string PathOf(string template, DealLanguage language) => Path.Combine(dir, $"{template}-deck-{language}.pptx");

    public void Dispose()
    {
        if (keep is null)
            Directory.Delete(dir, recursive: true);
    }
}
