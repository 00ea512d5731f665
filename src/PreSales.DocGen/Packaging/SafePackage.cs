using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PreSales.DocGen.Packaging;

/// <summary>
/// Opens an Office file only after its zip has been checked against <see cref="PackageLimits"/>: the signature
/// (an encrypted Office file is an OLE compound file), the central directory, entry names, sizes and compression
/// ratios, and the main part's content type. XML is then read by the Open XML SDK with a per-part character limit
/// and DTDs prohibited, so entity bombs and external entities are refused. Media parts are never read.
/// </summary>
public sealed class SafePackage : IDisposable
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipSignature = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly Stream stream;
    private readonly string path;
    private ZipArchive? entries;
    private Dictionary<string, ZipArchiveEntry>? byName;

    private SafePackage(string path, Stream stream, PackageKind kind, string mainContentType, string mainPartName)
    {
        this.path = path;
        this.stream = stream;
        Kind = kind;
        MainContentType = mainContentType;
        MainPartName = mainPartName;
    }

    /// <summary>What the main part says the document is.</summary>
    public PackageKind Kind { get; }

    /// <summary>The main part's content type.</summary>
    public string MainContentType { get; }

    /// <summary>The main part's name, e.g. <c>/ppt/presentation.xml</c> (empty when there is none).</summary>
    public string MainPartName { get; }

    /// <summary>The limits this package was checked against.</summary>
    public PackageLimits Limits { get; private init; } = PackageLimits.Default;

    /// <summary>Checks a file and keeps it open for reading; throws <see cref="PackageRejectedException"/> with the reason.</summary>
    public static SafePackage Open(string path, PackageLimits? limits = null)
    {
        limits ??= PackageLimits.Default;
        if (!File.Exists(path))
            throw Reject("missing", $"文件不存在:{path}", $"file not found: {path}");
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        try
        {
            var (kind, contentType, mainPart) = Inspect(stream, limits);
            stream.Position = 0;
            return new SafePackage(path, stream, kind, contentType, mainPart) { Limits = limits };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens the checked package as a presentation, read-only; refuses other kinds with a message naming what it is.</summary>
    public PresentationDocument OpenPresentation()
    {
        switch (Kind)
        {
            case PackageKind.Word:
                throw Reject("wrong-kind", "这是 Word 文档(可能被改了扩展名),不是 PPT。", "this is a Word document (perhaps renamed), not a presentation.");
            case PackageKind.Excel:
                throw Reject("wrong-kind", "这是 Excel 工作簿(可能被改了扩展名),不是 PPT。", "this is an Excel workbook (perhaps renamed), not a presentation.");
            case PackageKind.Unknown:
                throw Reject("no-presentation", $"文件中没有演示文稿主部件(内容类型:{Describe(MainContentType)})。", $"the file has no presentation part (main content type: {Describe(MainContentType)}).");
        }
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = Limits.MaxXmlCharacters, AutoSave = false };
            return PresentationDocument.Open(stream, false, settings);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FileFormatException)
        {
            throw Reject("damaged", $"无法作为演示文稿打开:{e.Message}", $"cannot be opened as a presentation: {e.Message}", e);
        }
    }

    /// <summary>Turns a failure while reading XML parts (a DTD, a part over the limit) into a clear refusal.</summary>
    public static PackageRejectedException Explain(Exception e, string where)
    {
        var message = e.Message;
        if (message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
            return Reject("dtd", $"{where} 含有 DTD / 实体声明(可能是 XML 炸弹或外部实体攻击),已拒绝。", $"{where} contains a DTD / entity declarations (an XML bomb or external-entity attack); refused.", e);
        if (message.Contains("MaxCharactersInDocument", StringComparison.OrdinalIgnoreCase) || message.Contains("exceeds", StringComparison.OrdinalIgnoreCase))
            return Reject("part-too-large", $"{where} 的 XML 超出大小上限,已拒绝。", $"{where} has more XML than allowed; refused.", e);
        return Reject("damaged", $"{where} 已损坏:{message}", $"{where} is damaged: {message}", e);
    }

    /// <summary>
    /// Opens a part's bytes straight from the zip (checked at open), by part name (e.g. <c>/ppt/slides/slide1.xml</c>),
    /// or returns null when there is no such entry. Reading parts this way skips System.IO.Packaging's stream and
    /// relationship layers, which cost several times the inflating itself.
    /// </summary>
    public Stream? OpenPart(string partName)
    {
        entries ??= new ZipArchive(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess), ZipArchiveMode.Read);
        var name = partName.TrimStart('/');
        var entry = entries.GetEntry(name) ?? entries.GetEntry(Uri.UnescapeDataString(name));
        if (entry is null)
        {
            // Part names are case-insensitive in OPC; zip entry names are not.
            byName ??= entries.Entries.GroupBy(e => e.FullName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            entry = byName.GetValueOrDefault(Uri.UnescapeDataString(name));
        }
        return entry?.Open();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        entries?.Dispose();
        stream.Dispose();
    }

    private static (PackageKind, string, string) Inspect(Stream stream, PackageLimits limits)
    {
        CheckSignature(stream);
        stream.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw Reject("truncated", "zip 文件被截断或已损坏(找不到中央目录)。", "the zip file is truncated or damaged (no central directory).", e);
        }
        using (zip)
        {
            CheckEntries(zip, limits);
            return MainPart(zip);
        }
    }

    private static void CheckSignature(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        var read = stream.ReadAtLeast(head, 8, throwOnEndOfStream: false);
        if (read >= 8 && head.SequenceEqual(OleSignature))
            throw Reject("encrypted", "这是受密码保护(加密)的 Office 文件或旧版二进制格式(.ppt),无法评审;请先去掉密码或另存为 .pptx。", "this is a password-protected (encrypted) Office file or an old binary format (.ppt); remove the password or save it as .pptx first.");
        if (read < 4 || !(head[..4].SequenceEqual(ZipSignature) || head[..4].SequenceEqual(EmptyZipSignature)))
            throw Reject("not-a-zip", "不是 Office Open XML 文件(不是 zip 压缩包)。", "not an Office Open XML file (not a zip archive).");
    }

    private static void CheckEntries(ZipArchive zip, PackageLimits limits)
    {
        var entries = zip.Entries;
        if (entries.Count > limits.MaxEntries)
            throw Reject("too-many-entries", $"压缩包含 {entries.Count} 个条目,超过上限 {limits.MaxEntries}。", $"the zip has {entries.Count} entries, more than the limit of {limits.MaxEntries}.");
        long total = 0;
        foreach (var entry in entries)
        {
            CheckName(entry.FullName);
            if (entry.Length > limits.MaxEntryBytes)
                throw Bomb(entry, $"解压后 {entry.Length:N0} 字节,超过单个部件上限 {limits.MaxEntryBytes:N0}", $"inflates to {entry.Length:N0} bytes, over the per-part limit of {limits.MaxEntryBytes:N0}");
            if (entry.Length > limits.RatioCheckFromBytes && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio)
                throw Bomb(entry, $"压缩比 {entry.Length / Math.Max(1, entry.CompressedLength):N0}:1 异常", $"has a compression ratio of {entry.Length / Math.Max(1, entry.CompressedLength):N0}:1");
            total += entry.Length;
            if (total > limits.MaxTotalBytes)
                throw Reject("zip-bomb", $"解压后总大小超过上限 {limits.MaxTotalBytes:N0} 字节(疑似 zip 炸弹)。", $"the zip inflates to more than {limits.MaxTotalBytes:N0} bytes in total (a zip bomb?).");
        }
    }

    private static PackageRejectedException Bomb(ZipArchiveEntry entry, string zh, string en) =>
        Reject("zip-bomb", $"部件 {entry.FullName} {zh}(疑似 zip 炸弹),已拒绝。", $"part {entry.FullName} {en} (a zip bomb?); refused.");

    private static void CheckName(string name)
    {
        var normal = name.Replace('\\', '/');
        if (normal.StartsWith('/') || (normal.Length > 1 && normal[1] == ':') || normal.Split('/').Any(segment => segment == ".."))
            throw Reject("unsafe-name", $"压缩包中的条目名不安全:{name}(含 ../ 或绝对路径)。", $"the zip has an unsafe entry name: {name} (../ or an absolute path).");
    }

    private static (PackageKind, string, string) MainPart(ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels");
        var types = zip.GetEntry("[Content_Types].xml");
        if (rels is null || types is null)
            throw Reject("not-office", "zip 中缺少 [Content_Types].xml 或 _rels/.rels,不是 Office 文件。", "the zip lacks [Content_Types].xml or _rels/.rels: not an Office file.");
        var target = ReadSmallXml(rels, MainTarget);
        if (target is null)
            return (PackageKind.Unknown, "", "");
        var partName = "/" + target.TrimStart('/');
        var contentType = ReadSmallXml(types, reader => ContentTypeOf(reader, partName)) ?? "";
        return (KindOf(contentType), contentType, partName);
    }

    private static string? MainTarget(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && (reader.GetAttribute("Type") ?? "").EndsWith("/officeDocument", StringComparison.Ordinal))
                return reader.GetAttribute("Target");
        }
        return null;
    }

    private static string? ContentTypeOf(XmlReader reader, string partName)
    {
        var extension = Path.GetExtension(partName).TrimStart('.');
        string? byDefault = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.LocalName == "Override" && string.Equals(reader.GetAttribute("PartName"), partName, StringComparison.OrdinalIgnoreCase))
                return reader.GetAttribute("ContentType");
            if (reader.LocalName == "Default" && string.Equals(reader.GetAttribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
                byDefault = reader.GetAttribute("ContentType");
        }
        return byDefault;
    }

    private static T ReadSmallXml<T>(ZipArchiveEntry entry, Func<XmlReader, T> read)
    {
        const long MaxSmallPart = 8L << 20;
        if (entry.Length > MaxSmallPart)
            throw Reject("part-too-large", $"{entry.FullName} 过大。", $"{entry.FullName} is too large.");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxSmallPart,
        };
        try
        {
            using var input = entry.Open();
            using var reader = XmlReader.Create(input, settings);
            return read(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw Explain(e, entry.FullName);
        }
    }

    private static PackageKind KindOf(string contentType) => contentType switch
    {
        _ when contentType.Contains("presentationml", StringComparison.Ordinal) || contentType.Contains("ms-powerpoint", StringComparison.Ordinal) => PackageKind.Presentation,
        _ when contentType.Contains("wordprocessingml", StringComparison.Ordinal) || contentType.Contains("ms-word", StringComparison.Ordinal) => PackageKind.Word,
        _ when contentType.Contains("spreadsheetml", StringComparison.Ordinal) || contentType.Contains("ms-excel", StringComparison.Ordinal) => PackageKind.Excel,
        _ => PackageKind.Unknown,
    };

    private static string Describe(string contentType) => string.IsNullOrEmpty(contentType) ? "—" : contentType;

    private static PackageRejectedException Reject(string code, string zh, string en, Exception? inner = null) =>
        new(new PackageProblem(code, zh, en), inner);
}
