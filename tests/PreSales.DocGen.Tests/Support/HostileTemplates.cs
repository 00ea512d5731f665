using System.IO.Compression;
using System.Text;

namespace PreSales.DocGen.Tests.Support;

/// <summary>Hostile templates built from a real template's bytes: encrypted, a zip bomb, a ../ entry, a lying size.</summary>
public static class HostileTemplates
{
    /// <summary>The start of an encrypted Office file: an OLE compound file header.</summary>
    public static byte[] Encrypted()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The template plus one entry of <paramref name="zeros"/> zero bytes, deflated (300 MB make about 300 KB).</summary>
    public static byte[] WithZeros(byte[] template, string entryName, long zeros) => Extended(template, zip =>
    {
        using var stream = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
        var buffer = new byte[1 << 20];
        for (long written = 0; written < zeros; written += buffer.Length)
            stream.Write(buffer, 0, (int)Math.Min(buffer.Length, zeros - written));
    });

    /// <summary>The template plus one entry holding these bytes.</summary>
    public static byte[] WithBytes(byte[] template, string entryName, byte[] content) => Extended(template, zip =>
    {
        using var stream = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
        stream.Write(content);
    });

    /// <summary>
    /// The template with a "billion laughs" DTD put into one of its XML parts: nine levels of ten entities each, which
    /// a parser that expands entities turns into a billion "lol"s.
    /// </summary>
    public static byte[] WithEntityBomb(byte[] template, string entryName)
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        using var input = new MemoryStream(template);
        using var output = new MemoryStream();
        using (var source = new System.IO.Compression.ZipArchive(input, System.IO.Compression.ZipArchiveMode.Read))
        using (var target = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (entry.FullName == entryName)
                {
                    var root = text.IndexOf('<', text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) : 0);
                    var name = text[(root + 1)..text.IndexOfAny([' ', '>'], root)];
                    text = text[..root] + $"<!DOCTYPE {name} [{entities}]>" + text[root..].Replace("</", "&lol9;</", StringComparison.Ordinal);
                }
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }

    /// <summary>The template plus one small text entry, e.g. named <c>../../evil.sh</c>.</summary>
    public static byte[] WithEntry(byte[] template, string entryName, string text) => Extended(template, zip =>
    {
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        writer.Write(text);
    });

    /// <summary>
    /// The template plus one entry whose directory (central and local) claims <paramref name="claimed"/> bytes while its
    /// data inflates to <paramref name="actual"/>: the sizes a reader allocates by are lies.
    /// </summary>
    public static byte[] WithLyingSize(byte[] template, string entryName, long actual, uint claimed)
    {
        var bytes = WithZeros(template, entryName, actual);
        var name = Encoding.ASCII.GetBytes(entryName);
        Patch(bytes, [0x50, 0x4B, 0x03, 0x04], 30, 26, 22, name, claimed);
        Patch(bytes, [0x50, 0x4B, 0x01, 0x02], 46, 28, 24, name, claimed);
        return bytes;
    }

    // Finds the header (local or central) of the named entry and overwrites its uncompressed size.
    private static void Patch(byte[] zip, byte[] signature, int nameAt, int nameLengthAt, int sizeAt, byte[] name, uint size)
    {
        for (var i = 0; i + nameAt + name.Length <= zip.Length; i++)
        {
            if (!zip.AsSpan(i, 4).SequenceEqual(signature) || BitConverter.ToUInt16(zip, i + nameLengthAt) != name.Length
                || !zip.AsSpan(i + nameAt, name.Length).SequenceEqual(name))
                continue;
            BitConverter.GetBytes(size).CopyTo(zip, i + sizeAt);
            return;
        }
        throw new InvalidOperationException("entry header not found");
    }

    private static byte[] Extended(byte[] template, Action<ZipArchive> add)
    {
        using var output = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            add(zip);
        }
        return output.ToArray();
    }
}
