using System.Security.Cryptography;
using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Doc;

/// <summary>
/// The same deal gives the same bytes in every process: several host instances (or one restarted) then keep a
/// document made again once, and a file can be checked by its hash. Two real processes, since a process builds its
/// built-in Word templates and prepares a company template once.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReproducibleOutputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("presales-repro").FullName;

    [Theory]
    [InlineData("doc", "minutes")]
    [InlineData("doc", "plan")]
    [InlineData("deck", "libreoffice")]
    public void Two_processes_make_the_same_file(string command, string what)
    {
        var hashes = new List<string>();
        for (var run = 0; run < 2; run++)
        {
            var output = Path.Combine(dir, $"{what}-{run}" + (command == "deck" ? ".pptx" : ".docx"));
            string[] args = command == "deck"
                // A LibreOffice template has no notes master: the engine adds one, with relationships of its own.
                ? ["deck", CliProcess.Samples("telecom-pilot.zh-CN.json"), "--template", Path.Combine(CliProcess.Root, "tests", "fixtures", "templates", "libreoffice-impress.pptx"), "-o", output]
                : ["doc", what, CliProcess.Samples("telecom-pilot.zh-CN.json"), "-o", output];
            var result = CliProcess.Process("en-US", args);
            Assert.True(result.Exit == 0, result.Err);
            hashes.Add(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(output))));
        }
        Assert.Equal(hashes[0], hashes[1]);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
