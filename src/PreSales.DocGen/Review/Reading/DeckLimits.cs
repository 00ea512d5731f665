namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// What one review reads at most, whatever the deck's shape: the zip's own limits (<see cref="Packaging.PackageLimits"/>)
/// bound its size on disk and inflated; these bound the work and memory of reading it. A real deck stays far below
/// each (a 300-slide deck reads ~6 MB of XML, ~100,000 elements, and nests groups fewer than 10 deep), so only
/// hostile or broken files meet them; they are refused with a message naming the slide and the limit.
/// Together they hold one review's memory under ~300 MB (docs/review.md, "Limits").
/// </summary>
public sealed record DeckLimits
{
    /// <summary>Groups nested deeper than this in a slide's shape tree are refused.</summary>
    public int MaxNesting { get; init; } = 64;

    /// <summary>
    /// XML nested deeper than this in any part is refused as it is read: .NET's XmlReader slows down with depth
    /// (20,000 levels take seconds), and 64 nested groups are ~90 levels.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>At most this many shapes (groups flattened) on one slide.</summary>
    public int MaxShapesPerSlide { get; init; } = 10_000;

    /// <summary>At most this many shapes in the whole deck.</summary>
    public int MaxShapesPerDeck { get; init; } = 100_000;

    /// <summary>At most this many bytes in one XML part the review reads (a heavy real slide is under 1 MB).</summary>
    public long MaxPartBytes { get; init; } = 16L << 20;

    /// <summary>At most this many bytes of XML read in all (slides, layouts, masters, themes, notes, comments, relationships).</summary>
    public long MaxXmlBytes { get; init; } = 128L << 20;

    /// <summary>At most this many XML elements and attributes loaded in all.</summary>
    public long MaxNodes { get; init; } = 4_000_000;

    /// <summary>At most this many characters of text kept (slide text and notes).</summary>
    public long MaxTextCharacters { get; init; } = 16_000_000;

    /// <summary>The limits used unless a caller says otherwise.</summary>
    public static DeckLimits Default { get; } = new();
}
