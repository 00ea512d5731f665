namespace PreSales.AddinHost.KnowledgeBase;

/// <summary>A file the host made or received, to keep in the knowledge base with the deal it belongs to.</summary>
/// <param name="TeamId">The team that owns it (<see cref="Teams.CurrentTeam"/>).</param>
/// <param name="DealId">The deal, when it belongs to one.</param>
/// <param name="ExchangeId">The exchange of that deal, when it belongs to one.</param>
/// <param name="Kind">deck, minutes, plan, summary, qa, brief, review, annotated, upload.</param>
/// <param name="FileName">The name by the product's naming convention; never used as a path.</param>
/// <param name="ContentType">The MIME type of <paramref name="Content"/>.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Customer">The deal's customer, for filtering.</param>
/// <param name="MadeFromDeal">A deck or document the host generated from the deal: it can be made again, so on SQLite
/// its write does not wait for the disk (see <see cref="DocumentArchive.AddAsync"/>).</param>
public sealed record DocumentToStore(
    string TeamId, string? DealId, string? ExchangeId, string Kind, string FileName, string ContentType, byte[] Content, string? Customer,
    bool MadeFromDeal = false);

/// <summary>The knowledge base as the other endpoints see it: somewhere to keep every document.</summary>
public interface IDocumentArchive
{
    /// <summary>Keeps the document (its text extracted and indexed for search) and returns its id; the same file kept already is not kept twice (its id is returned).</summary>
    Task<Guid> StoreAsync(DocumentToStore document, CancellationToken cancellationToken);
}
