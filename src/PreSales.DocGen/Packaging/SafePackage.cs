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
    private ZipArchive? entries;
    private Dictionary<string, ZipArchiveEntry>? byName;

    private SafePackage(Stream stream, PackageKind kind, string mainContentType, string mainPartName)
    {
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
            var found = Inspect(stream, limits);
            stream.Position = 0;
            return new SafePackage(stream, found.Kind, found.MainContentType, found.MainPartName) { Limits = limits };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks a package held in memory (an upload, a stored document) exactly as <see cref="Open(string, PackageLimits?)"/>
    /// checks a file, and keeps it open for reading; throws <see cref="PackageRejectedException"/> with the reason.
    /// </summary>
    public static SafePackage Open(byte[] bytes, PackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= PackageLimits.Default;
        var stream = new MemoryStream(bytes, writable: false);
        try
        {
            var found = Inspect(stream, limits);
            stream.Position = 0;
            return new SafePackage(stream, found.Kind, found.MainContentType, found.MainPartName) { Limits = limits };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks a package held in memory (a template, an upload) exactly as <see cref="Open(string, PackageLimits?)"/> checks a file: signature,
    /// central directory, entry names, sizes and ratios, main part. Only the zip's directory and two small XML parts
    /// are read, so a hostile file is refused in milliseconds; throws <see cref="PackageRejectedException"/>.
    /// </summary>
    public static PackageInspection Inspect(byte[] bytes, PackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        using var stream = new MemoryStream(bytes, writable: false);
        return Inspect(stream, limits);
    }

    /// <summary>
    /// Inspects a package, refuses it unless it is of the <paramref name="expected"/> kind, then reads every entry into
    /// memory, each read bounded by the limits whatever the zip's directory claims (a lying size cannot inflate more).
    /// For templates, whose parts are copied into every output.
    /// </summary>
    public static PackageContents ReadAll(byte[] bytes, PackageKind expected, PackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        using var stream = new MemoryStream(bytes, writable: false);
        var found = Inspect(stream, limits);
        if (found.Kind != expected)
            throw new PackageRejectedException(WrongKind(found, expected));
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var entries = new List<(string Name, byte[] Bytes)>(zip.Entries.Count);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var content = ReadEntry(entry, limits);
            total += content.Length;
            if (total > limits.MaxTotalBytes)
                throw TotalTooLarge(limits);
            entries.Add((entry.FullName, content));
        }
        return new PackageContents(found, entries);
    }

    /// <summary>The problem of a package that is not the kind wanted, naming what it is (a renamed Word file, a workbook).</summary>
    public static PackageProblem WrongKind(PackageInspection found, PackageKind expected)
    {
        ArgumentNullException.ThrowIfNull(found);
        var (zhWanted, enWanted) = Names(expected);
        if (found.Kind == PackageKind.Unknown)
        {
            var code = expected == PackageKind.Presentation ? "no-presentation" : "no-" + expected.ToString().ToLowerInvariant();
            return new PackageProblem(code, $"文件中没有 {zhWanted}的主部件(内容类型:{Describe(found.MainContentType)})。",
                $"the file has no {enWanted[(enWanted.IndexOf(' ', StringComparison.Ordinal) + 1)..]} part (main content type: {Describe(found.MainContentType)}).");
        }
        var (zhFound, enFound) = Names(found.Kind);
        return new PackageProblem("wrong-kind", $"这是 {zhFound}(可能被改了扩展名),不是 {zhWanted}。", $"this is {enFound} (perhaps renamed), not {enWanted}.");
    }

    /// <summary>Opens the checked package as a presentation, read-only; refuses other kinds with a message naming what it is.</summary>
    public PresentationDocument OpenPresentation()
    {
        if (Kind != PackageKind.Presentation)
            throw new PackageRejectedException(WrongKind(new PackageInspection(Kind, MainContentType, MainPartName), PackageKind.Presentation));
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
        // The very stream that was checked: reopening the path could read a file replaced since.
        entries ??= new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
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

    private static PackageInspection Inspect(Stream stream, PackageLimits limits)
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
            throw Reject("encrypted", "这是受密码保护(加密)的 Office 文件或旧版二进制格式(.ppt/.doc),无法读取;请先去掉密码,或另存为 .pptx/.docx。", "this is a password-protected (encrypted) Office file or an old binary format (.ppt/.doc); remove the password or save it as .pptx/.docx first.");
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
                throw TotalTooLarge(limits);
        }
    }

    private static PackageRejectedException TotalTooLarge(PackageLimits limits) =>
        Reject("zip-bomb", $"解压后总大小超过上限 {limits.MaxTotalBytes:N0} 字节(疑似 zip 炸弹)。", $"the zip inflates to more than {limits.MaxTotalBytes:N0} bytes in total (a zip bomb?).");

    // The directory's sizes were checked, but the data may inflate to more than it claims: never read past the limit.
    private static byte[] ReadEntry(ZipArchiveEntry entry, PackageLimits limits)
    {
        var limit = Math.Min(limits.MaxEntryBytes, entry.Length);
        try
        {
            using var input = entry.Open();
            var buffer = new byte[limit];
            var read = input.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            Span<byte> probe = stackalloc byte[1];
            if (input.Read(probe) > 0)
                throw Bomb(entry, "解压后的数据多于目录中声明的大小", "inflates to more than its declared size");
            return read == buffer.Length ? buffer : buffer[..read];
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw Reject("damaged", $"部件 {entry.FullName} 已损坏:{e.Message}", $"part {entry.FullName} is damaged: {e.Message}", e);
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

    private static PackageInspection MainPart(ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels");
        var types = zip.GetEntry("[Content_Types].xml");
        if (rels is null || types is null)
            throw Reject("not-office", "zip 中缺少 [Content_Types].xml 或 _rels/.rels,不是 Office 文件。", "the zip lacks [Content_Types].xml or _rels/.rels: not an Office file.");
        var target = ReadSmallXml(rels, MainTarget);
        if (target is null)
            return new PackageInspection(PackageKind.Unknown, "", "");
        var partName = "/" + target.TrimStart('/');
        var contentType = ReadSmallXml(types, reader => ContentTypeOf(reader, partName)) ?? "";
        return new PackageInspection(KindOf(contentType), contentType, partName);
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

    private static (string Chinese, string English) Names(PackageKind kind) => kind switch
    {
        PackageKind.Presentation => ("PPT 演示文稿", "a presentation"),
        PackageKind.Word => ("Word 文档", "a Word document"),
        PackageKind.Excel => ("Excel 工作簿", "an Excel workbook"),
        _ => ("Office 文档", "an Office document"),
    };

    private static string Describe(string contentType) => string.IsNullOrEmpty(contentType) ? "—" : contentType;

    private static PackageRejectedException Reject(string code, string zh, string en, Exception? inner = null) =>
        new(new PackageProblem(code, zh, en), inner);
}
