using System.Text;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>
/// Files committed from code: the CLI tests' deal files (written from <see cref="DocumentDeals"/>) and templates/
/// (written by the template generator). Run with UPDATE_FIXTURES=1 to rewrite them.
/// </summary>
public class FixtureTests
{
    private static bool Update => Environment.GetEnvironmentVariable("UPDATE_FIXTURES") == "1";

    [Theory]
    [InlineData(DealLanguage.ZhCN, "telecom.zh-CN.json")]
    [InlineData(DealLanguage.EnUS, "telecom.en-US.json")]
    public void Cli_deal_fixtures_are_the_code_deals(DealLanguage language, string file)
    {
        var path = Path.Combine(Repo.Root, "tests", "PreSales.Cli.Tests", "Doc", file);
        var json = DealJson.Serialize(DocumentDeals.Telecom(language)) + "\n";
        if (Update)
            File.WriteAllText(path, json, new UTF8Encoding(false));
        Assert.Equal(json, File.ReadAllText(path));
        Assert.True(DealReader.ReadFile(path).IsValid);
    }

    [Fact]
    public void Committed_templates_are_valid_and_carry_every_tag()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var language in Enum.GetValues<DealLanguage>())
            {
                var path = Repo.Templates(DefaultTemplates.FileName(kind, language));
                if (Update)
                    AtomicFile.Write(path, DefaultTemplates.Get(kind, language));
                var bytes = File.ReadAllBytes(path);
                var errors = Docx.Errors(bytes);
                Assert.True(errors.Count == 0, path + "\n" + string.Join("\n", errors));
                var missing = Docx.Read(bytes, d => TemplateCheck.Missing(d, kind));
                Assert.True(missing.Count == 0, path + ": " + string.Join(", ", missing));
                string Xml(byte[] b) => Docx.Read(b, d => d.MainDocumentPart!.Document!.OuterXml);
                Assert.True(Xml(DefaultTemplates.Get(kind, language)) == Xml(bytes), path + " is not the generator's output: run the tests with UPDATE_FIXTURES=1");
                var tags = Docx.Read(bytes, d => d.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SdtElement>().Count());
                Assert.True(tags >= TemplateTags.For(kind).Count, path);
            }
        }
    }
}
