namespace PreSales.AddinHost.Reviews;

/// <summary>A review as stored: the report JSON (the CLI's <c>review --format json</c>) and where its files are kept.</summary>
public sealed class StoredReview
{
    public Guid Id { get; set; }

    public required string TeamId { get; set; }

    public string? DealId { get; set; }

    /// <summary>The reviewed deck's name as uploaded; shown, never used as a path.</summary>
    public required string FileName { get; set; }

    public required string Report { get; set; }

    /// <summary>The reviewed deck in the knowledge base.</summary>
    public Guid? DeckDocumentId { get; set; }

    /// <summary>The annotated copy in the knowledge base, when one was asked for.</summary>
    public Guid? AnnotatedDocumentId { get; set; }

    /// <summary>The annotated copy itself, so it can be downloaded with the review even without the knowledge base.</summary>
    public byte[]? Annotated { get; set; }

    public DateTime CreatedAt { get; set; }
}
