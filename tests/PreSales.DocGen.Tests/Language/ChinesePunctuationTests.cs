using System.Text.Json;
using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Tests.Documents;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Language;

/// <summary>
/// What the product writes in Chinese takes Chinese punctuation: a Latin comma, colon or parenthesis beside a Chinese
/// character ("某市:变更失败率", "交流时长(分钟)") is set narrow and spaced by the Latin font and reads as a typo. The
/// sample deal is written with full-width marks throughout, so any Latin one next to Chinese here is the product's.
/// </summary>
public partial class ChinesePunctuationTests
{
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}][,;:!?()]|[,;:!?()][\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex LatinMarkBesideChinese();

    [Fact]
    public void The_sample_deal_is_written_with_chinese_punctuation()
    {
        var json = File.ReadAllText(Repo.Samples("telecom-pilot.zh-CN.json"));
        Assert.Empty(Offending(Strings(JsonDocument.Parse(json).RootElement)));
    }

    [Fact]
    public void The_deck_plan_its_notes_and_its_warnings_use_chinese_punctuation()
    {
        var planning = DeckPlanner.Plan(TestDeals.Sample("telecom-pilot.zh-CN.json"), new DeckRequest());
        var json = DeckPlanJson.Serialize(planning.Plan);
        var texts = Strings(JsonDocument.Parse(json).RootElement).Concat(planning.FactsToGather).ToList();
        Assert.True(texts.Count > 100, $"only {texts.Count} texts read from the plan");
        Assert.Empty(Offending(texts));
    }

    [Theory]
    [InlineData(DocumentKind.Minutes)]
    [InlineData(DocumentKind.Plan)]
    [InlineData(DocumentKind.Summary)]
    [InlineData(DocumentKind.QaPreparation)]
    [InlineData(DocumentKind.Brief)]
    public void Each_word_document_uses_chinese_punctuation(DocumentKind kind)
    {
        var made = Deliverables.Make(TestDeals.Sample("telecom-pilot.zh-CN.json"), new DocumentRequest(kind, new DateOnly(2026, 12, 1)));
        var lines = Docx.BodyText(made.Bytes).Split('\n');
        Assert.True(lines.Length > 10, $"{kind}: only {lines.Length} lines");
        Assert.Empty(Offending(lines));
    }

    [Fact]
    public void A_chinese_deck_shows_text_typed_with_latin_marks_in_chinese_marks_and_leaves_times_and_figures()
    {
        var plan = new DeckPlan
        {
            Language = DealLanguage.ZhCN,
            Slides =
            [
                new PlannedSlide { Kind = SlideKind.Content, Title = "为什么是我们:行业案例多", Body = [new("做法:统一运维平台,一键恢复(试点)"), new("14:00 开始,MLPS 2.0 (level 3)")],
                    Notes = new SpeakerNotes("先讲行业大势,再落到客户自身。", 2) },
            ],
        };
        using var stream = new MemoryStream(DeckRenderer.Render(plan));
        using var deck = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(stream, false);
        var slide = deck.PresentationPart!.SlideParts.Single();
        var shown = string.Join("|", slide.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text));
        Assert.Contains("为什么是我们\uff1a行业案例多", shown);
        Assert.Contains("做法\uff1a统一运维平台\uff0c一键恢复\uff08试点\uff09", shown.Replace("\n", ""));
        Assert.Contains("14:00 开始\uff0cMLPS 2.0 (level 3)", shown);
        var notes = string.Concat(slide.NotesSlidePart!.NotesSlide!.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text));
        Assert.Contains("先讲行业大势\uff0c再落到客户自身。", notes);
    }

    // The places, each with a little of the text around it so a failure shows the sentence at fault.
    private static List<string> Offending(IEnumerable<string> texts) =>
        texts.SelectMany(t => LatinMarkBesideChinese().Matches(t).Select(m => t.Substring(Math.Max(0, m.Index - 12), Math.Min(t.Length, m.Index + 14) - Math.Max(0, m.Index - 12))))
            .Distinct().ToList();

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
