using PreSales.DocGen.Decks;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// text-cramped: a text whose box, at the size a reader sees it, breaks it so that a line holds at most
/// <c>maxCharacters</c> characters (Chinese counted one by one) or a word is broken inside: Focus's 198 pt subtitle at
/// 23 pt left "部" and "03" alone on their lines. Lines as the deck fitter wraps them (<see cref="DeckText.Cramped"/>:
/// Latin words kept whole, Chinese broken anywhere, closing marks hung) in the box's width less its insets; tables,
/// charts and footers excluded. Short lines count in paragraphs of at most <c>maxLines</c> lines: the measure's error on a line adds up
/// line by line, so the length of a longer paragraph's last line cannot be told (the sample deck's four-line timeline
/// label ends "运维" by the measure, "中运维" in LibreOffice).
/// </summary>
public sealed class TextCrampedRule : Rule
{
    private const double EmuPerPoint = 12700;

    /// <inheritdoc />
    public override string Id => "text-cramped";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Design;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("文本框太窄，一行只剩一两个字或把单词拆开，读起来支离破碎。", "A box so narrow that a line holds one or two characters, or a word is broken, makes the text hard to read.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double> { ["maxCharacters"] = 2, ["maxLines"] = 3 };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var most = (int)Threshold(context, "maxCharacters");
        var lines = (int)Threshold(context, "maxLines");
        foreach (var slide in context.Deck.Shown)
        {
            foreach (var shape in slide.Shapes)
            {
                if (!shape.HasText || shape.WordArt || shape.Bounds is not { } b || shape.Kind is ShapeKind.Table or ShapeKind.Chart or ShapeKind.Footer)
                    continue;
                var width = (b.Width - shape.Insets.Horizontal) / EmuPerPoint;
                if (width <= 0)
                    continue;
                var cramped = shape.Paragraphs.Where(p => p.Text.Length > 0)
                    .FirstOrDefault(p => DeckText.Cramped(p.Text, width, p.ShownSizes.DefaultIfEmpty(18).Max(), most, lines));
                if (cramped is null)
                    continue;
                var size = cramped.ShownSizes.DefaultIfEmpty(18).Max();
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new($"“{cramped.Text}”在 {width:0} 磅宽的框里以 {size:0.#} 磅排版，会有一行只剩一两个字或单词被拆开。", $"\"{cramped.Text}\" at {size:0.#} pt in a box {width:0} pt wide leaves a line of one or two characters, or breaks a word."),
                    new("把文本框加宽、字号减小（不低于 18 磅），或在分隔处主动换行。", "Widen the box, set the text a little smaller (not under 18 pt), or break the line at its separators."));
            }
        }
    }
}
