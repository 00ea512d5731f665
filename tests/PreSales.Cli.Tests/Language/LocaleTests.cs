using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Language;

/// <summary>Reports read the same on a German or French machine: numbers with a decimal point, no local digit grouping.</summary>
public sealed class LocaleTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("locale");

    public void Dispose() => dir.Delete(true);

    [Fact]
    [Trait("Category", "Slow")]
    public void A_review_under_a_german_locale_writes_a_decimal_point()
    {
        var deck = Path.Combine(dir.FullName, "deck.pptx");
        var deal = CliProcess.Samples("telecom-pilot.en-US.json");
        Assert.Equal(0, CliProcess.Run("deck", deal, "-o", deck).Exit);
        var german = new Dictionary<string, string> { ["LC_ALL"] = "de_DE.UTF-8", ["LANG"] = "de_DE.UTF-8", ["PRESALES_LANG"] = "en-US" };
        var review = CliProcess.RunWith(german, null, "review", deck, "--deal", deal, "--format", "json");
        Assert.Equal(0, review.Exit);
        var minutes = System.Text.Json.Nodes.JsonNode.Parse(review.Out)!["estimatedMinutes"]!.GetValue<double>();
        Assert.True(minutes > 0);
        var markdown = CliProcess.RunWith(german, null, "review", deck, "--deal", deal, "--format", "md").Out;
        Assert.Matches(@"\d\.\d", markdown);
        Assert.DoesNotMatch(@"\(minutes\): \d+,\d", markdown);
    }
}
