namespace PreSales.AddinHost.Deals;

/// <summary>
/// A deal as stored: the deal file's JSON whole (exchanges included) plus the columns lists filter on. <see cref="Version"/>
/// is the concurrency token and the ETag: an update names the version it read and loses when another came first.
/// </summary>
public sealed class StoredDeal
{
    public required string TeamId { get; set; }

    /// <summary>The deal file's <c>id</c>.</summary>
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Customer { get; set; }

    /// <summary>The stage as in the deal file (camelCase).</summary>
    public required string Stage { get; set; }

    /// <summary>The chosen position (allOut, participate), null when the deal has no positioning.</summary>
    public string? Positioning { get; set; }

    public required string Language { get; set; }

    /// <summary>The deal file, as the engine's DealJson writes it.</summary>
    public required string Json { get; set; }

    public Guid Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When it was deleted; a deleted deal can be restored for 30 days.</summary>
    public DateTime? DeletedAt { get; set; }
}
