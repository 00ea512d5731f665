using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Review.Reports;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>
/// Small, well-formed-looking decks that used to take the process down: each is refused with a one-line message
/// naming what is wrong, or reviewed within the limits; and annotate writes a valid copy or refuses clearly.
/// </summary>
public class HostileDeckTests
{
    private static PackageProblem Refused(string path)
    {
        var e = Assert.Throws<PackageRejectedException>(() => DeckReader.Read(path));
        OneLine(e.Problem);
        return e.Problem;
    }

    private static void OneLine(PackageProblem problem)
    {
        foreach (var text in new[] { problem.Chinese, problem.English })
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotContain('\n', text);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }
    }

    private static List<string> Errors(string path)
    {
        using var document = PresentationDocument.Open(path, false);
        return new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Part?.Uri} {e.Id} {e.Description}").ToList();
    }

    /// <summary>Reviews and annotates; the copy is valid (or has only its source's own errors) and carries every finding once.</summary>
    private static (DeckFacts Deck, int Comments) ReviewAndAnnotate(string source, string? again = null)
    {
        var deck = DeckReader.Read(source);
        var result = DeckReview.Run(deck);
        var target = Path.Combine(Path.GetDirectoryName(source)!, "annotated-" + Path.GetFileName(source));
        DeckAnnotation.Write(again ?? source, target, again is null ? deck : DeckReader.Read(again), result.Findings, DealLanguage.EnUS);
        var before = Errors(source).ToHashSet();
        var added = Errors(target).Where(e => !before.Contains(e)).ToList();
        Assert.True(added.Count == 0, string.Join("\n", added));
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(source)!), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var annotated = DeckReader.Read(target);
        return (deck, annotated.Slides.Sum(s => s.Comments.Count(c => c.Contains(']', StringComparison.Ordinal))));
    }

    [Fact]
    public void Groups_nested_100k_deep_are_refused_without_recursion()
    {
        var problem = Refused(HostileDecks.Nested(100_000));
        Assert.Equal("too-deep", problem.Code);
        Assert.Contains("slide1.xml", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_nested_past_the_limit_are_refused_naming_the_slide()
    {
        var problem = Refused(HostileDecks.Nested(70));
        Assert.Equal("too-deep", problem.Code);
        Assert.Contains("slide 1", problem.English, StringComparison.Ordinal);
        Assert.Contains("第 1 页", problem.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_nested_within_the_limit_are_reviewed_and_annotated()
    {
        var (deck, comments) = ReviewAndAnnotate(HostileDecks.Nested(60));
        Assert.Equal(10, deck.Slides.Count);
        Assert.True(comments > 0);
    }

    [Fact]
    public void Two_hundred_thousand_shapes_on_one_slide_are_refused()
    {
        var problem = Refused(HostileDecks.Shapes(200_000));
        Assert.Equal("too-many-shapes", problem.Code);
        Assert.Contains("slide 1", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hundred_thousand_shapes_spread_over_the_deck_are_refused()
    {
        var problem = Refused(HostileDecks.Shapes(8_000, slides: 25));
        Assert.Equal("too-many-shapes", problem.Code);
        Assert.Contains("the deck has more than 100,000 shapes", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapes_within_the_limit_are_reviewed()
    {
        var deck = DeckReader.Read(HostileDecks.Shapes(5_000));
        Assert.True(deck.Slides[0].Shapes.Count > 5_000);
        Assert.Contains(DeckReview.Run(deck).Findings, f => f.Slide == 10);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_thousand_references_to_one_fat_slide_are_refused_reading_it_once(bool distinctRelationships)
    {
        var path = HostileDecks.RepeatedFatSlide(2_000, distinctRelationships);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var problem = Refused(path);
        Assert.Equal("duplicate-slide", problem.Code);
        Assert.Contains("slides 1 and 2", problem.English, StringComparison.Ordinal);
        // Reading the ~1 MB slide 2,000 times would allocate gigabytes.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200L << 20, "the slide was read more than once");
    }

    [Fact]
    public void Deck_with_no_slides_is_reviewed_and_annotated()
    {
        var (deck, comments) = ReviewAndAnnotate(HostileDecks.NoSlides());
        Assert.Empty(deck.Slides);
        Assert.Equal(0, comments);
    }

    [Fact]
    public void A_bad_crc_is_refused_naming_the_part()
    {
        var problem = Refused(HostileDecks.BadCrc());
        Assert.Equal("crc", problem.Code);
        Assert.Contains("ppt/slides/slide1.xml", problem.English, StringComparison.Ordinal);
        Assert.Contains("CRC", problem.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_notes_are_reviewed_and_annotated()
    {
        var (deck, comments) = ReviewAndAnnotate(HostileDecks.SharedNotes());
        Assert.Equal(deck.Slides[0].Notes, deck.Slides[1].Notes);
        Assert.True(comments > 0);
    }

    [Fact]
    public void Duplicate_relationship_ids_are_annotated_or_refused_in_our_words()
    {
        var path = HostileDecks.DuplicateRelationshipIds();
        try
        {
            var (deck, comments) = ReviewAndAnnotate(path);
            Assert.Equal(DeckReview.Run(deck).Findings.Count, comments);
        }
        catch (PackageRejectedException e)
        {
            OneLine(e.Problem);
            Assert.DoesNotContain("conflicts", e.Problem.English, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Odd_relationship_ids_are_reviewed_and_annotated()
    {
        var (deck, comments) = ReviewAndAnnotate(HostileDecks.OddRelationshipIds());
        Assert.Equal(10, deck.Slides.Count);
        Assert.Equal(DeckReview.Run(deck).Findings.Count, comments);
    }

    [Fact]
    public void Negative_slide_ids_are_reviewed_and_annotated()
    {
        var (deck, comments) = ReviewAndAnnotate(HostileDecks.NegativeSlideIds());
        Assert.Equal(10, deck.Slides.Count);
        Assert.Equal(DeckReview.Run(deck).Findings.Count, comments);
    }

    [Fact]
    public void Duplicate_slide_ids_are_reviewed_and_annotated()
    {
        var (deck, comments) = ReviewAndAnnotate(HostileDecks.DuplicateSlideIds());
        Assert.Equal(DeckReview.Run(deck).Findings.Count, comments);
    }

    [Fact]
    public void Annotating_an_annotated_copy_replaces_its_comments_instead_of_stacking_them()
    {
        var source = HostileDecks.Flawed().SaveTemp();
        var findings = DeckReview.Run(DeckReader.Read(source)).Findings;
        var once = Path.Combine(Path.GetDirectoryName(source)!, "once.pptx");
        DeckAnnotation.Write(source, once, findings, DealLanguage.ZhCN);
        var (_, comments) = ReviewAndAnnotate(source, again: once);
        Assert.Equal(findings.Count, comments);
        var twice = Path.Combine(Path.GetDirectoryName(source)!, "annotated-" + Path.GetFileName(source));
        var third = Path.Combine(Path.GetDirectoryName(source)!, "third.pptx");
        DeckAnnotation.Write(twice, third, findings, DealLanguage.EnUS);
        Assert.Equal(findings.Count, DeckReader.Read(third).Slides.Sum(s => s.Comments.Count));
    }

    [Fact]
    public void Low_deck_limits_exercise_every_read_budget()
    {
        var path = SampleDecks.CleanChinese().SaveTemp();
        DeckLimits[] limits =
        [
            new() { MaxPartBytes = 500 },
            new() { MaxXmlBytes = 5_000 },
            new() { MaxNodes = 100 },
            new() { MaxTextCharacters = 50 },
            new() { MaxShapesPerDeck = 5 },
            new() { MaxXmlDepth = 3 },
        ];
        string[] codes = ["part-too-large", "deck-too-large", "deck-too-large", "deck-too-large", "too-many-shapes", "too-deep"];
        for (var i = 0; i < limits.Length; i++)
        {
            var e = Assert.Throws<PackageRejectedException>(() => DeckReader.Read(path, deckLimits: limits[i]));
            Assert.Equal(codes[i], e.Problem.Code);
            OneLine(e.Problem);
        }
    }
}
