namespace PreSales.AddinHost.KnowledgeBase;

/// <summary>A document of the knowledge base as the database keeps it; its bytes live in <see cref="DocumentContent"/>.</summary>
public sealed class StoredDocument
{
    /// <summary>The database's own sequence (the full-text index refers to it); never shown.</summary>
    public long Seq { get; set; }

    public Guid Id { get; set; }
    public required string TeamId { get; set; }
    public string? DealId { get; set; }
    public string? ExchangeId { get; set; }
    public string? Customer { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>The SHA-256 of the bytes (hex), the key of <see cref="DocumentContent"/>.</summary>
    public required string Sha256 { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The extracted text (slides and notes, paragraphs and table rows).</summary>
    public required string Text { get; set; }

    /// <summary>The index's word terms (<see cref="SearchTerms"/>), space-separated.</summary>
    public required string Words { get; set; }

    /// <summary>The index's single-character terms, space-separated.</summary>
    public required string Chars { get; set; }
}

/// <summary>The bytes of stored documents, content-addressed: the same file stored twice is kept once.</summary>
public sealed class DocumentContent
{
    public required string Sha256 { get; set; }
    public required byte[] Bytes { get; set; }
}

/// <summary>A full-text hit: the document's sequence and its rank (higher is better).</summary>
public sealed class SearchHit
{
    public long Seq { get; set; }
    public double Rank { get; set; }
}
