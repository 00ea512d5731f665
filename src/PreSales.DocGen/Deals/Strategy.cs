using System.ComponentModel.DataAnnotations;

namespace PreSales.DocGen.Deals;

/// <summary>SWOT of our position in this deal (METHOD §2.1).</summary>
public sealed record Swot
{
    /// <summary>优势.</summary>
    public IReadOnlyList<string> Strengths { get; init; } = [];

    /// <summary>劣势.</summary>
    public IReadOnlyList<string> Weaknesses { get; init; } = [];

    /// <summary>机会.</summary>
    public IReadOnlyList<string> Opportunities { get; init; } = [];

    /// <summary>威胁.</summary>
    public IReadOnlyList<string> Threats { get; init; } = [];
}

/// <summary>Opportunity positioning (商机定位, METHOD §2.2) with its history (§2.5).</summary>
public sealed record Positioning
{
    /// <summary>商机重要程度.</summary>
    public required Grade Importance { get; init; }

    /// <summary>成功可能性.</summary>
    public required Grade Likelihood { get; init; }

    /// <summary>The position the team chose; when absent the method's position applies.</summary>
    public Position? Position { get; init; }

    /// <summary>Why the team chose its position, when it differs from the method's.</summary>
    public string? Reason { get; init; }

    /// <summary>Earlier re-positionings, oldest first.</summary>
    public IReadOnlyList<Repositioning> History { get; init; } = [];
}

/// <summary>One change of position.</summary>
public sealed record Repositioning
{
    /// <summary>When.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The position before.</summary>
    public required Position From { get; init; }

    /// <summary>The position after.</summary>
    public required Position To { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}

/// <summary>The overall strategy (整体策略, METHOD §2.3) and its adjustments (§2.5).</summary>
public sealed record OverallStrategy
{
    /// <summary>Compete alone or with partners.</summary>
    public CompeteMode Mode { get; init; } = CompeteMode.Alone;

    /// <summary>The partners, when competing with partners.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>Active or passive.</summary>
    public Posture Posture { get; init; } = Posture.Active;

    /// <summary>The strategy in a few sentences (Markdown allowed).</summary>
    public string? Summary { get; init; }

    /// <summary>The competitive elements to lead with, most important first.</summary>
    public IReadOnlyList<CompetitiveElement> LeadElements { get; init; } = [];

    /// <summary>The order in which our strengths are shown (优势展示步骤).</summary>
    public IReadOnlyList<string> StrengthOrder { get; init; } = [];

    /// <summary>What we commit to in front of the customer (delivery, assurance, people): shown as evidence of strength.</summary>
    public IReadOnlyList<string> Commitments { get; init; } = [];

    /// <summary>The order of stakeholder contacts, as stakeholder ids.</summary>
    public IReadOnlyList<string> ContactOrder { get; init; } = [];

    /// <summary>Changes of strategy, oldest first.</summary>
    public IReadOnlyList<StrategyChange> Adjustments { get; init; } = [];
}

/// <summary>One adjustment of the strategy (METHOD §2.5).</summary>
public sealed record StrategyChange
{
    /// <summary>When.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What changed.</summary>
    public required string Change { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}

/// <summary>One row of the stage table (METHOD §2.4).</summary>
public sealed record StagePlan
{
    /// <summary>1..N.</summary>
    [Range(1, 99)]
    public required int Number { get; init; }

    /// <summary>A short name for the stage.</summary>
    public string? Name { get; init; }

    /// <summary>When the stage starts.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>When the stage ends.</summary>
    public DateOnly? End { get; init; }

    /// <summary>阶段竞争重点 competitive focus.</summary>
    public required string Focus { get; init; }

    /// <summary>交流目的 purpose of the exchange.</summary>
    public string? Purpose { get; init; }

    /// <summary>交流对象 audience, as stakeholder ids.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>重点内容 key content.</summary>
    public string? KeyContent { get; init; }

    /// <summary>优势凸显点 strengths to highlight.</summary>
    public IReadOnlyList<string> StrengthsToHighlight { get; init; } = [];

    /// <summary>Intelligence to gather in this stage.</summary>
    public IReadOnlyList<string> Intelligence { get; init; } = [];

    /// <summary>How the stage's goal is reached.</summary>
    public string? Approach { get; init; }

    /// <summary>Pre-sales resources needed.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>加分目标: the points this stage must win.</summary>
    public IReadOnlyList<string> PointsToWin { get; init; } = [];
}
