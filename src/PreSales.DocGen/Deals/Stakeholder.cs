using System.ComponentModel.DataAnnotations;

namespace PreSales.DocGen.Deals;

/// <summary>A person on the customer's side (干系人, METHOD §2.1 and the audience analysis of §4).</summary>
public sealed record Stakeholder
{
    /// <summary>Unique within the deal; exchanges and the strategy refer to it.</summary>
    public required string Id { get; init; }

    /// <summary>The person's name.</summary>
    public required string Name { get; init; }

    /// <summary>Job title.</summary>
    public string? Title { get; init; }

    /// <summary>Department.</summary>
    public string? Department { get; init; }

    /// <summary>The level of the organisation the person belongs to.</summary>
    public OrgLevel? Level { get; init; }

    /// <summary>Role in the decision.</summary>
    public required DecisionRole Role { get; init; }

    /// <summary>Stance towards us.</summary>
    public Stance Stance { get; init; } = Stance.Neutral;

    /// <summary>Influence on the decision, 1 (little) to 5 (decisive).</summary>
    [Range(1, 5)]
    public int Influence { get; init; } = 3;

    /// <summary>Knowledge of the subject, 1 (layman) to 5 (expert).</summary>
    [Range(1, 5)]
    public int Knowledge { get; init; } = 3;

    /// <summary>Whether the person is a key person for this deal.</summary>
    public bool KeyPerson { get; init; }

    /// <summary>What the person needs from the project.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>What the person is likely worried about.</summary>
    public IReadOnlyList<string> Concerns { get; init; } = [];

    /// <summary>What excites the person (兴奋点).</summary>
    public IReadOnlyList<string> HotButtons { get; init; } = [];

    /// <summary>When we last spoke to the person.</summary>
    public DateOnly? LastContact { get; init; }

    /// <summary>Anything else (Markdown allowed).</summary>
    public string? Notes { get; init; }
}
