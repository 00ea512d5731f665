namespace PreSales.DocGen.Deals;

/// <summary>The customer organisation (METHOD §2.1 customer analysis).</summary>
public sealed record Customer
{
    /// <summary>The customer's full, correct name.</summary>
    public required string Name { get; init; }

    /// <summary>The short name used in speech and on slides.</summary>
    public string? ShortName { get; init; }

    /// <summary>Other acceptable forms of the name.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The customer's industry.</summary>
    public required string Industry { get; init; }

    /// <summary>What the customer does, its situation (Markdown allowed).</summary>
    public string? Background { get; init; }

    /// <summary>Its website.</summary>
    public string? Website { get; init; }

    /// <summary>Trends of its industry, of itself and of its rivals (the T of TQCSS).</summary>
    public Trends Trends { get; init; } = new();
}

/// <summary>Trends for the T of TQCSS (METHOD §4).</summary>
public sealed record Trends
{
    /// <summary>Trends of the customer's industry, international and domestic.</summary>
    public IReadOnlyList<string> Industry { get; init; } = [];

    /// <summary>Trends of the customer itself.</summary>
    public IReadOnlyList<string> Customer { get; init; } = [];

    /// <summary>What the customer's own rivals are doing.</summary>
    public IReadOnlyList<string> Rivals { get; init; } = [];
}

/// <summary>The project being bought (METHOD §2.1 project background).</summary>
public sealed record Project
{
    /// <summary>The project's name.</summary>
    public required string Name { get; init; }

    /// <summary>Why the project exists (Markdown allowed).</summary>
    public string? Background { get; init; }

    /// <summary>The business domain it touches.</summary>
    public string? BusinessDomain { get; init; }

    /// <summary>The estimated amount, if known.</summary>
    public Money? EstimatedAmount { get; init; }

    /// <summary>Other parties in the deal besides customer and competitors (lead contractor, partners).</summary>
    public IReadOnlyList<Participant> Participants { get; init; } = [];

    /// <summary>The customer's own calendar for the project: the tender timetable and the milestones it has set (or agreed).</summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];
}

/// <summary>A date in the customer's project calendar: what the customer sees as its timeline, never our campaign stages.</summary>
public sealed record Milestone
{
    /// <summary>When.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What happens, in the customer's words.</summary>
    public required string Name { get; init; }

    /// <summary>Whether it is part of the tender timetable (bid opening, bid presentation, award).</summary>
    public bool Tender { get; init; }
}

/// <summary>An amount of money.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Currency">ISO 4217 code, e.g. CNY.</param>
public sealed record Money(decimal Amount, string Currency);

/// <summary>A party in the deal.</summary>
public sealed record Participant
{
    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>Its role in the deal.</summary>
    public required string Role { get; init; }

    /// <summary>Anything worth knowing about it.</summary>
    public string? Notes { get; init; }
}
