namespace PreSales.Tests.Support;

/// <summary>
/// LibreOffice, started once for a batch of files: <c>soffice --convert-to pdf a.docx b.pptx …</c> converts them all in
/// one start (a start costs seconds; a file, a fraction). Tests share a batch through a class fixture holding
/// <c>new Lazy&lt;…&gt;(() => LibreOffice.PdfText(files, dir))</c> and read it after <c>ExternalTool.Require("soffice")</c>.
/// </summary>
public static class LibreOffice
{
    /// <summary>
    /// Converts every file (their names must differ) to PDF in <paramref name="dir"/> with one LibreOffice start and its
    /// own profile, then returns each input's PDF text (pdftotext), line breaks removed, by input path.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PdfText(IReadOnlyList<string> files, string dir)
    {
        var soffice = ExternalTool.Require("soffice");
        var pdftotext = ExternalTool.Require("pdftotext");
        var profile = "-env:UserInstallation=file://" + Path.Combine(dir, "lo-profile");
        // Generous hang guard: a batch of a dozen files takes LibreOffice well under a minute.
        var (exit, output, err) = ExternalTool.Run(soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, .. files], dir, timeoutSeconds: 600);
        if (exit != 0)
            throw new InvalidOperationException($"soffice exit {exit}: {err}{output}");
        var texts = new Dictionary<string, string>();
        foreach (var file in files)
        {
            var pdf = Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + ".pdf");
            if (!File.Exists(pdf))
                throw new InvalidOperationException($"LibreOffice wrote no PDF for {file}: {err}{output}");
            var (_, text, _) = ExternalTool.Run(pdftotext, [pdf, "-"]);
            texts[file] = text.Replace("\n", "", StringComparison.Ordinal);
        }
        return texts;
    }
}
