using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Language;

/// <summary>A user-facing text in Chinese and English, for texts made before the language is known (rules, refusals); shown with <see cref="In"/>.</summary>
/// <param name="Chinese">The Chinese text.</param>
/// <param name="English">The English text.</param>
public sealed record Bilingual(string Chinese, string English)
{
    /// <summary>The text in one language.</summary>
    public string In(DealLanguage language) => language == DealLanguage.ZhCN ? Chinese : English;
}
