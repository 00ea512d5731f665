using PreSales.DocGen.Decks;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review.Rules;

public class TextCrampedRuleTests
{
    [Fact]
    public void A_box_that_leaves_one_or_two_Chinese_characters_on_a_line_is_flagged()
    {
        // Focus's title-slide subtitle: 198 pt wide (184 pt inside), 23 pt: seven characters a line, "户部" left over.
        var deck = new TestDeck().Slide(s => s.Title("标题").TextBox("某省电信政企客户部", 1, 2, 2.75, 1, sizePt: 23));
        var finding = Assert.Single(SampleDecks.Findings(deck, "text-cramped"));
        Assert.Contains("某省电信政企客户部", finding.Message.Chinese, StringComparison.Ordinal);
        Assert.Contains("23 pt", finding.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_broken_inside_or_a_last_line_of_two_characters_is_flagged()
    {
        var deck = new TestDeck()
            .Slide(s => s.Title("标题").TextBox("Province Telecom", 1, 2, 2, 1, sizePt: 40))
            .Slide(s => s.Title("标题").TextBox("City: failed changes from 6% to 1%", 0.5, 2, 8, 1.5, sizePt: 33));
        Assert.Equal([1, 2], SampleDecks.Findings(deck, "text-cramped").Select(f => f.Slide!.Value).Order());
    }

    [Fact]
    public void Text_on_one_line_or_wrapping_into_full_lines_passes()
    {
        var deck = new TestDeck()
            .Slide(s => s.Title("标题").TextBox("某省电信政企客户部", 1, 2, 2.75, 1, sizePt: 20))
            .Slide(s => s.Title("标题").TextBox("OK", 1, 2, 0.6, 1, sizePt: 20))
            .Slide(s => s.Title("标题").TextBox("Province Telecom Key Accounts", 1, 2, 2.75, 1, sizePt: 18))
            // A closing mark that would start a line hangs at the end of the one before ("完成:" on one line).
            .Slide(s => s.Title("标题").TextBox("第三批割接完成:约四百个服务站", 1, 2, 2.02, 1, sizePt: 18))
            // Four lines: the last one's length cannot be told (the sample deck's timeline label; LibreOffice ends it "中运维").
            .Slide(s => s.Title("标题").TextBox("第三批割接完成:约415个村级服务站,全网集中运维", 1, 2, 2.02, 2, sizePt: 18));
        Assert.Empty(SampleDecks.Findings(deck, "text-cramped"));
    }

    [Theory]
    [InlineData("某省电信政企客户部", 183.6, 23)]
    [InlineData("Four-level network renovation: solution exchange", 297, 22)]
    [InlineData("Extraordinarily long words break: supercalifragilistic", 100, 20)]
    public void Wrapped_lines_are_the_ones_WrappedLines_counts_and_hold_the_whole_text(string text, double width, double size)
    {
        var lines = DeckText.Wrap(text, width, size);
        Assert.Equal(DeckText.WrappedLines(text, width, size), lines.Count);
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines.SkipLast(1), l => Assert.True(DeckText.Ems(l.Text.TrimEnd()) * size <= width + 0.01, $"\"{l.Text}\" is wider than {width} pt"));
    }
}
