using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Storage;
using PreSales.DocGen.Packaging;

namespace PreSales.AddinHost.KnowledgeBase;

/// <summary>
/// The knowledge base over its database: keeps documents (bytes content-addressed, text extracted, terms indexed),
/// finds them by full text and filters, always within one team. Stateless: several instances may share the database.
/// </summary>
public sealed class DocumentArchive(KnowledgeDb db, ILogger<DocumentArchive> log, TimeProvider clock) : IDocumentArchive
{
    /// <summary>Content types of the files the knowledge base reads text from.</summary>
    public const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc />
    /// <remarks>
    /// The host made or accepted these files already, so text that cannot be read (a damaged upload reviewed with
    /// findings) does not lose the document: it is kept without text, and the log says why.
    /// </remarks>
    public async Task<Guid> StoreAsync(DocumentToStore document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sha = Sha256Of(document.Content);
        if (await SameAsync(document, sha, cancellationToken) is { } kept)
            return kept;
        string text;
        try
        {
            text = document.MadeFromDeal ? DocumentText.ExtractWritten(document.Content).Text : TextOf(document.Content, document.ContentType);
        }
        catch (Exception e) when (e is PackageRejectedException or DecoderFallbackException)
        {
            log.LogWarning("Document {Name} ({Kind}) kept without text: {Reason}", document.FileName, document.Kind, e.Message);
            text = "";
        }
        return (await AddAsync(document, sha, text, cancellationToken)).Id;
    }

    /// <summary>
    /// The id of the copy already kept of the same file (same team, deal, exchange, kind, name and bytes), or null: a
    /// deck or document made again from an unchanged deal is the same bytes (the engine writes no clock time into its
    /// packages), a deck is reviewed again after a change of rules, and a list of every such copy would bury the
    /// documents that differ. Two instances storing it at the same moment may both keep it: harmless.
    /// </summary>
    private Task<Guid?> SameAsync(DocumentToStore document, string sha, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking()
            .Where(d => d.TeamId == document.TeamId && d.Sha256 == sha && d.DealId == document.DealId && d.ExchangeId == document.ExchangeId
                && d.Kind == document.Kind && d.Name == document.FileName)
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);

    private static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Keeps a document with its already extracted text.</summary>
    public Task<StoredDocument> AddAsync(DocumentToStore document, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return AddAsync(document, Sha256Of(document.Content), text, cancellationToken);
    }

