namespace PreSales.DocGen.Packaging;

/// <summary>
/// The one way the product writes an output file: into a temporary file in the same folder, flushed, then moved over
/// the target, so a failure part-way never leaves a corrupt or half-written deck, document, report or deal.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes bytes to <paramref name="path"/> atomically, creating its folder if needed.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Produce(path, temp =>
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(copy);
            stream.Flush(flushToDisk: true);
        });
    }

    /// <summary>Writes text as UTF-8 (no byte order mark) to <paramref name="path"/> atomically.</summary>
    public static void WriteText(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Lets <paramref name="make"/> create the file at a temporary path (e.g. copy and edit a package in place), then
    /// moves it over <paramref name="path"/>; the temporary file is removed whatever happens.
    /// </summary>
    public static void Produce(string path, Action<string> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            make(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }
}
