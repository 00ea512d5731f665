using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Method;

/// <summary>A key fact that is not confirmed yet.</summary>
/// <param name="Fact">Which of the six.</param>
/// <param name="Status">How sure we are.</param>
/// <param name="Blocking">Unknown facts block planning: the next exchange must find them out.</param>
public sealed record KeyFactGap(KeyFactKind Fact, FactStatus Status, bool Blocking);

/// <summary>Which of the six key facts are missing or unconfirmed, in the order to gather them (METHOD §2.1).</summary>
public static class KeyFactGaps
{
    /// <summary>Unknown facts first, then guesses, then facts known but unconfirmed; within each, the method's order.</summary>
    public static IReadOnlyList<KeyFactGap> Find(KeyFacts facts) =>
        Enum.GetValues<KeyFactKind>()
            .Select(kind => (kind, facts[kind].Status))
            .Where(f => f.Status != FactStatus.Confirmed)
            .OrderBy(f => f.Status)
            .ThenBy(f => f.kind)
            .Select(f => new KeyFactGap(f.kind, f.Status, f.Status == FactStatus.Unknown))
            .ToList();
}
