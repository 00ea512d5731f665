using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>overlap: two text-bearing shapes overlapping, so their texts collide.</summary>
public sealed class OverlapRule : Rule
{
    /// <inheritdoc />
    public override string Id => "overlap";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("文本框互相重叠,文字会叠在一起看不清。", "Overlapping text boxes make their texts collide.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minShare"] = 0.2 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var minShare = Threshold(context, "minShare");
        foreach (var slide in context.Deck.Shown)
        {
            var texts = slide.Shapes.Where(s => s.HasText && s.Bounds is not null && s.Kind is not (ShapeKind.Table or ShapeKind.Footer)).ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                for (var j = i + 1; j < texts.Count; j++)
                {
                    var (a, b) = (texts[i].Bounds!.Value, texts[j].Bounds!.Value);
                    var smaller = Math.Min(a.Area, b.Area);
                    if (smaller <= 0 || a.Overlap(b) / smaller < minShare || texts[i].Fill is not null)
                        continue;
                    yield return Found(context, slide.Number, SlideSignals.NameOf(texts[j]),
                        new($"“{SlideSignals.NameOf(texts[j])}”与“{SlideSignals.NameOf(texts[i])}”重叠。", $"\"{SlideSignals.NameOf(texts[j])}\" overlaps \"{SlideSignals.NameOf(texts[i])}\"."),
                        new("调整位置或大小,让文字互不遮挡(用对齐工具)。", "Move or resize them so their texts do not collide (use the align tools)."));
                }
            }
        }
    }
}
