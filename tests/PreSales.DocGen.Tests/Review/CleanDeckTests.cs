using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Review;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>Precision: well-made decks raise no error and no warning, with and without a deal.</summary>
public class CleanDeckTests
{
    [Fact]
    public void Test_decks_pass_the_validator()
    {
        using var document = PresentationDocument.Open(SampleDecks.CleanChinese().SaveTemp(), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Clean_chinese_deck_raises_no_warning_with_its_deal_and_time()
    {
        var result = SampleDecks.Review(SampleDecks.CleanChinese(), SampleDecks.Deal(), minutes: 20);
        var serious = result.Findings.Where(f => f.Severity != Severity.Tip).Select(f => $"{f.Rule} @{f.Slide}: {f.Message.English}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.True(result.Score.Overall >= 95, $"score {result.Score.Overall}");
    }

    [Fact]
    public void Clean_english_deck_raises_no_warning_with_its_deal_and_time()
    {
        var result = SampleDecks.Review(SampleDecks.CleanEnglish(), SampleDecks.Deal(DealLanguage.EnUS), minutes: 20);
        var serious = result.Findings.Where(f => f.Severity != Severity.Tip).Select(f => $"{f.Rule} @{f.Slide}: {f.Message.English}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Fact]
    public void Clean_deck_raises_nothing_at_all_without_a_deal()
    {
        var result = SampleDecks.Review(SampleDecks.CleanChinese());
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings.Select(f => $"{f.Rule} @{f.Slide}: {f.Message.English}")));
        Assert.Equal(100, result.Score.Overall);
    }
}
