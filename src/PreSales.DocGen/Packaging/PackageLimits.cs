namespace PreSales.DocGen.Packaging;

/// <summary>
/// Limits a package must stay within before any of its XML is parsed. They guard against zip bombs and huge parts:
/// a real deck of hundreds of slides stays far below each of them.
/// </summary>
public sealed record PackageLimits
{
    /// <summary>At most this many entries in the zip.</summary>
    public int MaxEntries { get; init; } = 20_000;

    /// <summary>At most this many bytes, uncompressed, in any one entry (media included).</summary>
    public long MaxEntryBytes { get; init; } = 1L << 30;

    /// <summary>At most this many bytes, uncompressed, in all entries together.</summary>
    public long MaxTotalBytes { get; init; } = 4L << 30;

    /// <summary>An entry inflating more than this many times its compressed size is refused (once it is big).</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>The ratio check applies only to entries larger than this (tiny XML parts compress very well).</summary>
    public long RatioCheckFromBytes { get; init; } = 1L << 20;

    /// <summary>At most this many characters in one XML part (passed to the Open XML SDK).</summary>
    public long MaxXmlCharacters { get; init; } = 64L << 20;

    /// <summary>
    /// Packages read whole (templates) may nest XML no deeper than this: the Open XML SDK builds its DOM recursively,
    /// so a part nested thousands deep would cost minutes or the stack. Real files nest fewer than 100 levels.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 512;

    /// <summary>
    /// Packages read whole (templates): at most this many XML elements and attributes in all parts together. Each
    /// part's character limit alone lets dozens of full-size headers through, whose DOMs would take gigabytes.
    /// </summary>
    public long MaxXmlElements { get; init; } = 4_000_000;

    /// <summary>Packages read whole (templates): at most this many bytes of XML in all parts together.</summary>
    public long MaxTotalXmlBytes { get; init; } = 512L << 20;

    /// <summary>The limits used unless a caller says otherwise.</summary>
    public static PackageLimits Default { get; } = new();

    /// <summary>
    /// For templates (a deck or Word template), which are read fully into memory and copied into every output: room for
    /// a corporate template's logos, pictures and embedded fonts, but not for a zip bomb.
    /// </summary>
    public static PackageLimits Template { get; } = new()
    {
        MaxEntries = 10_000,
        MaxEntryBytes = 64L << 20,
        MaxTotalBytes = 256L << 20,
        // A template's parts are small (a layout, a styled document.xml under 1 MB); the renderers build the Open XML
        // SDK's DOM of them, which costs tens of bytes a character, so a bigger part is refused before it is built.
        MaxXmlCharacters = 8L << 20,
        // The DOMs are built and cloned for every output: a real template has a few thousand elements (~2 attributes
        // each) and under 1 MB of XML; a 300-slide deck used as a template ~100,000 elements, ~6 MB.
        MaxXmlElements = 400_000,
        MaxTotalXmlBytes = 32L << 20,
    };
}
