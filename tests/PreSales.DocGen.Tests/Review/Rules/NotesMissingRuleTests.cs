using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class NotesMissingRuleTests
{
    [Fact]
    public void Content_slides_without_notes_get_a_tip()
    {
        var deck = new TestDeck().Slide(s => s.Title("标题页")).Slide(s => s.Title("内容").Bullets("a")).Slide(s => s.Title("有备注").Notes("讲这些"));
        Assert.Equal([2], SampleDecks.Findings(deck, "notes-missing").Select(f => f.Slide!.Value));
    }
}
