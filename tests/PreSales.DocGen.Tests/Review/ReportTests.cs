using System.Security.Cryptography;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Review.Reports;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>JSON and Markdown reports, scores, and the annotated copy.</summary>
public class ReportTests
{
    private static TestDeck Flawed() => new TestDeck()
        .Slide(s => s.Title("方案").Bullets("一", "二", "三", "四", "五", "六", "七", "八"))
        .Slide(s => s.Bullets("TODO 补充").Picture(alt: null))
        .Slide(s => s.Title("表").Table(false, ["a"], ["b"]));

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var result = SampleDecks.Review(Flawed());
        using var json = JsonDocument.Parse(ReviewJson.Write(result, DealLanguage.EnUS));
        var root = json.RootElement;
        Assert.Equal("deck.pptx", root.GetProperty("deck").GetString());
        Assert.Equal(3, root.GetProperty("slides").GetInt32());
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 99);
        Assert.Equal(6, root.GetProperty("scores").EnumerateObject().Count());
        Assert.True(root.GetProperty("estimatedMinutes").GetDouble() >= 1.5);
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "title-missing" && f.GetProperty("slide").GetInt32() == 2 && f.GetProperty("severity").GetString() == "error");
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "alt-text-missing" && f.GetProperty("shape").GetString() == "Picture 3");
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("suggestion").GetString())));
        Assert.Contains(findings, f => f.GetProperty("slide").ValueKind == JsonValueKind.Null || f.GetProperty("slide").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public void Scores_are_100_minus_weighted_findings_capped_per_rule()
    {
        var result = SampleDecks.Review(Flawed());
        var expected = 100 - result.Findings.GroupBy(f => f.Rule).Sum(g => g.Select(f => ReviewScore.Weight(f.Severity)).OrderDescending().Take(3).Sum());
        Assert.Equal(Math.Max(0, expected), result.Score.Overall);
        Assert.True(result.Score.ByCategory[RuleCategory.Accessibility] < 100);
    }

    [Fact]
    public void Markdown_is_in_the_asked_language()
    {
        var result = SampleDecks.Review(Flawed());
        var zh = ReviewMarkdown.Write(result, DealLanguage.ZhCN);
        var en = ReviewMarkdown.Write(result, DealLanguage.EnUS);
        Assert.Contains("# PPT 评审", zh);
        Assert.Contains("## 第 2 页", zh);
        Assert.Contains("本页没有标题", zh);
        Assert.Contains("# Deck review", en);
        Assert.Contains("## Slide 2", en);
        Assert.Contains("`title-missing`", en);
    }

    [Fact]
    public void Annotated_copy_carries_each_finding_as_a_modern_comment_and_the_original_is_untouched()
    {
        var source = Flawed().SaveTemp();
        var hash = SHA256.HashData(File.ReadAllBytes(source));
        var result = DeckReview.Run(DeckReader.Read(source));
        var target = Path.Combine(Path.GetDirectoryName(source)!, "annotated.pptx");
        DeckAnnotation.Write(source, target, result.Findings, DealLanguage.ZhCN);

        Assert.Equal(hash, SHA256.HashData(File.ReadAllBytes(source)));
        using (var document = PresentationDocument.Open(target, false))
        {
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            Assert.NotNull(document.PresentationPart!.authorsPart);
        }
        var annotated = DeckReader.Read(target);
        Assert.Equal(result.Findings.Count, annotated.Slides.Sum(s => s.Comments.Count));
        Assert.Contains(annotated.Slides[1].Comments, c => c.Contains("title-missing"));
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(source)!), f => f.EndsWith(".tmp"));
    }

    [Fact]
    public void Annotating_twice_reuses_the_author_and_the_comment_part()
    {
        var source = Flawed().SaveTemp();
        var once = Path.Combine(Path.GetDirectoryName(source)!, "once.pptx");
        var twice = Path.Combine(Path.GetDirectoryName(source)!, "twice.pptx");
        var findings = DeckReview.Run(DeckReader.Read(source)).Findings;
        DeckAnnotation.Write(source, once, findings, DealLanguage.EnUS);
        DeckAnnotation.Write(once, twice, findings, DealLanguage.EnUS);
        using var document = PresentationDocument.Open(twice, false);
        Assert.Single(document.PresentationPart!.authorsPart!.AuthorList!.ChildElements);
        Assert.All(document.PresentationPart.SlideParts, s => Assert.True(s.commentParts.Count() <= 1));
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document));
    }
}
