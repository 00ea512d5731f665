using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PreSales.DocGen.Tests.Review.Support;

/// <summary>Broken and hostile files, built in the test's temp folder.</summary>
public static class HostileFiles
{
    public const string BillionLaughs = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!DOCTYPE p:sld [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="&lol9;"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld></p:sld>
        """;

    public const string ExternalEntity = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE p:sld [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name="&xxe;"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld></p:sld>
        """;

    public static string Folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "presales-review-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string NotAZip() => Bytes("not-a-zip.pptx", Encoding.UTF8.GetBytes("This is a plain text file pretending to be a deck.\n"));

    public static string Encrypted()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return Bytes("encrypted.pptx", bytes);
    }

    public static string Truncated()
    {
        var whole = File.ReadAllBytes(SampleDecks.CleanChinese().SaveTemp());
        return Bytes("truncated.pptx", whole[..(whole.Length / 2)]);
    }

    public static string WordRenamed()
    {
        var path = Path.Combine(Folder(), "report.pptx");
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("Word, not PowerPoint")))));
        return path;
    }

    /// <summary>A valid deck whose zip is then changed: an entry replaced, added or removed.</summary>
    public static string Tampered(string name, Action<ZipArchive> change)
    {
        var path = SampleDecks.CleanChinese().SaveTemp(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        change(zip);
        return path;
    }

    /// <summary>A valid deck copied entry by entry into a new zip (Create mode streams; Update mode holds entries in memory), plus more entries.</summary>
    public static string Extended(string name, Action<ZipArchive> add)
    {
        var source = SampleDecks.CleanChinese().SaveTemp();
        var path = Path.Combine(Folder(), name);
        using (var input = ZipFile.OpenRead(source))
        using (var output = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var to = output.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            add(output);
        }
        return path;
    }

    public static void Replace(ZipArchive zip, string entryName, string content)
    {
        zip.GetEntry(entryName)?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    public static void Zeros(ZipArchive zip, string entryName, long bytes, CompressionLevel level)
    {
        using var stream = zip.CreateEntry(entryName, level).Open();
        var buffer = new byte[1 << 20];
        for (long written = 0; written < bytes; written += buffer.Length)
            stream.Write(buffer, 0, (int)Math.Min(buffer.Length, bytes - written));
    }

    public static string XmlBomb() => Tampered("xml-bomb.pptx", zip => Replace(zip, "ppt/slides/slide1.xml", BillionLaughs));

    public static string Xxe() => Tampered("xxe.pptx", zip => Replace(zip, "ppt/slides/slide1.xml", ExternalEntity));

    public static string DotDotEntry() => Tampered("dotdot.pptx", zip => Replace(zip, "../../evil.sh", "echo pwned"));

    public static string NoPresentationPart() => Tampered("no-presentation.pptx", zip =>
        Replace(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"));

    /// <summary>2 GB of zeros in one part (about 20 MB on disk): over the per-part limit.</summary>
    public static string ZipBomb() => Extended("zip-bomb.pptx", zip => Zeros(zip, "ppt/media/image99.png", 2L << 30, CompressionLevel.Fastest));

    /// <summary>64 MB of zeros squeezed to well under 1 MB: over the compression-ratio limit.</summary>
    public static string RatioBomb() => Extended("ratio-bomb.pptx", zip => Zeros(zip, "ppt/slides/slide1.xml.bin", 64L << 20, CompressionLevel.SmallestSize));
}
