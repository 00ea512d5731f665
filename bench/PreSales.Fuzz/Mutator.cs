using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PreSales.Fuzz;

/// <summary>The mutations, each a pure function of the seed's bytes and a random source.</summary>
internal static class Mutator
{
    public static readonly string[] PackageKinds =
    [
        "bytes-flipped", "xml-truncated", "part-deleted", "relationship-redirected", "entry-duplicated", "deep-nesting",
        "shapes-blown-up", "slide-references-duplicated", "crc-broken", "odd-ids", "no-slides",
    ];

    public static readonly string[] TextKinds = ["bytes-flipped", "truncated", "line-repeated", "deep-nesting", "huge-line", "bad-encoding"];

    public static byte[] Package(byte[] seed, string kind, Random random)
    {
        if (kind == "bytes-flipped")
            return Flip(seed, random);
        var entries = Read(seed);
        var xml = entries.Where(e => IsXml(e.Name)).ToList();
        switch (kind)
        {
            case "xml-truncated":
            {
                var entry = Pick(xml, random);
                entry.Bytes = entry.Bytes[..random.Next(entry.Bytes.Length)];
                break;
            }
            case "part-deleted":
                entries.Remove(Pick(entries, random));
                break;
            case "relationship-redirected":
            {
                var rels = entries.Where(e => e.Name.EndsWith(".rels", StringComparison.Ordinal)).ToList();
                if (rels.Count == 0)
                    break;
                var entry = Pick(rels, random);
                var text = Encoding.UTF8.GetString(entry.Bytes);
                var targets = Regex.Matches(text, "Target=\"([^\"]*)\"");
                if (targets.Count == 0)
                    break;
                var match = targets[random.Next(targets.Count)];
                string[] elsewhere = ["/" + Pick(entries, random).Name, "../../../../etc/passwd", "nothing.xml", "/_rels/.rels", "/[Content_Types].xml",
                    "/" + entry.Name, "", "slide%zz.xml", "http://example.com/x", new string('x', 5000)];
                var to = elsewhere[random.Next(elsewhere.Length)];
                entry.Bytes = Encoding.UTF8.GetBytes(text.Remove(match.Groups[1].Index, match.Groups[1].Length).Insert(match.Groups[1].Index, to));
                break;
            }
            case "entry-duplicated":
            {
                var entry = Pick(entries, random);
                var copy = random.Next(2) == 0 ? entry.Bytes : entry.Bytes[..(entry.Bytes.Length / 2)];
                entries.Insert(random.Next(entries.Count + 1), new Entry(entry.Name, copy));
                break;
            }
            case "deep-nesting":
                Nest(entries, random);
                break;
            case "shapes-blown-up":
                BlowUp(entries, random);
                break;
            case "slide-references-duplicated":
                Edit(entries, "ppt/presentation.xml", text =>
                {
                    var first = Regex.Match(text, "<p:sldId [^>]*/>");
                    if (!first.Success)
                        return text;
                    var times = new[] { 2, 20, 200, 2000 }[random.Next(4)];
                    var copies = new StringBuilder();
                    for (var i = 0; i < times; i++)
                        copies.Append(Regex.Replace(first.Value, "id=\"\\d+\"", $"id=\"{100000 + i}\""));
                    return text.Insert(first.Index + first.Length, copies.ToString());
                });
                break;
            case "crc-broken":
                return BreakCrc(Write(entries), random);
            case "odd-ids":
                Edit(entries, "ppt/presentation.xml", text => random.Next(3) switch
                {
                    0 => Regex.Replace(text, "<p:sldId id=\"\\d+\"", "<p:sldId id=\"-5\""),
                    1 => Regex.Replace(text, "r:id=\"[^\"]*\"", "r:id=\"rId1\""),
                    _ => Regex.Replace(text, "<p:sldId id=\"\\d+\"", "<p:sldId id=\"256\""),
                });
                foreach (var rels in entries.Where(e => e.Name.EndsWith(".rels", StringComparison.Ordinal) && random.Next(3) == 0))
                    rels.Bytes = Encoding.UTF8.GetBytes(Regex.Replace(Encoding.UTF8.GetString(rels.Bytes), "Id=\"[^\"]*\"", "Id=\"rId1\""));
                break;
            case "no-slides":
                Edit(entries, "ppt/presentation.xml", text => Regex.Replace(text, "<p:sldIdLst>.*?</p:sldIdLst>", "", RegexOptions.Singleline));
                break;
        }
        return Write(entries);
    }

