using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Must be fixed before the deck is shown.</summary>
    Error,

    /// <summary>Should be fixed.</summary>
    Warning,

    /// <summary>Worth a look.</summary>
    Tip,
}

/// <summary>What a rule is about; each category gets its own score.</summary>
public enum RuleCategory
{
    /// <summary>Aimed at the customer, persuasive, asking for something (problems 1, 2, 5 and the closing).</summary>
    Content,

    /// <summary>Structure and focus (problems 3, 4 and TQCSS).</summary>
    Structure,

    /// <summary>Text, visuals, layout and style (problems 6, 7, 8).</summary>
    Design,

    /// <summary>Accessibility: titles, alt text, table headers, contrast.</summary>
    Accessibility,

    /// <summary>Leftovers before a deck goes out.</summary>
    Hygiene,

    /// <summary>Timing.</summary>
    Rehearsal,
}

/// <summary>One problem found in a deck.</summary>
/// <param name="Rule">The rule's fixed id.</param>
/// <param name="Severity">Its severity (after the rules file).</param>
/// <param name="Category">The rule's category.</param>
/// <param name="Slide">1-based slide number, or null for the whole deck.</param>
/// <param name="Shape">The shape's name (or id), when the finding is about one.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Suggestion">What to do.</param>
public sealed record Finding(string Rule, Severity Severity, RuleCategory Category, int? Slide, string? Shape, Bilingual Message, Bilingual Suggestion);
