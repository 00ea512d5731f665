using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// levels-inverted: a point set smaller than its own sub-points (a paragraph of a deeper level, below it in the same
/// box, in a larger size), as when a template's style for the first level is lost and the second level keeps its own:
/// the outline reads upside down. One finding per box.
/// </summary>
public sealed class LevelsInvertedRule : Rule
{
    /// <inheritdoc />
    public override string Id => "levels-inverted";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("要点应不小于其下的子要点，层次才一目了然。", "A point no smaller than its sub-points shows the outline at a glance.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["maxRatio"] = 1.05 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var ratio = Threshold(context, "maxRatio");
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var shape in slide.Shapes.Where(s => s.Kind is ShapeKind.Body or ShapeKind.TextBox && s.Id != slide.TitleShapeId))
            {
                if (Inverted(shape.Paragraphs, ratio) is not { } pair)
                    continue;
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new($"要点“{Short(pair.Point)}”{pair.PointPt:0.#} 磅，小于其子要点的 {pair.SubPt:0.#} 磅。",
                        $"The point \"{Short(pair.Point)}\" is {pair.PointPt:0.#} pt, smaller than its sub-point's {pair.SubPt:0.#} pt."),
                    new("用模板各级正文的样式，让第一级不小于第二级。", "Use the template's body style for each level, the first level no smaller than the second."));
            }
        }
    }

    // The first paragraph whose nearest shallower paragraph above it (its point) is set smaller than it.
    private static (string Point, double PointPt, double SubPt)? Inverted(IReadOnlyList<ParagraphFacts> paragraphs, double ratio)
    {
        var open = new List<(int Level, string Text, double Size)>();
        foreach (var paragraph in paragraphs)
        {
            var size = paragraph.ShownSizes.DefaultIfEmpty(0).Max();
            if (size <= 0)
                continue;
            open.RemoveAll(p => p.Level >= paragraph.Level);
            if (open.Count > 0 && open[^1] is var point && size > point.Size * ratio)
                return (point.Text, point.Size, size);
            open.Add((paragraph.Level, paragraph.Text, size));
        }
        return null;
    }

    private static string Short(string text) => text.Length <= 30 ? text : text[..29] + "…";
}
