using System.Text.RegularExpressions;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>leftover-text: prompt text ("Click to add title", "单击此处添加标题"), TODO, TBD, XX left on a slide.</summary>
public sealed partial class LeftoverTextRule : Rule
{
    /// <inheritdoc />
    public override string Id => "leftover-text";

    /// <inheritdoc />
    public override Severity Severity => Severity.Error;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Hygiene;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("残留的提示语和待办标记让客户看到半成品。", "Leftover prompts and to-do marks show the customer an unfinished draft.");

    [GeneratedRegex(@"click to (add|edit)|单击此处|点击此处|单击以添加|点击添加|lorem ipsum|(?<![A-Za-z])(TODO|TBD|TBC|FIXME)(?![A-Za-z])|待定|待补充|待完善|(?<![A-Za-z])X{2,}(?![A-Za-z])|(?<![A-Za-z])x{3,}(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Leftover();

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in context.Deck.Slides)
        {
            foreach (var shape in slide.Shapes.Where(s => s.HasText))
            {
                var match = Leftover().Match(shape.Text);
                if (!match.Success)
                    continue;
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new($"残留文字：“{Excerpt(shape.Text, match)}”。", $"Leftover text: \"{Excerpt(shape.Text, match)}\"."),
                    new("补上真实内容，或删掉提示语和待办标记。", "Put in the real content, or delete the prompt or to-do mark."));
            }
        }
    }

    private static string Excerpt(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 10);
        var end = Math.Min(text.Length, match.Index + match.Length + 10);
        return text[start..end].Replace('\n', ' ').Trim();
    }
}
