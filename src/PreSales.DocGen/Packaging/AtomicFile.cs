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
        // It carries the writer's process id, so a later run can tell a temp file whose writer was killed (SIGKILL
        // cannot be caught) from one another run is writing right now.
        var temp = Path.Combine(folder, $".presales-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        Pending.Add(temp);
        try
        {
            Directory.CreateDirectory(folder);
            SweepOrphans(folder);
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
            Pending.Remove(temp);
            Delete(temp);
        }
    }

    /// <summary>The temp files this process is writing, removed on SIGINT/SIGTERM (and on a normal exit) before it ends.</summary>
    private static readonly PendingFiles Pending = new();

    private static readonly System.Text.RegularExpressions.Regex TempName = new(@"^\.presales-(?<pid>\d+)-[0-9a-f]{32}\.tmp$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Removes temp files in <paramref name="folder"/> left by a writer that no longer runs (killed with SIGKILL, or the
    /// machine went down): their process id names no live process, or they are a day old. Another run's live temp
    /// files are left alone.
    /// </summary>
    public static void SweepOrphans(string folder)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, ".presales-*.tmp"))
            {
                var match = TempName.Match(Path.GetFileName(file));
                if (!match.Success || !int.TryParse(match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture, out var pid))
                    continue;
                if (pid == Environment.ProcessId && Pending.Contains(file))
                    continue;
                if (!IsRunning(pid) || File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1))
                    Delete(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder we cannot list is the writer's problem to report, not the sweep's.
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
            return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void Delete(string file)
    {
        try
        {
            if (File.Exists(file))
                File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next run's sweep removes it.
        }
    }

    /// <summary>A thread-safe set of temp paths, with SIGINT/SIGTERM handlers that delete them before the process ends.</summary>
    private sealed class PendingFiles
    {
        private readonly HashSet<string> files = new(StringComparer.Ordinal);
        private readonly System.Threading.Lock gate = new();
        private readonly List<System.Runtime.InteropServices.PosixSignalRegistration> registrations = [];

        public PendingFiles()
        {
            foreach (var signal in new[] { System.Runtime.InteropServices.PosixSignal.SIGINT, System.Runtime.InteropServices.PosixSignal.SIGTERM })
            {
                try
                {
                    // Not cancelled: after the handler the process ends as the signal asks.
                    registrations.Add(System.Runtime.InteropServices.PosixSignalRegistration.Create(signal, _ => Clear()));
                }
                catch (PlatformNotSupportedException)
                {
                    // Browsers and some mobile platforms have no signals; nothing to register.
                }
            }
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Clear();
        }

        public void Add(string file)
        {
            lock (gate)
                files.Add(file);
        }

        public void Remove(string file)
        {
            lock (gate)
                files.Remove(file);
        }

        public bool Contains(string file)
        {
            lock (gate)
                return files.Contains(file);
        }

        private void Clear()
        {
            string[] left;
            lock (gate)
                left = [.. files];
            foreach (var file in left)
                Delete(file);
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
