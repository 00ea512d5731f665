using System.IO.Compression;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Review.Reports;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>
/// The Open XML SDK is asked to accept a deck only when the deck is to be annotated (the SDK writes the comments):
/// a review alone reads the checked zip and never builds the SDK's package model. A deck the SDK refuses is still
/// refused, with the same message, whenever a copy is to be annotated.
/// </summary>
public class AnnotationAcceptanceTests
{
    private const string ContentTypes = "[Content_Types].xml";

    // System.IO.Packaging refuses two Default entries for one extension; the review's own reading does not need them.
    private static string TwoDefaultsForXml()
    {
        var path = SampleDecks.CleanChinese().SaveTemp("two-defaults.pptx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        string xml;
        using (var reader = new StreamReader(zip.GetEntry(ContentTypes)!.Open()))
            xml = reader.ReadToEnd();
        var changed = xml.Replace("<Default Extension=\"xml\"", "<Default Extension=\"xml\" ContentType=\"text/xml\"/><Default Extension=\"xml\"", StringComparison.Ordinal);
        Assert.NotEqual(xml, changed);
        HostileFiles.Replace(zip, ContentTypes, changed);
        return path;
    }

    [Fact]
    public void A_deck_the_sdk_refuses_is_reviewed_when_not_annotated()
    {
        var path = TwoDefaultsForXml();
        var deck = DeckReader.Read(path);
        Assert.Equal(DeckReader.Read(SampleDecks.CleanChinese().SaveTemp()).Slides.Count, deck.Slides.Count);
        Assert.Equal(deck.Slides.Count, DeckReader.Read(File.ReadAllBytes(path), "upload.pptx").Slides.Count);
    }

    [Fact]
    public void A_deck_the_sdk_refuses_is_refused_before_its_review_when_it_is_to_be_annotated()
    {
        var path = TwoDefaultsForXml();
        var expected = SafePackage.Damaged(new InvalidOperationException()).Problem;
        foreach (var read in new Func<DeckFacts>[] { () => DeckReader.ReadToAnnotate(path), () => DeckReader.ReadToAnnotate(File.ReadAllBytes(path), "upload.pptx") })
        {
            var problem = Assert.Throws<PackageRejectedException>(read).Problem;
            Assert.Equal((expected.Code, expected.Chinese, expected.English), (problem.Code, problem.Chinese, problem.English));
        }
        var target = Path.Combine(Path.GetDirectoryName(path)!, "annotated.pptx");
        var refused = Assert.Throws<PackageRejectedException>(() => DeckAnnotation.Write(path, target, [], DealLanguage.EnUS)).Problem;
        Assert.Equal(expected.English, refused.English);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_clean_deck_read_to_annotate_is_read_as_for_a_review()
    {
        var path = SampleDecks.CleanChinese().SaveTemp();
        var reviewed = DeckReader.Read(path);
        var toAnnotate = DeckReader.ReadToAnnotate(path);
        Assert.Equal(DeckReview.Run(reviewed).Findings, DeckReview.Run(toAnnotate).Findings);
    }
}
