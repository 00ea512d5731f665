using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>alt-text-missing: a picture, chart, diagram or media clip without alternative text (and not marked decorative).</summary>
public sealed class AltTextMissingRule : Rule
{
    /// <inheritdoc />
    public override string Id => "alt-text-missing";

    /// <inheritdoc />
    public override Severity Severity => Severity.Error;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Accessibility;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("图片和图表要有替代文字，读屏用户和离线阅读者才能理解。", "Pictures and charts need alt text so screen-reader users and readers of exports understand them.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var shape in slide.Shapes)
            {
                if (shape.Kind is ShapeKind.Picture or ShapeKind.Chart or ShapeKind.SmartArt or ShapeKind.Media && !shape.Decorative && string.IsNullOrWhiteSpace(shape.AltText))
                {
                    yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                        new($"“{SlideSignals.NameOf(shape)}”没有替代文字。", $"\"{SlideSignals.NameOf(shape)}\" has no alt text."),
                        new("写一句替代文字说明它表达什么；纯装饰的图片标记为“装饰性”。", "Write one sentence of alt text saying what it shows; mark purely decorative pictures as decorative."));
                }
            }
        }
    }
}
