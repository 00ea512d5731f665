using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>title-duplicate: several slides share one title.</summary>
public sealed class TitleDuplicateRule : Rule
{
    /// <inheritdoc />
    public override string Id => "title-duplicate";

    /// <inheritdoc />
    public override Severity Severity => Severity.Tip;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Accessibility;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("标题重复时，导航和读屏无法区分各页，听众也分不清进展。", "Duplicate titles make slides indistinguishable in navigation and to the audience.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var slide in context.Deck.Shown)
        {
            if (string.IsNullOrWhiteSpace(slide.Title))
                continue;
            var key = slide.Title.Trim();
            if (first.TryGetValue(key, out var earlier))
            {
                yield return Found(context, slide.Number, null,
                    new($"标题“{key}”与第 {earlier} 页相同。", $"The title \"{key}\" repeats slide {earlier}'s."),
                    new("让每页标题说出本页独有的结论，或加上（续）/（1/2）。", "Make each title state the slide's own point, or add (cont.) / (1/2)."));
            }
            else
            {
                first[key] = slide.Number;
            }
        }
    }
}
