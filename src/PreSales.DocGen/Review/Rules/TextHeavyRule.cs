using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>text-heavy: a slide with more than 6 bullets, or more Chinese characters / English words than a listener reads.</summary>
public sealed class TextHeavyRule : Rule
{
    /// <inheritdoc />
    public override string Id => "text-heavy";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("文字太多、图表太少：听众读字时就不再听讲。", "Too much text: while the audience reads, it stops listening.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["maxBullets"] = 6,
        ["maxChineseCharacters"] = 150,
        ["maxEnglishWords"] = 80,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var maxBullets = Threshold(context, "maxBullets");
        var maxCjk = Threshold(context, "maxChineseCharacters");
        var maxWords = Threshold(context, "maxEnglishWords");
        foreach (var slide in context.Deck.Shown)
        {
            var bullets = SlideSignals.Bullets(slide).Count();
            var measure = SlideSignals.BodyMeasure(slide);
            var load = measure.CjkCharacters / maxCjk + measure.Words / maxWords;
            if (bullets > maxBullets)
            {
                yield return Found(context, slide.Number, null,
                    new($"本页有 {bullets} 条要点，超过 {maxBullets} 条。", $"The slide has {bullets} bullets, more than {maxBullets}."),
                    new("只留最关键的要点，其余放进讲稿或附录，或拆成两页。", "Keep the key points; move the rest to the notes or an appendix, or split the slide."));
            }
            else if (load > 1)
            {
                yield return Found(context, slide.Number, null,
                    new($"本页正文约 {measure.CjkCharacters} 个汉字、{measure.Words} 个英文词，文字过多。", $"The slide's body holds about {measure.CjkCharacters} Chinese characters and {measure.Words} English words: too much text."),
                    new("把句子压缩成关键词，用图表或图示代替大段文字。", "Cut sentences to key phrases; show a chart or diagram instead of paragraphs."));
            }
        }
    }
}
