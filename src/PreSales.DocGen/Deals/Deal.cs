using System.Text.Json.Serialization;

namespace PreSales.DocGen.Deals;

/// <summary>
/// A deal: everything the team knows and has decided about one pre-sales opportunity (METHOD §2–§6).
/// It is the single input every output of the product is made from.
/// </summary>
public sealed record Deal
{
    /// <summary>The schema the file follows, for editors (e.g. <c>./deal.schema.json</c>); ignored by the product.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>A short, stable identifier, e.g. <c>telecom-pilot</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The deal's name as the team calls it.</summary>
    public required string Name { get; init; }

    /// <summary>The language the deal is written in; outputs use it.</summary>
    public required DealLanguage Language { get; init; }

    /// <summary>Free notes about the file itself (e.g. that it is sample data).</summary>
    public string? Description { get; init; }

    /// <summary>Who we are selling as (our company's name).</summary>
    public required string OurCompany { get; init; }

    /// <summary>The customer.</summary>
    public required Customer Customer { get; init; }

    /// <summary>The project the customer is buying.</summary>
    public required Project Project { get; init; }

    /// <summary>The deal's current bid stage.</summary>
    public required DealStage Stage { get; init; }

    /// <summary>The six key facts.</summary>
    public KeyFacts KeyFacts { get; init; } = new();

    /// <summary>The people on the customer's side.</summary>
    public IReadOnlyList<Stakeholder> Stakeholders { get; init; } = [];

    /// <summary>The other bidders.</summary>
    public IReadOnlyList<Competitor> Competitors { get; init; } = [];

    /// <summary>Our own rating on the six competitive elements (1–5).</summary>
    public ElementRatings? OurRating { get; init; }

    /// <summary>SWOT of our position in this deal.</summary>
    public Swot Swot { get; init; } = new();

    /// <summary>Opportunity positioning and its history.</summary>
    public Positioning? Positioning { get; init; }

    /// <summary>The overall strategy.</summary>
    public OverallStrategy? Strategy { get; init; }

    /// <summary>The stage table: one row per competition stage.</summary>
    public IReadOnlyList<StagePlan> Stages { get; init; } = [];

    /// <summary>Feature → function → advantage → benefit items.</summary>
    public IReadOnlyList<FabItem> Fab { get; init; } = [];

    /// <summary>Reference cases that can be shown to this customer.</summary>
    public IReadOnlyList<ReferenceCase> Cases { get; init; } = [];

    /// <summary>Every exchange with the customer, held and planned, in date order.</summary>
    public IReadOnlyList<Exchange> Exchanges { get; init; } = [];

    /// <summary>How the deal ended, once it has.</summary>
    public DealResult? Result { get; init; }

    /// <summary>The confidentiality mark in the header of the Word documents (default 内部资料 / Internal).</summary>
    public string? Confidentiality { get; init; }
}
