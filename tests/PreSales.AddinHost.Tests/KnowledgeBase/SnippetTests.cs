using PreSales.AddinHost.KnowledgeBase;

namespace PreSales.AddinHost.Tests.KnowledgeBase;

/// <summary>
/// Hits found in the text as the index folds it, mapped back to the text as it was typed: full-width letters, a
/// ligature that folds to two letters, characters outside the basic plane, compatibility ideographs.
/// </summary>
public sealed class SnippetTests
{
    private const string Text = "第一：ＣＵＴＯＶＥＲ 方案，ﬁles 与 𠮷野家 割接 Proposals 豈力 丽";

    [Theory]
    [InlineData("cutover", "ＣＵＴＯＶＥＲ")]
    [InlineData("files", "ﬁles")]
    [InlineData("𠮷野", "𠮷野")]
    [InlineData("割接", "割接")]
    [InlineData("proposal", "Proposals")]
    [InlineData("豈力", "豈力")]   // U+F900, a compatibility ideograph: NFKC U+8C48
    [InlineData("丽", "丽")]
    public void A_hit_marks_the_text_as_typed(string query, string marked)
    {
        var hits = Snippet.Hits(Text, SearchTerms.Parse(query));
        var (start, end) = Assert.Single(hits);
        Assert.Equal(marked, Text[start..end]);
        Assert.Contains($"<mark>{marked}</mark>", Snippet.Of(Text, SearchTerms.Parse(query)));
    }

    [Fact]
    public void A_separator_is_never_part_of_a_hit()
    {
        Assert.Empty(Snippet.Hits(Text, SearchTerms.Parse("方案与")));
        Assert.Empty(Snippet.Hits(Text, SearchTerms.Parse("ver")));
    }
}
