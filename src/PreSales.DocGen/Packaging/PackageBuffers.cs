using Microsoft.IO;

namespace PreSales.DocGen.Packaging;

/// <summary>
/// The pooled memory the engine writes its packages into before they are handed out as one array. A deck outgrows
/// 85 KB while it is written, so a plain MemoryStream's doubling buffer is a large-object array each time: in the host
/// that is a full garbage collection every few hundred decks. The pool keeps at most a few decks' worth of free blocks.
/// </summary>
internal static class PackageBuffers
{
    private static readonly RecyclableMemoryStreamManager Manager = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 64 * 1024,
        LargeBufferMultiple = 1024 * 1024,
        MaximumBufferSize = 64 * 1024 * 1024,
        MaximumSmallPoolFreeBytes = 32L * 1024 * 1024,
        MaximumLargePoolFreeBytes = 64L * 1024 * 1024,
    });

    /// <summary>A pooled, writable, seekable stream; dispose it to give its blocks back.</summary>
    public static MemoryStream Stream(string tag) => Manager.GetStream(tag);
}
