using PreSales.DocGen.Packaging;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Packaging;

public class AtomicFileTests
{
    [Fact]
    public void A_failure_while_writing_leaves_the_old_file_and_no_temporary_file()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "deck.pptx");
            File.WriteAllText(path, "old");
            Assert.Throws<InvalidOperationException>(() => AtomicFile.Produce(path, temp =>
            {
                File.WriteAllText(temp, "half");
                throw new InvalidOperationException("boom");
            }));
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(dir.FullName));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Writes_create_the_folder_and_replace_the_file()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "out", "report.md");
            AtomicFile.WriteText(path, "一");
            AtomicFile.WriteText(path, "二");
            Assert.Equal("二", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [SkippableFact]
    public void A_device_is_never_replaced_by_a_file()
    {
        Skip.If(OperatingSystem.IsWindows());
        // A named pipe of the test's own is the same kind of target as /dev/null, without putting the machine's at risk.
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var pipe = Path.Combine(dir.FullName, "pipe");
            Assert.Equal(0, ExternalTool.Run("mkfifo", [pipe]).Exit);
            var error = Assert.Throws<OutputFileException>(() => AtomicFile.WriteText(pipe, "x"));
            Assert.Equal(OutputFileProblem.NotRegular, error.Problem);
            Assert.Equal(0, ExternalTool.Run("test", ["-p", pipe]).Exit);
            Assert.Contains(pipe, error.Describe(chinese: true), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_file_is_not_replaced_and_a_writable_one_keeps_its_permissions()
    {
        Skip.If(OperatingSystem.IsWindows());
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var locked = Path.Combine(dir.FullName, "deal.json");
            File.WriteAllText(locked, "old");
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead);
            var error = Assert.Throws<OutputFileException>(() => AtomicFile.WriteText(locked, "new"));
            Assert.Equal(OutputFileProblem.ReadOnly, error.Problem);
            Assert.Equal("old", File.ReadAllText(locked));
            Assert.Single(Directory.GetFiles(dir.FullName));

            var shared = Path.Combine(dir.FullName, "shared.json");
            File.WriteAllText(shared, "old");
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
            File.SetUnixFileMode(shared, mode);
            AtomicFile.WriteText(shared, "new");
            Assert.Equal(mode, File.GetUnixFileMode(shared));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_name_at_the_file_system_limit_still_gets_a_temporary_file_and_failures_name_the_target()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            // 80 Chinese characters: 240 bytes, within ext4's 255 but too long once a temporary suffix is added to it.
            var path = Path.Combine(dir.FullName, new string('长', 80) + ".docx");
            AtomicFile.WriteText(path, "ok");
            Assert.Equal("ok", File.ReadAllText(path));

            var folder = Assert.Throws<OutputFileException>(() => AtomicFile.WriteText(dir.FullName, "x"));
            Assert.Equal(OutputFileProblem.Folder, folder.Problem);
            var tooLong = Path.Combine(dir.FullName, new string('长', 100) + ".docx");
            var failed = Assert.Throws<OutputFileException>(() => AtomicFile.WriteText(tooLong, "x"));
            Assert.DoesNotContain(".tmp", failed.Describe(chinese: false), StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(dir.FullName));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