    private async Task<StoredDocument> AddAsync(DocumentToStore document, string sha, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = SearchTerms.Index(text);
        var stored = new StoredDocument
        {
            Id = Guid.CreateVersion7(),
            TeamId = document.TeamId,
            DealId = document.DealId,
            ExchangeId = document.ExchangeId,
            Customer = document.Customer,
            Kind = document.Kind,
            Name = document.FileName,
            ContentType = document.ContentType,
            Size = document.Content.LongLength,
            Sha256 = sha,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Text = text,
            Words = terms.Words,
            Chars = terms.Chars,
        };
        // A file made from the deal can be made again: on SQLite its commit does not wait for the disk (synchronous
        // NORMAL in WAL mode: it survives the host being killed, a power cut may lose it, the database stays whole).
        // Waiting for the disk cost 3.7 ms a commit here, inside the writer's turn, and every deck request stores one.
        var relaxed = document.MadeFromDeal && db.Database.IsSqlite();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            using var turn = await WriteLock.EnterAsync(db, cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var before = relaxed ? await SynchronousAsync(cancellationToken) : 0;
            try
            {
                if (relaxed)
                    await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL", cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // Content-addressed: another instance may be storing the same bytes right now.
                await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO kb_contents ("Sha256", "Bytes") VALUES ({sha}, {document.Content}) ON CONFLICT ("Sha256") DO NOTHING""",
                    cancellationToken);
                db.Documents.Add(stored);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                // The connection goes back to the pool as every other write expects it: waiting for the disk.
                if (relaxed)
                    await db.Database.ExecuteSqlRawAsync(before switch
                    {
                        0 => "PRAGMA synchronous=OFF",
                        1 => "PRAGMA synchronous=NORMAL",
                        3 => "PRAGMA synchronous=EXTRA",
                        _ => "PRAGMA synchronous=FULL",
                    }, CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        });
        db.Entry(stored).State = EntityState.Detached;
        return stored;
    }

    // SQLite's synchronous setting of the open connection (2 = FULL).
    private async Task<long> SynchronousAsync(CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The text of a file: a .pptx's slides and notes or a .docx's paragraphs and tables (by what the package is, not
    /// by its name), a text file as it is (UTF-8), nothing for anything else.
    /// </summary>
    /// <exception cref="PackageRejectedException">A hostile or damaged Office file.</exception>
    /// <exception cref="DecoderFallbackException">A text file that is not UTF-8.</exception>
    public static string TextOf(byte[] content, string contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length >= 4 && content[0] == 0x50 && content[1] == 0x4B || LooksLikeOffice(contentType))
            return DocumentText.Extract(content).Text;
        if (IsText(contentType))
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        return "";
    }

    /// <summary>Whether a content type is text the knowledge base keeps as it is.</summary>
    public static bool IsText(string contentType) =>
        contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/markdown", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeOffice(string contentType) =>
        contentType.Contains("openxmlformats", StringComparison.OrdinalIgnoreCase);

    /// <summary>A document of the team without its bytes, or null (also when it is another team's).</summary>
    public Task<StoredDocument?> FindAsync(string team, Guid id, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().Where(d => d.TeamId == team && d.Id == id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A document of the team with its bytes, or null (also when it is another team's).</summary>
    public async Task<(StoredDocument Document, byte[] Content)?> ContentAsync(string team, Guid id, CancellationToken cancellationToken)
    {
        var found = await (from d in db.Documents.AsNoTracking()
                           join c in db.Contents.AsNoTracking() on d.Sha256 equals c.Sha256
                           where d.TeamId == team && d.Id == id
                           select new { Document = d, c.Bytes }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Document, found.Bytes);
    }

    /// <summary>The team's documents matching the query and filters, best first (newest first without a query).</summary>
    public async Task<DocumentPage> SearchAsync(string team, DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = SearchTerms.Parse(query.Text ?? "");
        var documents = db.Documents.AsNoTracking().Where(d => d.TeamId == team);
        if (!string.IsNullOrWhiteSpace(query.Customer))
            documents = documents.Where(d => d.Customer == query.Customer);
        if (!string.IsNullOrWhiteSpace(query.DealId))
            documents = documents.Where(d => d.DealId == query.DealId);
        if (!string.IsNullOrWhiteSpace(query.Kind))
            documents = documents.Where(d => d.Kind == query.Kind);
        if (query.From is { } from)
            documents = documents.Where(d => d.CreatedAt >= from);
        if (query.To is { } to)
            documents = documents.Where(d => d.CreatedAt < to);

        if (!string.IsNullOrWhiteSpace(query.Text) && parts.Count == 0)
            return new DocumentPage([], 0, query.Page, query.PageSize);
        var hits = parts.Count == 0 ? null : Hits(parts);
        var rows = hits is null
            ? documents.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Seq).Select(d => new { Document = d, Rank = 0.0 })
            : (from d in documents join h in hits on d.Seq equals h.Seq orderby h.Rank descending, d.CreatedAt descending, d.Seq descending select new { Document = d, h.Rank });
        // PostgreSQL's planner does not count the cost of reading the TOASTed tsvectors, so on its own it scans the
        // whole table (40 ms for 1,000 documents) rather than the GIN index (1.5 ms): within this read-only transaction
        // it may only use bitmap scans, and the full-text subquery has no other index to choose.
        await using var transaction = hits is not null && db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (transaction is not null)
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off", cancellationToken);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new
            {
                r.Document.Id, r.Document.Name, r.Document.Kind, r.Document.DealId, r.Document.ExchangeId, r.Document.Customer,
                r.Document.CreatedAt, r.Document.Text, r.Rank,
            })
            .ToListAsync(cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        var items = page.Select(d => new DocumentListItem(d.Id, d.Name, d.Kind, d.DealId, d.ExchangeId, d.Customer,
            new DateTimeOffset(DateTime.SpecifyKind(d.CreatedAt, DateTimeKind.Utc)), Snippet.Of(d.Text, parts), d.Rank)).ToList();
        return new DocumentPage(items, total, query.Page, query.PageSize);
    }

    // The full-text hits of the query's parts: every part must be found (AND); rank higher is better.
    private IQueryable<SearchHit> Hits(IReadOnlyList<SearchTerms.Part> parts)
    {
        if (!db.Database.IsNpgsql())
        {
            // FTS5: a CJK run is the phrase of its pairs, one character is looked up in Chars, a Latin word is its stem.
            var match = string.Join(" AND ", parts.Select(p => p.Character is { } c
                ? $"Chars : \"{c}\""
                : $"Words : \"{string.Join(' ', p.Terms)}\""));
            return db.Hits.FromSqlRaw("""SELECT rowid AS "Seq", -bm25(kb_terms) AS "Rank" FROM kb_terms WHERE kb_terms MATCH {0}""", match);
        }
        // PostgreSQL: the GIN index finds documents with every term; a phrase is then checked in the terms' text,
        // which (unlike tsvector positions, capped at 16,383) holds for documents of any length.
        var parameters = new List<object>();
        var sql = new StringBuilder("""SELECT "Seq", """);
        var wordParts = parts.Where(p => p.Character is null).ToList();
        var charParts = parts.Where(p => p.Character is not null).ToList();
        var words = string.Join(" & ", wordParts.SelectMany(p => p.Terms).Select(Lexeme));
        var chars = string.Join(" & ", charParts.Select(p => Lexeme(p.Character!)));
        var rank = new List<string>();
        var where = new List<string>(); // the team is filtered outside, so the GIN indexes are the only way in
        if (words.Length > 0)
        {
            parameters.Add(words);
            var at = parameters.Count - 1;
            rank.Add($"ts_rank_cd(\"WordsVector\", to_tsquery('simple', {{{at}}}))");
            where.Add($"\"WordsVector\" @@ to_tsquery('simple', {{{at}}})");
            foreach (var phrase in wordParts.Where(p => p.Terms.Count > 1))
            {
                parameters.Add(" " + string.Join(' ', phrase.Terms) + " ");
                where.Add($"strpos(' ' || \"Words\" || ' ', {{{parameters.Count - 1}}}) > 0");
            }
        }
        if (chars.Length > 0)
        {
            parameters.Add(chars);
            var at = parameters.Count - 1;
            rank.Add($"ts_rank_cd(\"CharsVector\", to_tsquery('simple', {{{at}}}))");
            where.Add($"\"CharsVector\" @@ to_tsquery('simple', {{{at}}})");
        }
        sql.Append("(").Append(string.Join(" + ", rank)).Append(")::double precision AS \"Rank\" FROM kb_documents WHERE ").Append(string.Join(" AND ", where));
        return db.Hits.FromSqlRaw(sql.ToString(), [.. parameters]);
    }

    // Terms hold only letters and digits; quoted anyway so no term is read as tsquery syntax.
    private static string Lexeme(string term) => "'" + term.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'";
}

/// <summary>What to look for in the knowledge base.</summary>
/// <param name="Text">The full-text query (Chinese and/or English), or null to list.</param>
/// <param name="Customer">Only the documents of this customer.</param>
/// <param name="DealId">Only the documents of this deal.</param>
/// <param name="Kind">Only documents of this kind.</param>
/// <param name="From">Stored at or after this instant (UTC).</param>
/// <param name="To">Stored before this instant (UTC).</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Documents per page.</param>
public sealed record DocumentQuery(string? Text, string? Customer, string? DealId, string? Kind, DateTime? From, DateTime? To, int Page = 1, int PageSize = 20);

/// <summary>A document in a result list.</summary>
/// <param name="Snippet">A passage around the first hit, hits in &lt;mark&gt;, everything else HTML-escaped.</param>
/// <param name="Rank">The full-text rank (higher is better; 0 without a query).</param>
public sealed record DocumentListItem(Guid Id, string Name, string Kind, string? DealId, string? ExchangeId, string? Customer, DateTimeOffset CreatedAt, string Snippet, double Rank);

/// <summary>A page of results and how many there are in all.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentListItem> Items, int Total, int Page, int PageSize);
