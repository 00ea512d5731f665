namespace PreSales.DocGen.Deals;

/// <summary>The six key facts (六大关键信息, METHOD §2.1). Each may be unknown.</summary>
public sealed record KeyFacts
{
    /// <summary>需求 requirements.</summary>
    public KeyFact Requirements { get; init; } = new();

    /// <summary>时间表 schedule.</summary>
    public KeyFact Schedule { get; init; } = new();

    /// <summary>预算 budget.</summary>
    public KeyFact Budget { get; init; } = new();

    /// <summary>决策人及决策过程 decision makers and decision process.</summary>
    public KeyFact DecisionProcess { get; init; } = new();

    /// <summary>竞争 competition.</summary>
    public KeyFact Competition { get; init; } = new();

    /// <summary>关键评估项(客户兴奋点) key evaluation criteria, the customer's hot buttons.</summary>
    public KeyFact EvaluationCriteria { get; init; } = new();

    /// <summary>The fact of the given kind.</summary>
    public KeyFact this[KeyFactKind kind] => kind switch
    {
        KeyFactKind.Requirements => Requirements,
        KeyFactKind.Schedule => Schedule,
        KeyFactKind.Budget => Budget,
        KeyFactKind.DecisionProcess => DecisionProcess,
        KeyFactKind.Competition => Competition,
        KeyFactKind.EvaluationCriteria => EvaluationCriteria,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>One key fact: what we know and how sure we are.</summary>
public sealed record KeyFact
{
    /// <summary>What is known (Markdown allowed); empty when unknown.</summary>
    public string? Content { get; init; }

    /// <summary>How sure the team is.</summary>
    public FactStatus Status { get; init; } = FactStatus.Unknown;

    /// <summary>Where it came from (person, document, exchange).</summary>
    public string? Source { get; init; }
}
