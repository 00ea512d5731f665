using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace PreSales.DocGen.Packaging;

/// <summary>
/// Writes the entries of the packages the engine makes. Every entry carries the time Office itself writes
/// (1980-01-01 00:00, the first a zip can hold) rather than the clock's, so the same deal makes the same bytes:
/// the knowledge base keeps a deck made again unchanged once, and two runs of the CLI can be compared by hash.
/// </summary>
internal static class PackageZip
{
    /// <summary>The entry time Office writes.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Adds an entry with these bytes.</summary>
    public static void Add(ZipArchive zip, string name, ReadOnlySpan<byte> bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    /// <summary>
    /// Adds an entry with this text as UTF-8, encoded into a pooled buffer: a deck's slides and notes are written once
    /// and thrown away, and a new array for each would be garbage the host collects on every request.
    /// </summary>
    public static void Add(ZipArchive zip, string name, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Add(zip, name, buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
