using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace PreSales.DocGen.Deals;

/// <summary>Another bidder (METHOD §2.1 and §2.4).</summary>
public sealed record Competitor
{
    /// <summary>Unique within the deal.</summary>
    public required string Id { get; init; }

    /// <summary>The competitor's name.</summary>
    public required string Name { get; init; }

    /// <summary>How strong it is overall.</summary>
    public StrengthClass StrengthClass { get; init; } = StrengthClass.Medium;

    /// <summary>Its strengths in this deal.</summary>
    public IReadOnlyList<string> Strengths { get; init; } = [];

    /// <summary>Its weaknesses in this deal.</summary>
    public IReadOnlyList<string> Weaknesses { get; init; } = [];

    /// <summary>Its relationships inside the customer.</summary>
    public IReadOnlyList<string> Relationships { get; init; } = [];

    /// <summary>Its likely strategy; empty when unknown.</summary>
    public string? LikelyStrategy { get; init; }

    /// <summary>Its rating on the six competitive elements (1–5).</summary>
    public ElementRatings? Rating { get; init; }
}

/// <summary>A rating on each of the six competitive elements, 1 (weak) to 5 (strong).</summary>
public sealed record ElementRatings
{
    /// <summary>公司 company.</summary>
    [Range(1, 5)]
    public required int Company { get; init; }

    /// <summary>产品和解决方案 product and solution.</summary>
    [Range(1, 5)]
    public required int ProductAndSolution { get; init; }

    /// <summary>客户和案例 customers and references.</summary>
    [Range(1, 5)]
    public required int CustomersAndReferences { get; init; }

    /// <summary>实施 implementation.</summary>
    [Range(1, 5)]
    public required int Implementation { get; init; }

    /// <summary>价格 price (5 = most attractive price).</summary>
    [Range(1, 5)]
    public required int Price { get; init; }

    /// <summary>服务 service.</summary>
    [Range(1, 5)]
    public required int Service { get; init; }

    /// <summary>The rating on one element.</summary>
    public int this[CompetitiveElement element] => element switch
    {
        CompetitiveElement.Company => Company,
        CompetitiveElement.ProductAndSolution => ProductAndSolution,
        CompetitiveElement.CustomersAndReferences => CustomersAndReferences,
        CompetitiveElement.Implementation => Implementation,
        CompetitiveElement.Price => Price,
        CompetitiveElement.Service => Service,
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, null),
    };

    /// <summary>The sum over the six elements (computed, never written to a deal file).</summary>
    [JsonIgnore]
    public int Total => Company + ProductAndSolution + CustomersAndReferences + Implementation + Price + Service;
}
