using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// font-too-small: body text below 18 pt, table text below 14 pt (a table's cells are read up close, and shrink to
/// fit down to that floor before rows continue on another slide); footers and charts excluded.
/// </summary>
public sealed class FontTooSmallRule : Rule
{
    /// <inheritdoc />
    public override string Id => "font-too-small";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("正文小于 18 磅、表格文字小于 14 磅，会议室后排看不清。", "Body text under 18 pt (table text under 14 pt) cannot be read from the back of the room.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["minBodyPt"] = 18, ["minTablePt"] = 14 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var min = Threshold(context, "minBodyPt");
        var minTable = Threshold(context, "minTablePt");
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var shape in slide.Shapes.Where(s => s.Kind is ShapeKind.Body or ShapeKind.TextBox or ShapeKind.OtherPlaceholder or ShapeKind.Table && s.Id != slide.TitleShapeId))
            {
                var table = shape.Kind == ShapeKind.Table;
                var floor = table ? minTable : min;
                var smallest = shape.Paragraphs.SelectMany(p => p.ShownSizes).DefaultIfEmpty(double.MaxValue).Min();
                if (smallest < floor)
                {
                    yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                        table
                            ? new($"表格字号 {smallest:0.#} 磅，小于 {floor:0.#} 磅。", $"Table text at {smallest:0.#} pt, under {floor:0.#} pt.")
                            : new($"正文字号 {smallest:0.#} 磅，小于 {floor:0.#} 磅。", $"Body text at {smallest:0.#} pt, under {floor:0.#} pt."),
                        table
                            ? new("放大字号；放不下就把其余各行移到续页。", "Enlarge the text; if the table no longer fits, continue its rows on another slide.")
                            : new("放大字号；放不下就删减文字或拆页。", "Enlarge the text; if it no longer fits, cut words or split the slide."));
                }
            }
        }
    }
}
