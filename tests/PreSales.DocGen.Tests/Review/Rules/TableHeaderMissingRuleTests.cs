using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class TableHeaderMissingRuleTests
{
    [Fact]
    public void Table_without_header_row_is_flagged()
    {
        var deck = new TestDeck().Slide(s => s.Title("表").Table(false, ["a", "b"], ["1", "2"]));
        Assert.Single(SampleDecks.Findings(deck, "table-header-missing"));
    }

    [Fact]
    public void Table_with_header_row_passes()
    {
        var deck = new TestDeck().Slide(s => s.Title("表").Table(true, ["a", "b"], ["1", "2"]));
        Assert.Empty(SampleDecks.Findings(deck, "table-header-missing"));
    }
}
