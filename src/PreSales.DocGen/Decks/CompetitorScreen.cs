using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Decks;

/// <summary>
/// Keeps competitors' names out of a deck: a deck is shared, notes included, so any mention of a competitor
/// in deal text that reaches a slide is replaced with a neutral word (友商 / other vendors). A competitor that is
/// our partner in this deal (named in the strategy's partners) is on our side and keeps its name.
/// </summary>
public sealed class CompetitorScreen
{
    private readonly Regex? pattern;
    private readonly string replacement;

    /// <summary>Builds the screen for a deal's competitors.</summary>
    public CompetitorScreen(Deal deal)
    {
        replacement = deal.Language == DealLanguage.ZhCN ? "友商" : "other vendors";
        var names = deal.Competitors
            .Where(c => !Method.SlideStrategy.IsPartner(deal, c))
            .SelectMany(c => new[] { c.Name })
            .Select(n => n.Trim())
            .Where(n => n.Length > 0 && !string.Equals(n, deal.OurCompany, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .Select(n => $"(?<![A-Za-z0-9]){Regex.Escape(n)}(?![A-Za-z0-9])")
            .ToList();
        if (names.Count > 0)
            pattern = new Regex(string.Join('|', names), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The text with competitor names replaced, cleaned of characters XML cannot hold.</summary>
    public string Apply(string? text)
    {
        var clean = DeckText.Clean(text);
        return pattern is null ? clean : pattern.Replace(clean, replacement);
    }

    /// <summary>Whether a text still names a competitor.</summary>
    public bool Names(string text) => pattern?.IsMatch(text) ?? false;
}
