using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>table-header-missing: a table whose first row is not marked as the header row.</summary>
public sealed class TableHeaderMissingRule : Rule
{
    /// <inheritdoc />
    public override string Id => "table-header-missing";

    /// <inheritdoc />
    public override Severity Severity => Severity.Error;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Accessibility;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("表格要标明标题行，读屏软件才能把每个单元格和列名对应起来。", "Tables need a header row so screen readers can tie each cell to its column.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var shape in slide.Shapes.Where(s => s.Kind == ShapeKind.Table && s.TableHeader == false))
            {
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new("表格没有标题行。", "The table has no header row."),
                    new("在“表设计”中勾选“标题行”，第一行写列名。", "Tick \"Header Row\" in Table Design and put column names in the first row."));
            }
        }
    }
}
