using PreSales.DocGen.Language;

namespace PreSales.DocGen.Tests.Language;

public class TextMeasureTests
{
    [Theory]
    [InlineData("提高建设速度", 6, 0)]
    [InlineData("Raise the build speed", 0, 4)]
    [InlineData("B/S 架构的 MLPS 2.0 合规", 5, 4)]
    [InlineData("𠮷野家", 3, 0)] // a rare ideograph outside the BMP counts once
    [InlineData("don't re-use 2.5", 0, 3)]
    public void Chinese_by_characters_other_text_by_words(string text, int cjk, int words) =>
        Assert.Equal(new TextMeasure(cjk, words), TextMeasure.Of(text));

    [Fact]
    public void Speaking_time_uses_200_characters_or_140_words_a_minute()
    {
        Assert.Equal(1.0, TextMeasure.Of(new string('字', 200)).SpeakingMinutes, 3);
        Assert.Equal(1.0, TextMeasure.Of(string.Join(' ', Enumerable.Repeat("word", 140))).SpeakingMinutes, 3);
    }
}