    public static byte[] Text(byte[] seed, string kind, Random random)
    {
        var text = Encoding.UTF8.GetString(seed);
        switch (kind)
        {
            case "bytes-flipped":
                return Flip(seed, random);
            case "truncated":
                return seed[..random.Next(seed.Length)];
            case "line-repeated":
            {
                var lines = text.Split('\n').ToList();
                var line = lines[random.Next(lines.Count)];
                var times = new[] { 10, 1000, 100_000 }[random.Next(3)];
                lines.InsertRange(random.Next(lines.Count), Enumerable.Repeat(line, times));
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }
            case "deep-nesting":
            {
                var depth = new[] { 100, 10_000, 200_000 }[random.Next(3)];
                var at = random.Next(text.Length);
                var nest = text.TrimStart().StartsWith('{')
                    ? string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth))
                    : string.Concat(Enumerable.Range(0, Math.Min(depth, 20_000)).Select(i => new string(' ', i % 200) + "- 项\n")) + new string('>', depth) + " quote\n";
                return Encoding.UTF8.GetBytes(text.Insert(at, nest));
            }
            case "huge-line":
                return Encoding.UTF8.GetBytes(text.Insert(random.Next(text.Length), new string('长', 2_000_000)));
            default:
            {
                var bytes = seed.ToList();
                byte[][] bad = [[0xFF, 0xFE], [0xC3], [0x00], [0xEF, 0xBB, 0xBF], [0xED, 0xA0, 0x80]];
                bytes.InsertRange(random.Next(bytes.Count), bad[random.Next(bad.Length)]);
                return [.. bytes];
            }
        }
    }

    private sealed class Entry(string name, byte[] bytes)
    {
        public string Name { get; } = name;

        public byte[] Bytes { get; set; } = bytes;
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static byte[] Flip(byte[] seed, Random random)
    {
        var bytes = (byte[])seed.Clone();
        var flips = random.Next(1, 12);
        for (var i = 0; i < flips; i++)
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return bytes;
    }

    private static List<Entry> Read(byte[] seed)
    {
        using var zip = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read);
        var list = new List<Entry>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            list.Add(new Entry(entry.FullName, copy.ToArray()));
        }
        return list;
    }

    private static byte[] Write(List<Entry> entries)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var stream = zip.CreateEntry(entry.Name, CompressionLevel.Fastest).Open();
                stream.Write(entry.Bytes);
            }
        }
        return output.ToArray();
    }

    private static void Edit(List<Entry> entries, string name, Func<string, string> change)
    {
        var entry = entries.FirstOrDefault(e => e.Name == name);
        if (entry is not null)
            entry.Bytes = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(entry.Bytes)));
    }

    private static Entry? Body(List<Entry> entries, Random random)
    {
        var slides = entries.Where(e => Regex.IsMatch(e.Name, @"^ppt/(slides|slideLayouts|slideMasters)/[^/]+\.xml$")).ToList();
        if (slides.Count > 0)
            return Pick(slides, random);
        return entries.FirstOrDefault(e => e.Name == "word/document.xml") ?? (entries.Count(e => IsXml(e.Name)) > 0 ? Pick(entries.Where(e => IsXml(e.Name)).ToList(), random) : null);
    }

    private static void Nest(List<Entry> entries, Random random)
    {
        var entry = Body(entries, random);
        if (entry is null)
            return;
        var depth = new[] { 65, 1000, 20_000, 100_000 }[random.Next(4)];
        var text = Encoding.UTF8.GetString(entry.Bytes);
        string open, close;
        int at;
        if (Regex.Match(text, "</p:grpSpPr>") is { Success: true } tree)
        {
            open = "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"9\" name=\"g\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>";
            close = "</p:grpSp>";
            at = tree.Index + tree.Length;
        }
        else if (Regex.Match(text, "<w:body>") is { Success: true } body)
        {
            open = "<w:tbl><w:tr><w:tc>";
            close = "<w:p/></w:tc></w:tr></w:tbl>";
            at = body.Index + body.Length;
        }
        else
        {
            var root = Regex.Match(text, "<[A-Za-z][^?!>]*>");
            if (!root.Success)
                return;
            (open, close, at) = ("<x>", "</x>", root.Index + root.Length);
        }
        var nest = new StringBuilder(depth * (open.Length + close.Length));
        for (var i = 0; i < depth; i++)
            nest.Append(open);
        for (var i = 0; i < depth; i++)
            nest.Append(close);
        entry.Bytes = Encoding.UTF8.GetBytes(text.Insert(at, nest.ToString()));
    }

    private static void BlowUp(List<Entry> entries, Random random)
    {
        var entry = Body(entries, random);
        if (entry is null)
            return;
        var text = Encoding.UTF8.GetString(entry.Bytes);
        var shape = Regex.Match(text, "<p:sp>.*?</p:sp>", RegexOptions.Singleline);
        if (!shape.Success)
            shape = Regex.Match(text, "<w:p>.*?</w:p>|<w:p .*?</w:p>", RegexOptions.Singleline);
        if (!shape.Success)
            return;
        var times = new[] { 100, 11_000, 50_000 }[random.Next(3)];
        var copies = new StringBuilder(shape.Length * times);
        for (var i = 0; i < times; i++)
            copies.Append(shape.Value);
        entry.Bytes = Encoding.UTF8.GetBytes(text.Insert(shape.Index + shape.Length, copies.ToString()));
    }

    /// <summary>Changes one entry's CRC in both the local header and the central directory: the data no longer matches it.</summary>
    private static byte[] BreakCrc(byte[] zip, Random random)
    {
        var end = zip.AsSpan().LastIndexOf(new byte[] { 0x50, 0x4B, 0x05, 0x06 });
        if (end < 0)
            return zip;
        var count = BitConverter.ToUInt16(zip, end + 10);
        var offset = (int)BitConverter.ToUInt32(zip, end + 16);
        var pick = random.Next(count);
        for (var i = 0; i < count; i++)
        {
            var nameLength = BitConverter.ToUInt16(zip, offset + 28);
            var extra = BitConverter.ToUInt16(zip, offset + 30);
            var comment = BitConverter.ToUInt16(zip, offset + 32);
            if (i == pick)
            {
                var local = (int)BitConverter.ToUInt32(zip, offset + 42);
                var bit = (byte)(1 << random.Next(8));
                zip[offset + 16] ^= bit;
                zip[local + 14] ^= bit;
                break;
            }
            offset += 46 + nameLength + extra + comment;
        }
        return zip;
    }
}
