using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// customer-facts (with a deal): the customer's name written in a wrong or inconsistent form — a near miss of the
/// name, the short name or an alias (one character different, added or missing) — and a competitor named on a
/// customer-facing slide (slides, not notes).
/// </summary>
public sealed class CustomerFactsRule : Rule
{
    /// <inheritdoc />
    public override string Id => "customer-facts";

    /// <inheritdoc />
    public override Severity Severity => Severity.Error;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override bool NeedsDeal => true;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("写错客户名称或在客户面前点名竞争对手，会直接失分。", "A misspelt customer name, or a competitor named in front of the customer, loses points at once.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Deal is not { } deal)
            yield break;
        var forms = new[] { deal.Customer.Name, deal.Customer.ShortName }.Concat(deal.Customer.Aliases).OfType<string>().Where(f => f.Length >= 3).Distinct().ToList();
        var competitors = deal.Competitors.Where(c => !Method.SlideStrategy.IsPartner(deal, c)).Select(c => c.Name).Where(n => n.Length >= 2).ToList();
        foreach (var slide in context.Deck.Slides)
        {
            var text = slide.Text;
            foreach (var miss in NearMisses(text, forms).Distinct())
            {
                yield return Found(context, slide.Number, null,
                    new($"客户名称写成了“{miss.Found}”，应为“{miss.Expected}”。", $"The customer's name is written \"{miss.Found}\"; it is \"{miss.Expected}\"."),
                    new("统一使用客户的正式名称或约定的简称。", "Use the customer's official name or the agreed short name throughout."));
            }
            foreach (var competitor in competitors.Where(c => Contains(text, c)))
            {
                yield return Found(context, slide.Number, null,
                    new($"客户可见的页面上出现了竞争对手“{competitor}”。", $"The competitor \"{competitor}\" is named on a customer-facing slide."),
                    new("不在客户面前点名对手：改为讲我们的优势和客户应关注的评估点。", "Do not name rivals in front of the customer: speak of our strengths and what the customer should evaluate."));
            }
        }
    }

    private static bool Contains(string text, string name) =>
        TextMeasure.Of(name).MostlyCjk ? text.Contains(name, StringComparison.Ordinal) : System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Names shorter than this are checked for an added or missing character only, not a changed one.</summary>
    public const int MinLengthForSubstitution = 5;

    /// <summary>Substrings of the text one edit away from an accepted form, and not themselves accepted.</summary>
    public static IEnumerable<(string Found, string Expected)> NearMisses(string text, IReadOnlyList<string> forms)
    {
        var accepted = new HashSet<string>(forms, StringComparer.OrdinalIgnoreCase);
        foreach (var form in forms)
        {
            if (form.Length < 4 && !TextMeasure.Of(form).MostlyCjk)
                continue;
            for (var length = form.Length - 1; length <= form.Length + 1; length++)
            {
                for (var i = 0; i + length <= text.Length; i++)
                {
                    if (!SameStartOrEnd(text, i, length, form))
                        continue;
                    // The cheap tests first, on the window in place: most windows are not one edit away, and a string
                    // for each was a sixth of a review request's processor time (perf).
                    var window = text.AsSpan(i, length);
                    if (window.ContainsAny('\n', '\r') || !Bounded(text, i, length) || Distance(window, form) != 1)
                        continue;
                    // One character swapped in a short name is often another organisation (某省电信 vs 某市电信).
                    if (length == form.Length && form.Length < MinLengthForSubstitution)
                        continue;
                    var candidate = window.ToString();
                    // A window inside a correct form, or a correct form plus one neighbouring character, is not a near miss.
                    if (accepted.Contains(candidate) || forms.Any(f => f.Contains(candidate, StringComparison.OrdinalIgnoreCase)
                        || (f.Length >= candidate.Length - 1 && candidate.Contains(f, StringComparison.OrdinalIgnoreCase))))
                        continue;
                    yield return (candidate, form);
                }
            }
        }
    }

    /// <summary>A cheap filter: a near miss shares its first or last character with the form.</summary>
    private static bool SameStartOrEnd(string text, int i, int length, string form) =>
        char.ToLowerInvariant(text[i]) == char.ToLowerInvariant(form[0]) || char.ToLowerInvariant(text[i + length - 1]) == char.ToLowerInvariant(form[^1]);

    /// <summary>Latin names must stand as whole words; CJK names need no boundary.</summary>
    private static bool Bounded(string text, int i, int length)
    {
        if (TextMeasure.IsCjk(text[i]))
            return true;
        var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
        var after = i + length >= text.Length || !char.IsLetterOrDigit(text[i + length]);
        return before && after;
    }

    private static int Distance(ReadOnlySpan<char> a, string b)
    {
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }
}
