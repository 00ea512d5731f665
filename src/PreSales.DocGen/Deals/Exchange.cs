using System.ComponentModel.DataAnnotations;

namespace PreSales.DocGen.Deals;

/// <summary>One exchange with the customer (售前交流, METHOD §4–§6), planned or held.</summary>
public sealed record Exchange
{
    /// <summary>When.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Formal or informal.</summary>
    public required ExchangeKind Kind { get; init; }

    /// <summary>Planned or held.</summary>
    public ExchangeStatus Status { get; init; } = ExchangeStatus.Held;

    /// <summary>The deal's stage at the time.</summary>
    public required DealStage Stage { get; init; }

    /// <summary>The exchange's title or theme.</summary>
    public required string Title { get; init; }

    /// <summary>What this exchange must achieve.</summary>
    public string? Goal { get; init; }

    /// <summary>Where.</summary>
    public string? Place { get; init; }

    /// <summary>How long, in minutes.</summary>
    [Range(1, 1440)]
    public int? DurationMinutes { get; init; }

    /// <summary>The time of day it took place, as written in the minutes, e.g. "14:00–16:30".</summary>
    public string? Time { get; init; }

    /// <summary>Who attended (or will attend) for the customer.</summary>
    public IReadOnlyList<CustomerAttendee> CustomerAttendees { get; init; } = [];

    /// <summary>Who attended (or will attend) for us.</summary>
    public IReadOnlyList<OurAttendee> OurAttendees { get; init; } = [];

    /// <summary>The agenda.</summary>
    public IReadOnlyList<string> Agenda { get; init; } = [];

    /// <summary>交流策略: the strategy for this exchange (Markdown allowed).</summary>
    public string? Strategy { get; init; }

    /// <summary>主要内容: what was presented and discussed (Markdown allowed).</summary>
    public string? Content { get; init; }

    /// <summary>客户关注重点: what the customer was most interested in.</summary>
    public IReadOnlyList<string> CustomerInterests { get; init; } = [];

    /// <summary>问题与答复.</summary>
    public IReadOnlyList<QuestionAndAnswer> Questions { get; init; } = [];

    /// <summary>获取的信息.</summary>
    public InformationGained Information { get; init; } = new();

    /// <summary>交流材料: the deck and documents used.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>What worked.</summary>
    public IReadOnlyList<string> WhatWorked { get; init; } = [];

    /// <summary>Lessons and open points (Markdown allowed).</summary>
    public IReadOnlyList<string> Lessons { get; init; } = [];

    /// <summary>下次交流建议: focus and reminders for next time.</summary>
    public IReadOnlyList<string> NextFocus { get; init; } = [];

    /// <summary>遗留问题: action items with owners.</summary>
    public IReadOnlyList<ActionItem> ActionItems { get; init; } = [];

    /// <summary>Lines of the meeting notes that fit none of the nine sections, kept so nothing typed is lost.</summary>
    public IReadOnlyList<string>? UnplacedNotes { get; init; }

    /// <summary>The team's reading of the opportunity after a held exchange; `check` suggests re-positioning when it moved.</summary>
    public PositionReading? PositionAfter { get; init; }

    /// <summary>Where the preparation of a planned exchange stands.</summary>
    public Preparation? Preparation { get; init; }
}

/// <summary>A customer attendee; refers to a stakeholder when one is known.</summary>
public sealed record CustomerAttendee
{
    /// <summary>The stakeholder's id, when the person is in the stakeholder list.</summary>
    public string? StakeholderId { get; init; }

    /// <summary>The name, when there is no stakeholder id.</summary>
    public string? Name { get; init; }

    /// <summary>The title, when there is no stakeholder id.</summary>
    public string? Title { get; init; }
}

/// <summary>One of our attendees.</summary>
public sealed record OurAttendee
{
    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Role (sales, pre-sales, expert, executive).</summary>
    public string? Role { get; init; }
}

/// <summary>A customer's question and our answer (METHOD §5).</summary>
public sealed record QuestionAndAnswer
{
    /// <summary>The question.</summary>
    public required string Question { get; init; }

    /// <summary>Its kind.</summary>
    public required QuestionKind Kind { get; init; }

    /// <summary>Who asked: a stakeholder id, or a name.</summary>
    public string? AskedBy { get; init; }

    /// <summary>Our answer (Markdown allowed).</summary>
    public string? Answer { get; init; }
}

/// <summary>Information gained in an exchange.</summary>
public sealed record InformationGained
{
    /// <summary>On the customer.</summary>
    public IReadOnlyList<string> Customer { get; init; } = [];

    /// <summary>On competitors.</summary>
    public IReadOnlyList<string> Competitors { get; init; } = [];

    /// <summary>Anything else.</summary>
    public IReadOnlyList<string> Other { get; init; } = [];
}

/// <summary>An open issue with its owner (遗留问题).</summary>
public sealed record ActionItem
{
    /// <summary>What is to be done.</summary>
    public required string Item { get; init; }

    /// <summary>Who does it.</summary>
    public required string Owner { get; init; }

    /// <summary>By when.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>Its state.</summary>
    public ActionStatus Status { get; init; } = ActionStatus.Open;
}

/// <summary>Importance and likelihood as the team judged them at one point (METHOD §2.2, §2.5).</summary>
public sealed record PositionReading
{
    /// <summary>商机重要程度.</summary>
    public required Grade Importance { get; init; }

    /// <summary>成功可能性.</summary>
    public required Grade Likelihood { get; init; }
}

/// <summary>Where the six preparation steps of a planned exchange stand (METHOD §4).</summary>
public sealed record Preparation
{
    /// <summary>The chosen theme.</summary>
    public string? Theme { get; init; }

    /// <summary>Whether the material (deck, handouts) is ready.</summary>
    public bool MaterialReady { get; init; }

    /// <summary>Whether it was rehearsed.</summary>
    public bool Rehearsed { get; init; }

    /// <summary>Whether it was revised and finalised.</summary>
    public bool Finalised { get; init; }
}

/// <summary>How the deal ended, and its summary (售前项目总结, METHOD §6).</summary>
public sealed record DealResult
{
    /// <summary>Won, lost or abandoned.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>When.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The summary of the deal (Markdown allowed).</summary>
    public string? Summary { get; init; }

    /// <summary>The strategy and how it was carried out.</summary>
    public string? StrategyReview { get; init; }

    /// <summary>What worked.</summary>
    public IReadOnlyList<string> WhatWorked { get; init; } = [];

    /// <summary>Lessons: failures and weaknesses.</summary>
    public IReadOnlyList<string> Lessons { get; init; } = [];
}
