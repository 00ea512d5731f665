using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Review;

/// <summary>
/// `presales review` and `--annotate` on damaged and hostile files, as a process: one line naming the file and what is
/// wrong, in the user's language, exit 2 — never a framework message — and no temp file left, even when killed.
/// </summary>
public class ReviewRefusalTests
{
    private static readonly Regex Framework = new(@"Exception|   at |Format error in package|Number of entries expected|Package could not be opened|Object reference|See inner exception|ID conflicts|Specified part");

    private static string Folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "presales-cli-refusals", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static byte[] Fixture() => File.ReadAllBytes(Path.Combine(CliProcess.Root, "tests", "fixtures", "decks", "pandoc-en.pptx"));

    private static string Save(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Offsets of the end-of-central-directory record and of one entry's central and local headers.</summary>
    private static (int End, int Central, int Local) Headers(byte[] zip, string entry)
    {
        var end = zip.AsSpan().LastIndexOf(new byte[] { 0x50, 0x4B, 0x05, 0x06 });
        var offset = (int)BitConverter.ToUInt32(zip, end + 16);
        for (var i = 0; i < BitConverter.ToUInt16(zip, end + 10); i++)
        {
            var nameLength = BitConverter.ToUInt16(zip, offset + 28);
            if (Encoding.UTF8.GetString(zip, offset + 46, nameLength) == entry)
                return (end, offset, (int)BitConverter.ToUInt32(zip, offset + 42));
            offset += 46 + nameLength + BitConverter.ToUInt16(zip, offset + 30) + BitConverter.ToUInt16(zip, offset + 32);
        }
        throw new InvalidOperationException(entry + " not in the zip");
    }

    public static TheoryData<string, string, string> Damaged() => new()
    {
        { "truncated", "en-US", "truncated" },
        { "truncated", "zh-CN", "截断" },
        { "crc", "en-US", "CRC" },
        { "crc", "zh-CN", "校验和" },
        { "entry-count", "en-US", "damaged" },
        { "entry-count", "zh-CN", "损坏" },
        { "word", "en-US", "Word document" },
        { "word", "zh-CN", "Word 文档" },
        { "not-a-zip", "zh-CN", "zip" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void A_damaged_deck_is_refused_in_one_line_naming_the_file(string kind, string lang, string expected)
    {
        var folder = Folder();
        var bytes = Fixture();
        switch (kind)
        {
            case "truncated":
                bytes = bytes[..(bytes.Length * 2 / 3)];
                break;
            case "crc":
                var (_, central, local) = Headers(bytes, "ppt/slides/slide1.xml");
                bytes[central + 16] ^= 0x21;
                bytes[local + 14] ^= 0x21;
                break;
            case "entry-count":
                // The record's entry counts no longer match the directory: .NET says "Number of entries expected…".
                var (end, _, _) = Headers(bytes, "ppt/presentation.xml");
                bytes[end + 8]++;
                bytes[end + 10]++;
                break;
            case "word":
                bytes = File.ReadAllBytes(Path.Combine(CliProcess.Root, "templates", "minutes.zh-CN.docx"));
                break;
            case "not-a-zip":
                bytes = Encoding.UTF8.GetBytes("not a deck\n");
                break;
        }
        var path = Save(folder, $"{kind}.pptx", bytes);
        var run = CliProcess.RunIn(folder, lang, "review", path, "--annotate", Path.Combine(folder, "out.pptx"));
        Assert.Equal(2, run.Exit);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith(path + ": ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotMatch(Framework, run.Err);
        Assert.False(File.Exists(Path.Combine(folder, "out.pptx")));
        Assert.Empty(Directory.GetFiles(folder, ".presales-*"));
    }

    [Fact]
    public void A_deck_with_no_slides_is_reviewed_and_annotated_with_a_note()
    {
        var folder = Folder();
        var path = Save(folder, "empty.pptx", Fixture());
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("ppt/presentation.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
                xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("ppt/presentation.xml").Open());
            writer.Write(Regex.Replace(xml, "<p:sldIdLst>.*</p:sldIdLst>", "", RegexOptions.Singleline));
        }
        var target = Path.Combine(folder, "annotated.pptx");
        var run = CliProcess.RunIn(folder, "en-US", "review", path, "--annotate", target);
        Assert.Equal(0, run.Exit);
        Assert.Contains("\"slides\": 0", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(target));
        Assert.DoesNotMatch(Framework, run.Err);
        Assert.Contains("no slides", run.Err, StringComparison.Ordinal);
    }

    /// <summary>A deck whose annotation takes a while: a 200 MB picture, stored, so the copy is being written long enough to be caught.</summary>
    private static string Slow(string folder)
    {
        var path = Save(folder, "slow.pptx", Fixture());
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        using var stream = zip.CreateEntry("ppt/media/large.bin", CompressionLevel.NoCompression).Open();
        var buffer = new byte[1 << 20];
        new Random(8).NextBytes(buffer);
        for (var i = 0; i < 200; i++)
            stream.Write(buffer);
        return path;
    }

    /// <summary>Starts an annotate, waits until its temp file exists, then sends the signal; returns the exit code.</summary>
    private static int Interrupt(string deck, string target, string signal)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "presales.dll"), "review", deck, "--annotate", target })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var folder = Path.GetDirectoryName(target)!;
        var watch = Stopwatch.StartNew();
        while (Directory.GetFiles(folder, ".presales-*.tmp").Length == 0)
        {
            if (process.HasExited || watch.Elapsed > TimeSpan.FromSeconds(120))
                throw new InvalidOperationException($"the temp file never appeared (exited: {process.HasExited})");
            Thread.Sleep(5);
        }
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("presales did not end after " + signal);
        }
        return process.ExitCode;
    }

    [SkippableFact]
    public void Annotate_killed_with_sigterm_leaves_no_temp_file()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX signals");
        var folder = Folder();
        var target = Path.Combine(folder, "annotated.pptx");
        var exit = Interrupt(Slow(folder), target, "TERM");
        Assert.NotEqual(0, exit);
        Assert.Empty(Directory.GetFiles(folder, ".presales-*"));
        Assert.False(File.Exists(target));
    }

    [SkippableFact]
    public void A_temp_file_left_by_sigkill_is_removed_by_the_next_run_in_that_folder()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX signals");
        var folder = Folder();
        var target = Path.Combine(folder, "annotated.pptx");
        Interrupt(Slow(folder), target, "KILL");
        // SIGKILL cannot be caught: the temp file stays until the next write in that folder sweeps it.
        var orphans = Directory.GetFiles(folder, ".presales-*.tmp");
        Assert.NotEmpty(orphans);
        var small = Save(folder, "small.pptx", Fixture());
        var run = CliProcess.RunIn(folder, "en-US", "review", small, "--annotate", Path.Combine(folder, "small-annotated.pptx"));
        Assert.Equal(0, run.Exit);
        Assert.Empty(Directory.GetFiles(folder, ".presales-*"));
    }
}
