using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class LeftoverTextRuleTests
{
    [Theory]
    [InlineData("单击此处添加标题")]
    [InlineData("Click to add title")]
    [InlineData("预算 TBD")]
    [InlineData("TODO: 补充数据")]
    [InlineData("XX公司的案例")]
    public void Prompts_and_todo_marks_are_errors(string text)
    {
        var deck = new TestDeck().Slide(s => s.Title("页").TextBox(text, 1, 2, 6, 1));
        Assert.Single(SampleDecks.Findings(deck, "leftover-text"));
    }

    [Theory]
    [InlineData("XXL 尺寸")]
    [InlineData("Toddler care")]
    [InlineData("2 TB storage")]
    public void Ordinary_words_are_not_leftovers(string text)
    {
        var deck = new TestDeck().Slide(s => s.Title("页").TextBox(text, 1, 2, 6, 1));
        Assert.Empty(SampleDecks.Findings(deck, "leftover-text"));
    }
}
