using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class CustomerFactsRuleTests
{
    [Fact]
    public void A_name_one_character_off_is_an_error()
    {
        var deck = new TestDeck().Slide(s => s.Title("某市电讯分公司改造方案"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "customer-facts", SampleDecks.Deal()));
        Assert.Contains("某市电讯分公司", finding.Message.Chinese);
        Assert.Equal(PreSales.DocGen.Review.Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_missing_character_is_caught_too()
    {
        var deck = new TestDeck().Slide(s => s.Title("某市电信公司改造方案"));
        Assert.Single(SampleDecks.Findings(deck, "customer-facts", SampleDecks.Deal()));
    }

    [Fact]
    public void English_near_miss_is_caught_as_a_whole_word()
    {
        var deck = new TestDeck().Slide(s => s.Title("Metro Telcom Branch pilot"));
        Assert.NotEmpty(SampleDecks.Findings(deck, "customer-facts", SampleDecks.Deal(PreSales.DocGen.Deals.DealLanguage.EnUS)));
    }

    [Fact]
    public void A_competitor_on_a_slide_is_flagged_but_not_in_notes()
    {
        var onSlide = new TestDeck().Slide(s => s.Title("对比").Bullets("比华信集成更快"));
        var inNotes = new TestDeck().Slide(s => s.Title("对比").Bullets("更快").Notes("华信集成报价低,注意回应"));
        Assert.Single(SampleDecks.Findings(onSlide, "customer-facts", SampleDecks.Deal()));
        Assert.Empty(SampleDecks.Findings(inNotes, "customer-facts", SampleDecks.Deal()));
    }

    [Fact]
    public void Runs_only_with_a_deal() =>
        Assert.Empty(SampleDecks.Findings(new TestDeck().Slide(s => s.Title("某市电讯分公司")), "customer-facts"));

    [Fact]
    public void Correct_forms_and_other_organisations_pass() =>
        Assert.Empty(SampleDecks.Findings(SampleDecks.CleanChinese(), "customer-facts", SampleDecks.Deal()));
}
