using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>
/// Decks the renderer made on LibreOffice's own templates before issue 14 was fixed (tests/fixtures/decks/unfixed):
/// body text on the title master's band, template text styles lost, tables running off the slide. The review must
/// see what a person sees on them.
/// </summary>
public class UnfixedDeckTests
{
    [Theory]
    [InlineData("Vivid-zh.pptx", new[] { "title-smaller", "off-slide" })]
    [InlineData("Midnightblue-zh.pptx", new[] { "font-too-small", "text-overflow", "off-slide" })]
    [InlineData("Progress-zh.pptx", new[] { "title-smaller", "off-slide", "low-contrast" })]
    [InlineData("Midnightblue-levels-zh.pptx", new[] { "levels-inverted" })]
    [InlineData("Yellow_Idea-zh.pptx", new[] { "decoration-overlap" })]
    [InlineData("Metropolis-titles-en.pptx", new[] { "title-shrunk" })]
    public void The_review_flags_what_the_unfixed_renderer_got_wrong(string file, string[] expected)
    {
        var deck = DeckReader.Read(Path.Combine(Repo.Root, "tests", "fixtures", "decks", "unfixed", file));
        var rules = DeckReview.Run(deck).Findings.Select(f => f.Rule).ToHashSet();
        Assert.All(expected, rule => Assert.Contains(rule, rules));
    }

    [Fact]
    public void A_table_growing_past_the_slide_bottom_is_off_the_slide()
    {
        var deck = DeckReader.Read(Path.Combine(Repo.Root, "tests", "fixtures", "decks", "unfixed", "Progress-zh.pptx"));
        var table = deck.Slides.SelectMany(s => s.Shapes).First(s => s.Kind == ShapeKind.Table && s.Bounds!.Value.Bottom > deck.Height);
        Assert.NotNull(table);
    }
}
