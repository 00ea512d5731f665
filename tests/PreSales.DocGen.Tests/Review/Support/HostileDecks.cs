using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PreSales.DocGen.Tests.Review.Support;

/// <summary>
/// Hostile decks built in code from the clean sample deck by rewriting its parts: deep nesting, shape floods, slide
/// lists naming one slide thousands of times, shared parts, odd ids, broken checksums.
/// </summary>
public static class HostileDecks
{
    public const string Group = "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"90\" name=\"g\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>";

    /// <summary>The clean deck with some parts rewritten (text in, text out); parts mapped to null are deleted.</summary>
    public static string Rewrite(string name, IReadOnlyDictionary<string, Func<string, string?>> parts, TestDeck? deck = null)
    {
        var source = (deck ?? Flawed()).SaveTemp();
        var path = Path.Combine(Path.GetDirectoryName(source)!, name);
        using (var input = ZipFile.OpenRead(source))
        using (var output = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in input.Entries)
            {
                string text;
                using (var reader = new StreamReader(entry.Open()))
                    text = reader.ReadToEnd();
                var content = parts.TryGetValue(entry.FullName, out var change) ? change(text) : text;
                if (content is null)
                    continue;
                using var writer = new StreamWriter(output.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return path;
    }

    /// <summary>The clean sample deck and a tenth slide with findings (no title, a leftover prompt), so annotate has comments to write.</summary>
    public static TestDeck Flawed() => SampleDecks.CleanChinese().Slide(s => s.Bullets("TODO: 待补充案例", "单击此处添加文本"));

    public static string Rewrite(string name, string part, Func<string, string?> change, TestDeck? deck = null) =>
        Rewrite(name, new Dictionary<string, Func<string, string?>> { [part] = change }, deck);

    /// <summary>Slide 1's shape tree with <paramref name="levels"/> nested groups inserted.</summary>
    public static string Nested(int levels) => Rewrite($"nested-{levels}.pptx", "ppt/slides/slide1.xml", xml =>
    {
        var at = xml.IndexOf("</p:grpSpPr>", StringComparison.Ordinal) + "</p:grpSpPr>".Length;
        var nest = new StringBuilder(levels * (Group.Length + 12));
        for (var i = 0; i < levels; i++)
            nest.Append(Group);
        for (var i = 0; i < levels; i++)
            nest.Append("</p:grpSp>");
        return xml.Insert(at, nest.ToString());
    });

    /// <summary>Slide 1 with <paramref name="count"/> more (empty) shapes: small on disk, many on the slide.</summary>
    public static string Shapes(int count, int slides = 1)
    {
        var deck = Flawed();
        for (var extra = 10; extra < slides; extra++)
            deck.Slide(s => s.Title("又一页").Bullets("要点"));
        var parts = new Dictionary<string, Func<string, string?>>();
        for (var s = 1; s <= slides; s++)
            parts[$"ppt/slides/slide{s}.xml"] = xml => xml.Replace("</p:spTree>", string.Concat(Enumerable.Repeat("<p:sp/>", count)) + "</p:spTree>", StringComparison.Ordinal);
        return Rewrite($"shapes-{count}x{slides}.pptx", parts, deck);
    }

    /// <summary>The slide list names slide 1 <paramref name="times"/> times; slide 1 carries ~1 MB of text.</summary>
    public static string RepeatedFatSlide(int times, bool distinctRelationships)
    {
        var parts = new Dictionary<string, Func<string, string?>>
        {
            ["ppt/slides/slide1.xml"] = xml => xml.Replace("</p:spTree>",
                "<p:sp><p:nvSpPr><p:cNvPr id=\"80\" name=\"fat\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>"
                + string.Concat(Enumerable.Range(0, 2000).Select(i => $"<a:p><a:r><a:t>{new string('字', 250)}{i}</a:t></a:r></a:p>")) + "</p:txBody></p:sp></p:spTree>", StringComparison.Ordinal),
            ["ppt/presentation.xml"] = xml => Regex.Replace(xml, "<p:sldIdLst>.*</p:sldIdLst>", "<p:sldIdLst>"
                + string.Concat(Enumerable.Range(0, times).Select(i => $"<p:sldId id=\"{256 + i}\" r:id=\"{(distinctRelationships ? $"rIdCopy{i}" : "rIdSlide1")}\"/>")) + "</p:sldIdLst>"),
        };
        if (distinctRelationships)
        {
            parts["ppt/_rels/presentation.xml.rels"] = xml => xml.Replace("</Relationships>", string.Concat(Enumerable.Range(0, times).Select(i =>
                $"<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide\" Target=\"/ppt/slides/slide1.xml\" Id=\"rIdCopy{i}\" />")) + "</Relationships>", StringComparison.Ordinal);
        }
        return Rewrite($"fat-{times}.pptx", parts);
    }

    public static string NoSlides() => Rewrite("no-slides.pptx", "ppt/presentation.xml", xml => Regex.Replace(xml, "<p:sldIdLst>.*</p:sldIdLst>", ""));

    /// <summary>Slide 2 shares slide 1's notes slide: one part, two sources.</summary>
    public static string SharedNotes() => Rewrite("shared-notes.pptx", "ppt/slides/_rels/slide2.xml.rels",
        xml => xml.Replace("notesSlide2.xml", "notesSlide1.xml", StringComparison.Ordinal));

    /// <summary>Slide 1's relationships repeat an id.</summary>
    public static string DuplicateRelationshipIds() => Rewrite("duplicate-rids.pptx", "ppt/slides/_rels/slide1.xml.rels",
        xml => xml.Replace("</Relationships>", "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"../media/image.png\" Id=\"" + FirstId(xml) + "\" /></Relationships>", StringComparison.Ordinal));

    /// <summary>Relationship ids that are not rId1, rId2…: long, odd, the slides' ids shuffled.</summary>
    public static string OddRelationshipIds() => Rewrite("odd-rids.pptx", new Dictionary<string, Func<string, string?>>
    {
        ["ppt/presentation.xml"] = xml => xml.Replace("rIdSlide", "R_x_", StringComparison.Ordinal),
        ["ppt/_rels/presentation.xml.rels"] = xml => xml.Replace("rIdSlide", "R_x_", StringComparison.Ordinal),
    });

    public static string NegativeSlideIds() => Rewrite("negative-ids.pptx", "ppt/presentation.xml", xml => xml.Replace("<p:sldId id=\"256\"", "<p:sldId id=\"-5\"", StringComparison.Ordinal));

    public static string DuplicateSlideIds() => Rewrite("duplicate-ids.pptx", "ppt/presentation.xml", xml => xml.Replace("<p:sldId id=\"257\"", "<p:sldId id=\"256\"", StringComparison.Ordinal));

    /// <summary>A valid deck whose first slide's CRC, in the local header and the central directory, no longer matches its data.</summary>
    public static string BadCrc()
    {
        var path = SampleDecks.CleanChinese().SaveTemp("bad-crc.pptx");
        var zip = File.ReadAllBytes(path);
        var end = zip.AsSpan().LastIndexOf(new byte[] { 0x50, 0x4B, 0x05, 0x06 });
        var count = BitConverter.ToUInt16(zip, end + 10);
        var offset = (int)BitConverter.ToUInt32(zip, end + 16);
        for (var i = 0; i < count; i++)
        {
            var nameLength = BitConverter.ToUInt16(zip, offset + 28);
            var name = Encoding.UTF8.GetString(zip, offset + 46, nameLength);
            if (name == "ppt/slides/slide1.xml")
            {
                var local = (int)BitConverter.ToUInt32(zip, offset + 42);
                zip[offset + 16] ^= 0x5A;
                zip[local + 14] ^= 0x5A;
                break;
            }
            offset += 46 + nameLength + BitConverter.ToUInt16(zip, offset + 30) + BitConverter.ToUInt16(zip, offset + 32);
        }
        File.WriteAllBytes(path, zip);
        return path;
    }

    private static string FirstId(string rels) => Regex.Match(rels, "Id=\"([^\"]+)\"").Groups[1].Value;
}
