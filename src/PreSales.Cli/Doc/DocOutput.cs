using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Language;
using PreSales.DocGen.Packaging;

namespace PreSales.Cli.Doc;

/// <summary>Where a document goes, how its version is chosen, and how input errors are reported.</summary>
internal static class DocOutput
{
    /// <summary>
    /// The output path. With -o FILE it is that file; with -o DIR or none, the document number names the file in that
    /// folder (the current one by default), and the version is the first not yet taken there, so a regenerated
    /// document never overwrites an earlier version unless --version says so.
    /// </summary>
    public static (string Path, DocumentRequest Request) Place(Deal deal, DocumentRequest request, string? output, bool versionGiven)
    {
        if (output is not null && !Directory.Exists(output) && !output.EndsWith(Path.DirectorySeparatorChar) && !output.EndsWith('/'))
        {
            // A Word document named .pptx would open in the wrong program: refused, with the extension it needs.
            if (!output.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                var ext = Path.GetExtension(output);
                throw new DocumentInputException(Vocabulary.For(deal.Language).Pick(
                    $"{output}：输出文件的扩展名应为 .docx{(ext.Length > 0 ? $"，而不是 {ext}" : "")}（写出的是 Word 文档）",
                    $"{output}: the output file must end in .docx{(ext.Length > 0 ? $", not {ext}" : "")} (what is written is a Word document)"));
            }
            return (output, request);
        }
        var folder = output ?? Directory.GetCurrentDirectory();
        var placed = request;
        while (!versionGiven && File.Exists(Path.Combine(folder, Deliverables.NameOf(deal, placed) + ".docx")) && placed.Version < 999)
            placed = placed with { Version = placed.Version + 1 };
        return (Path.Combine(folder, Deliverables.NameOf(deal, placed) + ".docx"), placed);
    }

    /// <summary>Reads a user's template, or explains why it cannot be read.</summary>
    public static byte[]? ReadTemplate(string? path, Vocabulary v)
    {
        if (path is null)
            return null;
        if (!File.Exists(path))
            throw new DocumentInputException(v.Pick($"找不到模板文件 {path}", $"template not found: {path}"));
        if (new FileInfo(path).Length > 50L * 1024 * 1024)
            throw new DocumentInputException(v.Pick($"模板 {path} 超过 50 MB", $"the template {path} is over 50 MB"));
        return File.ReadAllBytes(path);
    }

    /// <summary>
    /// Prints an input error with its details; the exit code for unusable input. A template refused as a package
    /// (encrypted, a zip bomb, not Word) is named by its path.
    /// </summary>
    public static int Fail(DocumentInputException e, string? template = null)
    {
        var place = template is not null && e.InnerException is PackageRejectedException ? template + ": " : "";
        Console.Error.WriteLine($"presales: {place}{e.Message}");
        foreach (var detail in e.Details)
            Console.Error.WriteLine($"  - {detail}");
        return CommandLine.Unusable;
    }
}
