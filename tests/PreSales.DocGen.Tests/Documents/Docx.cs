using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>Reading back what we produce: validation errors, text, controls.</summary>
public static class Docx
{
    public static IReadOnlyList<string> Errors(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    public static T Read<T>(byte[] bytes, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return read(document);
    }

    public static string BodyText(byte[] bytes) => Read(bytes, d => string.Join("\n", d.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)));

    public static string Save(byte[] bytes, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "presales-docs-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
