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
    [InlineData("Blueprint_Plans-pencil-en.pptx", new[] { "decoration-overlap" })]
    [InlineData("Metropolis-ribbon-en.pptx", new[] { "decoration-overlap" })]
    [InlineData("Focus-zh.pptx", new[] { "text-cramped" })]
    public void The_review_flags_what_the_unfixed_renderer_got_wrong(string file, string[] expected)
    {
        var deck = DeckReader.Read(Path.Combine(Repo.Root, "tests", "fixtures", "decks", "unfixed", file));
        var rules = DeckReview.Run(deck).Findings.Select(f => f.Rule).ToHashSet();
        Assert.All(expected, rule => Assert.Contains(rule, rules));
    }

    [Theory]
    [InlineData("Blueprint_Plans-pencil-en.pptx", new[] { 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData("Metropolis-ribbon-en.pptx", new[] { 1, 3, 4, 5, 6, 7, 8, 9, 10 })]
    public void Long_titles_over_the_pencil_or_past_the_ribbon_in_the_background_picture_are_flagged_and_short_ones_are_not(string file, int[] slides)
    {
        // Blueprint's long titles ran onto the pencil drawn in its picture; Metropolis' two-line titles ran past the
        // ribbon painted in its picture. "Agenda" and "Summary and next steps" lie on the paper and the ribbon.
        var deck = DeckReader.Read(Path.Combine(Repo.Root, "tests", "fixtures", "decks", "unfixed", file));
        var flagged = DeckReview.Run(deck).Findings.Where(f => f.Rule == "decoration-overlap").ToList();
        Assert.All(flagged, f => Assert.Equal(ShapeKind.Title, deck.Slides[f.Slide!.Value - 1].Shapes.First(s => PreSales.DocGen.Review.Rules.SlideSignals.NameOf(s) == f.Shape).Kind));
        Assert.Equal(slides, flagged.Select(f => f.Slide!.Value).Distinct().Order());
    }

    [Fact]
    public void A_subtitle_whose_narrow_box_leaves_a_character_alone_is_cramped()
    {
        // Focus's title slide: its subtitle box is 198 pt wide, set at 23 pt: "某省电信政企客户部" breaks before "部"
        // (LibreOffice) or "户部" (the fitter's measure); nothing else on the deck is cramped.
        var deck = DeckReader.Read(Path.Combine(Repo.Root, "tests", "fixtures", "decks", "unfixed", "Focus-zh.pptx"));
        var finding = Assert.Single(DeckReview.Run(deck).Findings, f => f.Rule == "text-cramped");
        Assert.Equal(1, finding.Slide);
        Assert.Equal("subTitle", deck.Slides[0].Shapes.First(s => PreSales.DocGen.Review.Rules.SlideSignals.NameOf(s) == finding.Shape).PlaceholderType);
        Assert.Contains("某省电信政企客户部", finding.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_growing_past_the_slide_bottom_is_off_the_slide()
    {
        var deck = DeckReader.Read(Path.Combine(Repo.Root, "tests", "fixtures", "decks", "unfixed", "Progress-zh.pptx"));
        var table = deck.Slides.SelectMany(s => s.Shapes).First(s => s.Kind == ShapeKind.Table && s.Bounds!.Value.Bottom > deck.Height);
        Assert.NotNull(table);
    }
}
