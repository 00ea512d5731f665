using System.IO.Compression;
using System.Security;
using System.Text;

namespace PreSales.AddinHost.Tests.Support;

/// <summary>Small real .pptx and .docx packages written part by part, so a test knows exactly what text they hold.</summary>
public static class OfficeFiles
{
    private const string Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /// <summary>A deck: each slide's paragraphs, and its notes (or null).</summary>
    public static byte[] Deck(params (string[] Paragraphs, string? Notes)[] slides)
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>
                {string.Concat(slides.Select((_, i) => $"<Override PartName=\"/ppt/slides/slide{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slide+xml\"/>"))}
                </Types>
                """,
            ["_rels/.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Rels}"><Relationship Id="rId1" Type="{OfficeDocument}" Target="ppt/presentation.xml"/></Relationships>""",
            ["ppt/presentation.xml"] = $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <p:sldIdLst>{string.Concat(slides.Select((_, i) => $"<p:sldId id=\"{256 + i}\" r:id=\"rId{i + 1}\"/>"))}</p:sldIdLst>
                </p:presentation>
                """,
            ["ppt/_rels/presentation.xml.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Rels}">{string.Concat(slides.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide\" Target=\"slides/slide{i + 1}.xml\"/>"))}</Relationships>""",
        };
        for (var i = 0; i < slides.Length; i++)
        {
            parts[$"ppt/slides/slide{i + 1}.xml"] = Slide("sld", slides[i].Paragraphs);
            if (slides[i].Notes is { } notes)
            {
                parts[$"ppt/slides/_rels/slide{i + 1}.xml.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Rels}"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide{i + 1}.xml"/></Relationships>""";
                parts[$"ppt/notesSlides/notesSlide{i + 1}.xml"] = Slide("notes", [notes]);
            }
        }
        return Zip(parts);
    }

    /// <summary>A Word document: paragraphs, then a table of rows of cells.</summary>
    public static byte[] Word(string[] paragraphs, string[][]? table = null)
    {
        var body = new StringBuilder();
        foreach (var p in paragraphs)
            body.Append($"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(p)}</w:t></w:r></w:p>");
        if (table is not null)
        {
            body.Append("<w:tbl>");
            foreach (var row in table)
                body.Append("<w:tr>").Append(string.Concat(row.Select(c => $"<w:tc><w:p><w:r><w:t>{SecurityElement.Escape(c)}</w:t></w:r></w:p></w:tc>"))).Append("</w:tr>");
            body.Append("</w:tbl>");
        }
        return Zip(new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>
                """,
            ["_rels/.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Rels}"><Relationship Id="rId1" Type="{OfficeDocument}" Target="word/document.xml"/></Relationships>""",
            ["word/document.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""",
        });
    }

    /// <summary>A deck whose slide hides a billion-laughs entity bomb behind a DTD.</summary>
    public static byte[] XmlBomb()
    {
        var deck = Deck((["x"], null));
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:p><a:r><a:t>&lol9;</a:t></a:r></a:p></p:sld>
            """;
        return Replace(deck, "ppt/slides/slide1.xml", Encoding.UTF8.GetBytes(bomb));
    }

    /// <summary>A deck with a part of 50 MB of zeros, some fifty kilobytes compressed.</summary>
    public static byte[] ZipBomb()
    {
        var deck = Deck((["x"], null));
        using var output = new MemoryStream();
        output.Write(deck);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry("ppt/media/zeros.bin", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 50; i++)
                stream.Write(zeros);
        }
        return output.ToArray();
    }

    private static byte[] Replace(byte[] package, string name, byte[] content)
    {
        using var output = new MemoryStream();
        output.Write(package);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(content);
        }
        return output.ToArray();
    }

    private static string Slide(string root, string[] paragraphs) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <p:{root} xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
        <p:cSld><p:spTree><p:sp><p:txBody>{string.Concat(paragraphs.Select(p => $"<a:p><a:r><a:t>{SecurityElement.Escape(p)}</a:t></a:r></a:p>"))}</p:txBody></p:sp></p:spTree></p:cSld>
        </p:{root}>
        """;

    private static byte[] Zip(Dictionary<string, string> parts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml.TrimStart()));
            }
        }
        return output.ToArray();
    }
}
