using PreSales.DocGen.Packaging;

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
}
