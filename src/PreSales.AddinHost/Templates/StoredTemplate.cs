namespace PreSales.AddinHost.Templates;

/// <summary>A company template a team uploaded, checked by the engine before it was stored.</summary>
public sealed class StoredTemplate
{
    public Guid Id { get; set; }

    public required string TeamId { get; set; }

    /// <summary>deck, minutes, plan, summary or qa.</summary>
    public required string Kind { get; set; }

    /// <summary>The name the team gave it; shown, never used as a path.</summary>
    public required string Name { get; set; }

    public required byte[] Content { get; set; }

    public bool IsDefault { get; set; }

    public DateTime CreatedAt { get; set; }
}
