namespace PreSales.DocGen.Review;

/// <summary>
/// Scores, 0–100: 100 minus the weighted findings (error 10, warning 4, tip 1), one rule counting at most three
/// findings so a rule firing on every slide of a long deck does not drown the others. Each category is scored on
/// its own rules' findings; the overall score on all findings. Floors at 0.
/// </summary>
/// <param name="Overall">The overall score.</param>
/// <param name="ByCategory">One score per category, every category present.</param>
public sealed record ReviewScore(int Overall, IReadOnlyDictionary<RuleCategory, int> ByCategory)
{
    /// <summary>Weight of a finding of each severity.</summary>
    public static int Weight(Severity severity) => severity switch
    {
        Severity.Error => 10,
        Severity.Warning => 4,
        _ => 1,
    };

    /// <summary>How many findings of one rule count at most.</summary>
    public const int MaxCountedPerRule = 3;

    /// <summary>Scores a list of findings.</summary>
    public static ReviewScore Of(IReadOnlyList<Finding> findings)
    {
        var byCategory = Enum.GetValues<RuleCategory>().ToDictionary(c => c, c => Score(findings.Where(f => f.Category == c)));
        return new ReviewScore(Score(findings), byCategory);
    }

    private static int Score(IEnumerable<Finding> findings)
    {
        var penalty = findings.GroupBy(f => f.Rule)
            .Sum(g => g.Select(f => Weight(f.Severity)).OrderDescending().Take(MaxCountedPerRule).Sum());
        return Math.Max(0, 100 - penalty);
    }
}
