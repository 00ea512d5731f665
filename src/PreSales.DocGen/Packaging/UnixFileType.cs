using System.Runtime.InteropServices;

namespace PreSales.DocGen.Packaging;

/// <summary>
/// Whether a path is a plain file on Linux and macOS. .NET reports character devices (/dev/null) and pipes as
/// "Normal" files and opening a pipe to look blocks, so the type comes from stat(2), through the runtime's own
/// native shim (libSystem.Native, shipped with every .NET on Unix) whose status record starts with flags and mode.
/// </summary>
internal static class UnixFileType
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>True for a plain file, false for a device, pipe, socket or folder, null when it cannot be told.</summary>
    public static bool? IsRegularFile(string path)
    {
        try
        {
            return NativeMethods.Stat(path, out var status) == 0 ? (status.Mode & TypeMask) == RegularFile : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        // Room for the rest of the runtime's record (ids, size, times, device, inode), larger than it will ever need.
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 64)]
        public long[] Rest;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
    }
}
