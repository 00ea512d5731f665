namespace PreSales.DocGen.Deals;

/// <summary>A feature → function → advantage → benefit item (METHOD §5).</summary>
public sealed record FabItem
{
    /// <summary>特色 feature.</summary>
    public required string Feature { get; init; }

    /// <summary>功能 function.</summary>
    public required string Function { get; init; }

    /// <summary>优点 advantage.</summary>
    public required string Advantage { get; init; }

    /// <summary>效益 the benefit to the customer, phrased with a verb of its kind.</summary>
    public required string Benefit { get; init; }

    /// <summary>The kind of the benefit's verb.</summary>
    public required BenefitKind BenefitKind { get; init; }

    /// <summary>The hot buttons this item answers, in the stakeholders' words.</summary>
    public IReadOnlyList<string> HotButtons { get; init; } = [];

    /// <summary>Evidence: a reference case id or a reference.</summary>
    public string? Evidence { get; init; }
}

/// <summary>A reference case (the C of TQCSS).</summary>
public sealed record ReferenceCase
{
    /// <summary>Unique within the deal.</summary>
    public required string Id { get; init; }

    /// <summary>The reference customer.</summary>
    public required string Customer { get; init; }

    /// <summary>How the case is named in speech and in the strategy ("临川", "Northshire").</summary>
    public string? ShortName { get; init; }

    /// <summary>Its industry.</summary>
    public string? Industry { get; init; }

    /// <summary>The year it went live.</summary>
    public int? Year { get; init; }

    /// <summary>The problem it had, similar to this customer's.</summary>
    public required string Problem { get; init; }

    /// <summary>What we delivered.</summary>
    public required string Solution { get; init; }

    /// <summary>The benefit it got, in words.</summary>
    public string? Benefit { get; init; }

    /// <summary>Before/after figures.</summary>
    public IReadOnlyList<CaseMetric> Metrics { get; init; } = [];
}

/// <summary>A before/after figure of a reference case.</summary>
public sealed record CaseMetric
{
    /// <summary>What is measured.</summary>
    public required string Name { get; init; }

    /// <summary>The value before.</summary>
    public required string Before { get; init; }

    /// <summary>The value after.</summary>
    public required string After { get; init; }

    /// <summary>The unit, if not in the values.</summary>
    public string? Unit { get; init; }
}
