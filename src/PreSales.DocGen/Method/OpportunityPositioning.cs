using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Method;

/// <summary>What the method says about a deal's position, and whether the team's choice agrees.</summary>
/// <param name="Importance">商机重要程度.</param>
/// <param name="Likelihood">成功可能性.</param>
/// <param name="Recommended">The method's position.</param>
/// <param name="Chosen">The team's position (the recommended one when the team stated none).</param>
/// <param name="Reason">The team's reason when it departs from the method.</param>
/// <param name="Repositionings">How often the deal was re-positioned.</param>
public sealed record PositionAssessment(
    Grade Importance, Grade Likelihood, Position Recommended, Position Chosen, string? Reason, int Repositionings)
{
    /// <summary>Whether the team follows the method.</summary>
    public bool AgreesWithMethod => Recommended == Chosen;
}

/// <summary>Opportunity positioning (商机定位, METHOD §2.2): importance × likelihood gives one of the two positions.</summary>
public static class OpportunityPositioning
{
    /// <summary>
    /// Go all-out when the two judgements add up to "high and at least medium" (high/high, high/medium, medium/high);
    /// otherwise take part to learn, and re-position when a judgement changes (METHOD §2.5).
    /// </summary>
    public static Position Recommend(Grade importance, Grade likelihood) =>
        (int)importance + (int)likelihood >= (int)Grade.High + (int)Grade.Medium ? Position.AllOut : Position.Participate;

    /// <summary>Assesses a deal's stated positioning.</summary>
    public static PositionAssessment Assess(Positioning positioning)
    {
        var recommended = Recommend(positioning.Importance, positioning.Likelihood);
        return new PositionAssessment(
            positioning.Importance,
            positioning.Likelihood,
            recommended,
            positioning.Position ?? recommended,
            positioning.Reason,
            positioning.History.Count);
    }
}
