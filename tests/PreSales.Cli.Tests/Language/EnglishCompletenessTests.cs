using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Language;

/// <summary>
/// English is complete: everything made from the English sample — analysis, deck and notes, the four Word documents,
/// the review — holds no Chinese character and no full-width punctuation left over from a Chinese template or label.
/// </summary>
public sealed partial class EnglishCompletenessTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory();
    private static readonly string Deal = CliProcess.Samples("telecom-pilot.en-US.json");

    public void Dispose() => dir.Delete(true);

    [Fact]
    public void The_analysis_is_all_english() => AssertEnglish("check", Run("check", Deal).Out);

    [Fact]
    public void The_deck_and_its_notes_are_all_english()
    {
        var deck = Path.Combine(dir.FullName, "deck.pptx");
        Run("deck", Deal, "-o", deck);
        using var document = PresentationDocument.Open(deck, false);
        var text = new StringBuilder();
        foreach (var slide in document.PresentationPart!.SlideParts)
        {
            text.AppendLine(string.Join(" ", slide.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text)));
            if (slide.NotesSlidePart is { } notes)
                text.AppendLine(string.Join(" ", notes.NotesSlide!.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text)));
        }
        AssertEnglish("deck", text.ToString());
        var review = Run("review", deck, "--deal", Deal, "--format", "md");
        AssertEnglish("review", review.Out);
    }

    [Theory]
    [InlineData("minutes")]
    [InlineData("plan")]
    [InlineData("summary")]
    [InlineData("qa")]
    [InlineData("brief")]
    public void Each_word_document_is_all_english(string kind)
    {
        var path = Path.Combine(dir.FullName, kind + ".docx");
        Run("doc", kind, Deal, "-o", path);
        using var document = WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        var text = main.Document!.Body!.InnerText
            + string.Concat(main.HeaderParts.Select(h => h.Header!.InnerText))
            + string.Concat(main.FooterParts.Select(f => f.Footer!.InnerText));
        AssertEnglish(kind, text);
    }

    private static CliProcess.Result Run(params string[] args)
    {
        var result = CliProcess.RunIn(null, "en-US", args);
        // The English sample is complete: every command here does its work and finds nothing to fail on.
        Assert.True(result.Exit == 0, string.Join(' ', args) + ": " + result.Err);
        return result;
    }

    private static void AssertEnglish(string what, string text)
    {
        var leftovers = NotEnglish().Matches(text).Select(m => Around(text, m.Index)).Take(5).ToList();
        Assert.True(leftovers.Count == 0, $"{what} holds Chinese text or punctuation: " + string.Join(" | ", leftovers));
    }

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 30), Math.Min(60, text.Length - Math.Max(0, index - 30))).ReplaceLineEndings(" ");

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\uFF08\uFF09\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF01\uFF1F\u3010\u3011\u300A\u300B]")]
    private static partial Regex NotEnglish();
}
