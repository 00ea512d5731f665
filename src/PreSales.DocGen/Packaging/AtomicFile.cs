namespace PreSales.DocGen.Packaging;

/// <summary>
/// The one way the product writes an output file: into a temporary file in the same folder, flushed, then moved over
/// the target, so a failure part-way never leaves a corrupt or half-written deck, document, report or deal.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes bytes to <paramref name="path"/> atomically, creating its folder if needed.</summary>
    /// <exception cref="OutputFileException">The target cannot or must not be replaced.</exception>
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
    /// <exception cref="OutputFileException">The target cannot or must not be replaced.</exception>
    public static void WriteText(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Lets <paramref name="make"/> create the file at a temporary path (e.g. copy and edit a package in place), then
    /// moves it over <paramref name="path"/>; the temporary file is removed whatever happens.
    /// </summary>
    /// <exception cref="OutputFileException">The target cannot or must not be replaced.</exception>
    public static void Produce(string path, Action<string> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        CheckTarget(full);
        var folder = Path.GetDirectoryName(full)!;
        // A short temporary name: any name the target may have still leaves room for it within the file system's limit.
        var temp = Path.Combine(folder, $".presales-{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            make(temp);
            KeepMode(full, temp);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputFileException)
        {
            throw new OutputFileException(full, e is UnauthorizedAccessException ? OutputFileProblem.Denied : OutputFileProblem.Failed, e);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    /// <summary>
    /// Throws when <paramref name="path"/> must not be replaced: a folder, a device or pipe (moving over /dev/null
    /// would replace it with a plain file), or a read-only file (moving over it would defeat its owner's protection).
    /// Lets a command check every output before it writes the first.
    /// </summary>
    /// <exception cref="OutputFileException">The target must not be replaced.</exception>
    public static void CheckTarget(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new OutputFileException(full, OutputFileProblem.Folder);
        if (!File.Exists(full))
            return;
        var info = new FileInfo(full);
        if (info.LinkTarget is null && !IsRegular(full))
            throw new OutputFileException(full, OutputFileProblem.NotRegular);
        if (info.IsReadOnly || !OperatingSystem.IsWindows() && (File.GetUnixFileMode(full) & UnixFileMode.UserWrite) == 0)
            throw new OutputFileException(full, OutputFileProblem.ReadOnly);
    }

    private static bool IsRegular(string full) =>
        (File.GetAttributes(full) & (FileAttributes.Device | FileAttributes.Directory)) == 0
        && (OperatingSystem.IsWindows() || UnixFileType.IsRegularFile(full) != false);

    private static void KeepMode(string full, string temp)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(full))
            File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
    }
}
