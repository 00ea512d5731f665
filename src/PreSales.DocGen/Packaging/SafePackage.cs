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
    private KeptXml? kept;
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
    /// <param name="path">The file.</param>
    /// <param name="limits">The zip's limits.</param>
    /// <param name="keepXmlBytes">Up to this many bytes of XML parts, inflated by the inspection's CRC check, are kept
    /// in memory for <see cref="OpenPart"/>: a reader of every XML part (the review) then inflates each once, not twice.</param>
    public static SafePackage Open(string path, PackageLimits? limits = null, long keepXmlBytes = 0)
    {
        limits ??= PackageLimits.Default;
        if (!File.Exists(path))
            throw Reject("missing", $"文件不存在：{path}", $"file not found: {path}");
        // A pipe or device named .pptx would block or never end.
        if (!OperatingSystem.IsWindows() && UnixFileType.IsRegularFile(path) == false)
            throw Reject("not-a-file", "这不是普通文件（设备或管道）。", "this is not a plain file (a device or pipe).");
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Reject("unreadable", "无法读取该文件（没有读取权限或被占用）。", "the file cannot be read (no permission, or in use).", e);
        }
        return Checked(stream, limits, keepXmlBytes);
    }

    /// <summary>
    /// Checks a package held in memory (an upload, a stored document) exactly as <see cref="Open(string, PackageLimits?, long)"/>
    /// checks a file, and keeps it open for reading; throws <see cref="PackageRejectedException"/> with the reason.
    /// </summary>
    /// <param name="bytes">The package.</param>
    /// <param name="limits">The zip's limits.</param>
    /// <param name="keepXmlBytes">As for a file: XML parts kept inflated, up to this many bytes.</param>
    public static SafePackage Open(byte[] bytes, PackageLimits? limits = null, long keepXmlBytes = 0)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= PackageLimits.Default;
        return Checked(new MemoryStream(bytes, writable: false), limits, keepXmlBytes);
    }

    // A file and bytes in memory are inspected alike; the stream is the package's when it passes, disposed when not.
    private static SafePackage Checked(Stream stream, PackageLimits limits, long keepXmlBytes)
    {
        try
        {
            var keep = new KeptXml(keepXmlBytes);
            var found = Inspect(stream, limits, keep);
            stream.Position = 0;
            return new SafePackage(stream, found.Kind, found.MainContentType, found.MainPartName) { Limits = limits, kept = keep };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A package this process has just written (a generated deck or document), opened without the checks a received
    /// file gets: it was built here, not received, so only its main part is found. Never for anything from outside.
    /// </summary>
    public static SafePackage OpenWritten(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        // A stream over bytes in memory holds nothing to release if the main part is not found.
        var stream = new MemoryStream(bytes, writable: false);
        PackageInspection found;
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
            found = MainPart(zip);
        stream.Position = 0;
        return new SafePackage(stream, found.Kind, found.MainContentType, found.MainPartName);
    }

    /// <summary>
    /// Checks a package held in memory (a template, an upload) exactly as <see cref="Open(string, PackageLimits?, long)"/> checks a file: signature,
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
        CheckParts(entries, limits);
        return new PackageContents(found, entries);
    }

    /// <summary>
    /// For packages read whole (templates): every XML part must be well-formed, nest no deeper than the limit (the
    /// Open XML SDK builds its DOM recursively), and every relationship must have a unique id and an internal target
    /// that exists — what the SDK would otherwise fail on half-way through making an output, in its own words.
    /// </summary>
    private static void CheckParts(List<(string Name, byte[] Bytes)> entries, PackageLimits limits)
    {
        var names = new HashSet<string>(entries.Select(e => e.Name), StringComparer.OrdinalIgnoreCase);
        // System.IO.Packaging refuses a part that two relationships of different types point to.
        var types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // The renderers build the SDK's DOM of a template's parts and clone it per output, at ~1 KB an element:
        // the XML of all parts together is bounded, not only each part's (a real template has a few thousand elements).
        var budget = new XmlBudget(limits);
        foreach (var (name, bytes) in entries)
        {
            if (!seen.Add(name))
                throw Reject("damaged", $"压缩包中的部件 {OneLine(name)} 出现了两次。", $"the zip holds the part {OneLine(name)} twice.");
            var rels = name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
            if (!rels && !name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                continue;
            budget.Bytes(bytes.Length);
            try
            {
                CheckXml(name, bytes, rels, names, types, limits, budget);
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or UriFormatException)
            {
                throw Explain(e, name);
            }
        }
    }

    /// <summary>The XML of a package read whole, all parts together (elements and attributes), against <see cref="PackageLimits.MaxXmlElements"/> and <see cref="PackageLimits.MaxTotalXmlBytes"/>.</summary>
    private sealed class XmlBudget(PackageLimits limits)
    {
        private long bytes;
        private long elements;

        public void Bytes(long count)
        {
            if ((bytes += count) > limits.MaxTotalXmlBytes)
                throw Reject("too-much-xml", $"文件的 XML 合计超过 {limits.MaxTotalXmlBytes:N0} 字节（真实的模板不到 1 MB），已拒绝。",
                    $"the file holds more than {limits.MaxTotalXmlBytes:N0} bytes of XML in all (a real template holds under 1 MB); refused.");
        }

        public void Element(string part, int attributes)
        {
            if ((elements += 1 + attributes) > limits.MaxXmlElements)
                throw Reject("too-much-xml", $"{OneLine(part)}：文件的 XML 元素和属性合计超过 {limits.MaxXmlElements:N0} 个（真实的模板只有几万个），已拒绝。",
                    $"{OneLine(part)}: the file has more than {limits.MaxXmlElements:N0} XML elements and attributes in all (a real template has a few tens of thousands); refused.");
        }
    }

    private static void CheckXml(string name, byte[] bytes, bool rels, HashSet<string> names, Dictionary<string, string> types, PackageLimits limits, XmlBudget budget)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, SafeXml.Settings(limits.MaxXmlCharacters));
        var ids = rels ? new HashSet<string>(StringComparer.Ordinal) : null;
        // Relationships of _rels/x.xml.rels are relative to the folder holding _rels.
        var folder = rels ? "/" + (Path.GetDirectoryName(Path.GetDirectoryName(name)) ?? "").Replace('\\', '/') : "";
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            budget.Element(name, reader.AttributeCount);
            if (reader.Depth > limits.MaxXmlDepth)
                throw Reject("too-deep", $"部件 {OneLine(name)} 的 XML 嵌套超过 {limits.MaxXmlDepth} 层（真实的文件不到 100 层），已拒绝。",
                    $"part {OneLine(name)} nests its XML more than {limits.MaxXmlDepth} deep (a real file nests fewer than 100); refused.");
            if (ids is null || reader.LocalName != "Relationship")
                continue;
            var id = reader.GetAttribute("Id") ?? "";
            if (!ids.Add(id))
                throw Reject("damaged", $"{OneLine(name)} 中关系 ID {OneLine(id)} 出现了两次，文件已损坏。", $"{OneLine(name)} uses the relationship id {OneLine(id)} twice: the file is damaged.");
            if (reader.GetAttribute("TargetMode") == "External" || reader.GetAttribute("Target") is not { } target)
                continue;
            var part = PartName.Resolve(folder, target).TrimStart('/');
            // Relationship parts and the content types are not parts a relationship may point to.
            var notAPart = part.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) || part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
            if (notAPart || !names.Contains(part) && !names.Contains(Unescape(part)))
                throw Reject("missing-part", $"{OneLine(name)} 指向文件中不存在的部件 {OneLine(part)}，文件已损坏。", $"{OneLine(name)} points to a part the file does not hold: {OneLine(part)}; the file is damaged.");
            var type = reader.GetAttribute("Type") ?? "";
            if (types.TryGetValue(part, out var known) && known != type)
                throw Reject("damaged", $"部件 {OneLine(part)} 被两种不同类型的关系引用（{OneLine(name)}），文件已损坏。", $"the part {OneLine(part)} is the target of relationships of two different types ({OneLine(name)}): the file is damaged.");
            types[part] = type;
        }
    }

    /// <summary>The problem of a package that is not the kind wanted, naming what it is (a renamed Word file, a workbook).</summary>
    public static PackageProblem WrongKind(PackageInspection found, PackageKind expected)
    {
        ArgumentNullException.ThrowIfNull(found);
        var (zhWanted, enWanted) = Names(expected);
        if (found.Kind == PackageKind.Unknown)
        {
            var code = expected == PackageKind.Presentation ? "no-presentation" : "no-" + expected.ToString().ToLowerInvariant();
            return new PackageProblem(code, $"文件中没有 {zhWanted}的主部件（内容类型：{Describe(found.MainContentType)}）。",
                $"the file has no {enWanted[(enWanted.IndexOf(' ', StringComparison.Ordinal) + 1)..]} part (main content type: {Describe(found.MainContentType)}).");
        }
        var (zhFound, enFound) = Names(found.Kind);
        return new PackageProblem("wrong-kind", $"这是 {zhFound}（可能被改了扩展名），不是 {zhWanted}。", $"this is {enFound} (perhaps renamed), not {enWanted}.");
    }

    /// <summary>Refuses the package unless its main part is of the <paramref name="expected"/> kind, with a message naming what it is.</summary>
    public void RefuseUnless(PackageKind expected)
    {
        if (Kind != expected)
            throw new PackageRejectedException(WrongKind(new PackageInspection(Kind, MainContentType, MainPartName), expected));
    }

    /// <summary>Opens the checked package as a presentation, read-only; refuses other kinds with a message naming what it is.</summary>
    public PresentationDocument OpenPresentation()
    {
        RefuseUnless(PackageKind.Presentation);
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = Limits.MaxXmlCharacters, AutoSave = false };
            return PresentationDocument.Open(stream, false, settings);
        }
#pragma warning disable CA1031 // the SDK and System.IO.Packaging throw many types on damaged packages; none of their messages may reach a user
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw Damaged(e);
        }
    }

    /// <summary>Turns a failure while reading XML parts (a DTD, a part over the limit) into a clear refusal.</summary>
    public static PackageRejectedException Explain(Exception e, string where)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e is PackageRejectedException rejected)
            return rejected;
        where = OneLine(where);
        var message = e.Message;
        if (message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
            return Reject("dtd", $"{where} 含有 DTD / 实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝。", $"{where} contains a DTD / entity declarations (an XML bomb or external-entity attack); refused.", e);
        if (message.Contains("MaxCharactersInDocument", StringComparison.OrdinalIgnoreCase) || message.Contains("exceeds", StringComparison.OrdinalIgnoreCase))
            return Reject("part-too-large", $"{where} 的 XML 超出大小上限，已拒绝。", $"{where} has more XML than allowed; refused.", e);
        if (e is XmlException xml && xml.LineNumber > 0)
            return Reject("damaged", $"{where} 不是格式正确的 XML（第 {xml.LineNumber} 行，第 {xml.LinePosition} 列），文件已损坏。",
                $"{where} is not well-formed XML (line {xml.LineNumber}, position {xml.LinePosition}): the file is damaged.", e);
        return Reject("damaged", $"{where} 已损坏，无法读取。", $"{where} is damaged and cannot be read.", e);
    }

    /// <summary>
    /// The refusal for a package the Open XML SDK (System.IO.Packaging) cannot open: its own messages ("Format error
    /// in package.", "Package could not be opened for stream…") say nothing a user can act on.
    /// </summary>
    public static PackageRejectedException Damaged(Exception e) =>
        Reject("damaged", "文件结构已损坏（内容类型或关系有误），无法打开；请在 PowerPoint/Word 中打开并另存一份后再试。",
            "the file's structure is damaged (content types or relationships) and it cannot be opened; open it in PowerPoint or Word, save a copy, and try again.", e);

    /// <summary>Text from a file (an entry name, a target) made safe for a one-line message: control characters shown as spaces, long text cut.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        });
        return flat.Length <= 200 ? flat : flat[..200] + "…";
    }

    /// <summary>
    /// Opens a part's bytes straight from the zip (checked at open), by part name (e.g. <c>/ppt/slides/slide1.xml</c>),
    /// or returns null when there is no such entry. Reading parts this way skips System.IO.Packaging's stream and
    /// relationship layers, which cost several times the inflating itself.
    /// </summary>
    public Stream? OpenPart(string partName) => Entry(partName) is { } entry ? kept?.Open(entry.FullName) ?? entry.Open() : null;

    /// <summary>
    /// A part's size, uncompressed, or null when there is no such entry. The inspection inflated every entry and
    /// compared it with the directory, so this is what reading the part yields: readers may budget by it.
    /// </summary>
    public long? PartLength(string partName) => Entry(partName)?.Length;

    private ZipArchiveEntry? Entry(string partName)
    {
        ArgumentNullException.ThrowIfNull(partName);
        // The very stream that was checked: reopening the path could read a file replaced since.
        entries ??= new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var name = partName.TrimStart('/');
        var entry = entries.GetEntry(name) ?? entries.GetEntry(Unescape(name));
        if (entry is null)
        {
            // Part names are case-insensitive in OPC; zip entry names are not.
            byName ??= entries.Entries.GroupBy(e => e.FullName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            entry = byName.GetValueOrDefault(Unescape(name));
        }
        return entry;
    }

    private static string Unescape(string name)
    {
        try
        {
            return Uri.UnescapeDataString(name);
        }
        catch (UriFormatException)
        {
            return name;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        entries?.Dispose();
        stream.Dispose();
    }

    private static PackageInspection Inspect(Stream stream, PackageLimits limits, KeptXml? keep = null)
    {
        CheckSignature(stream);
        stream.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw Reject("truncated", "zip 文件被截断或已损坏（找不到中央目录）。", "the zip file is truncated or damaged (no central directory).", e);
        }
        using (zip)
        {
            try
            {
                CheckEntries(zip, limits);
                VerifyEntries(zip, limits, keep);
                CheckRelationshipIds(zip, keep);
                return MainPart(zip);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
            {
                // .NET reads the central directory lazily: a damaged one may throw only when the entries are listed.
                throw Reject("truncated", "zip 文件被截断或已损坏（中央目录有误）。", "the zip file is truncated or damaged (its central directory is wrong).", e);
            }
        }
    }

    /// <summary>
    /// Inflates every entry once, in a small buffer, and compares its size and CRC-32 with the zip's directory: a
    /// damaged entry is refused here, not half-way through a review or an output (.NET's zip reader checks neither).
    /// Afterwards an entry's declared size is what it holds, so the readers may budget by it.
    /// </summary>
    private static void VerifyEntries(ZipArchive zip, PackageLimits limits, KeptXml? keep)
    {
        var shared = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/') && entry.Length == 0)
                continue; // a folder entry
            long read = 0;
            var crc = new System.IO.Hashing.Crc32();
            // An XML part to keep is inflated straight into its own array (one byte more, to see it inflate past its size).
            var whole = keep?.Room(entry) == true ? new byte[entry.Length + 1] : null;
            try
            {
                using var input = entry.Open();
                int n;
                // read never passes the entry's length here (that throws below), so the array always has room left.
                while ((n = whole is null ? input.Read(shared, 0, shared.Length) : input.Read(whole, (int)read, whole.Length - (int)read)) > 0)
                {
                    var chunk = whole is null ? shared.AsSpan(0, n) : whole.AsSpan((int)read, n);
                    read += n;
                    if (read > entry.Length || read > limits.MaxEntryBytes)
                        throw Bomb(entry, "解压后的数据多于目录中声明的大小", "inflates to more than its declared size");
                    crc.Append(chunk);
                }
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
            {
                throw Reject("damaged", $"部件 {OneLine(entry.FullName)} 已损坏（压缩数据无法解开）。", $"part {OneLine(entry.FullName)} is damaged (its compressed data cannot be inflated).", e);
            }
            if (read != entry.Length)
                throw Reject("damaged", $"部件 {OneLine(entry.FullName)} 已损坏（数据比目录中声明的短）。", $"part {OneLine(entry.FullName)} is damaged (shorter than the zip's directory says).");
            if (crc.GetCurrentHashAsUInt32() != entry.Crc32)
                throw Reject("crc", $"部件 {OneLine(entry.FullName)} 已损坏（校验和 CRC 与数据不符）。", $"part {OneLine(entry.FullName)} is damaged (its CRC checksum does not match its data).");
            if (whole is not null)
                keep!.Add(entry.FullName, whole.AsMemory(0, (int)read));
        }
    }

    /// <summary>XML parts the inspection inflated and keeps for the reader, within a budget of bytes.</summary>
    private sealed class KeptXml(long room)
    {
        private long left = room;
        private readonly HashSet<string> twice = new(StringComparer.Ordinal);

        public Dictionary<string, ReadOnlyMemory<byte>> Parts { get; } = new(StringComparer.Ordinal);

        public bool Room(ZipArchiveEntry entry) =>
            entry.Length < left && entry.Length < int.MaxValue - 1
            && (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase));

        /// <summary>A kept part's bytes as a read-only stream, or null.</summary>
        public Stream? Open(string name) =>
            Parts.TryGetValue(name, out var bytes) && System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var array)
                ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
                : null;

        public void Add(string name, ReadOnlyMemory<byte> bytes)
        {
            left -= bytes.Length;
            // A name the zip holds twice: which entry a reader gets is the zip reader's choice, so neither is kept.
            if (twice.Contains(name) || !Parts.TryAdd(name, bytes))
            {
                twice.Add(name);
                Parts.Remove(name);
            }
        }
    }

    /// <summary>
    /// A relationship id used twice in one .rels file: System.IO.Packaging refuses such a package as soon as it is
    /// opened for writing (an annotated copy, an output from a template), so it is refused here, for every use alike.
    /// </summary>
    private static void CheckRelationshipIds(ZipArchive zip, KeptXml? keep)
    {
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                continue;
            var duplicate = ReadSmallXml(entry, reader =>
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read())
                {
                    ShallowEnough(reader, entry.FullName);
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && !ids.Add(reader.GetAttribute("Id") ?? ""))
                        return reader.GetAttribute("Id") ?? "";
                }
                return null;
            }, keep);
            if (duplicate is not null)
                throw Reject("damaged", $"{OneLine(entry.FullName)} 中关系 ID {OneLine(duplicate)} 出现了两次，文件已损坏；请在 PowerPoint/Word 中打开并另存后再试。",
                    $"{OneLine(entry.FullName)} uses the relationship id {OneLine(duplicate)} twice: the file is damaged; open it in PowerPoint or Word, save a copy, and try again.");
        }
    }

    private static void CheckSignature(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        var read = stream.ReadAtLeast(head, 8, throwOnEndOfStream: false);
        if (read >= 8 && head.SequenceEqual(OleSignature))
            throw Reject("encrypted", "这是受密码保护（加密）的 Office 文件或旧版二进制格式（.ppt/.doc），无法读取；请先去掉密码，或另存为 .pptx/.docx。", "this is a password-protected (encrypted) Office file or an old binary format (.ppt/.doc); remove the password or save it as .pptx/.docx first.");
        if (read < 4 || !(head[..4].SequenceEqual(ZipSignature) || head[..4].SequenceEqual(EmptyZipSignature)))
            throw Reject("not-a-zip", "不是 Office Open XML 文件（不是 zip 压缩包）。", "not an Office Open XML file (not a zip archive).");
    }

    private static void CheckEntries(ZipArchive zip, PackageLimits limits)
    {
        var entries = zip.Entries;
        if (entries.Count > limits.MaxEntries)
            throw Reject("too-many-entries", $"压缩包含 {entries.Count} 个条目，超过上限 {limits.MaxEntries}。", $"the zip has {entries.Count} entries, more than the limit of {limits.MaxEntries}.");
        long total = 0;
        foreach (var entry in entries)
        {
            CheckName(entry.FullName);
            if (entry.Length > limits.MaxEntryBytes)
                throw Bomb(entry, $"解压后 {entry.Length:N0} 字节，超过单个部件上限 {limits.MaxEntryBytes:N0}", $"inflates to {entry.Length:N0} bytes, over the per-part limit of {limits.MaxEntryBytes:N0}");
            if (entry.Length > limits.RatioCheckFromBytes && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio)
                throw Bomb(entry, $"压缩比 {entry.Length / Math.Max(1, entry.CompressedLength):N0}:1 异常", $"has a compression ratio of {entry.Length / Math.Max(1, entry.CompressedLength):N0}:1");
            total += entry.Length;
            if (total > limits.MaxTotalBytes)
                throw TotalTooLarge(limits);
        }
    }

    private static PackageRejectedException TotalTooLarge(PackageLimits limits) =>
        Reject("zip-bomb", $"解压后总大小超过上限 {limits.MaxTotalBytes:N0} 字节（疑似 zip 炸弹）。", $"the zip inflates to more than {limits.MaxTotalBytes:N0} bytes in total (a zip bomb?).");

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
            throw Reject("damaged", $"部件 {OneLine(entry.FullName)} 已损坏（压缩数据无法解开）。", $"part {OneLine(entry.FullName)} is damaged (its compressed data cannot be inflated).", e);
        }
    }

    private static PackageRejectedException Bomb(ZipArchiveEntry entry, string zh, string en) =>
        Reject("zip-bomb", $"部件 {OneLine(entry.FullName)} {zh}（疑似 zip 炸弹），已拒绝。", $"part {OneLine(entry.FullName)} {en} (a zip bomb?); refused.");

    private static void CheckName(string name)
    {
        var normal = name.Replace('\\', '/');
        if (normal.StartsWith('/') || (normal.Length > 1 && normal[1] == ':') || normal.Split('/').Any(segment => segment == ".."))
            throw Reject("unsafe-name", $"压缩包中的条目名不安全：{OneLine(name)}（含 ../ 或绝对路径）。", $"the zip has an unsafe entry name: {OneLine(name)} (../ or an absolute path).");
    }

    private static PackageInspection MainPart(ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels");
        var types = zip.GetEntry("[Content_Types].xml");
        if (rels is null || types is null)
            throw Reject("not-office", "zip 中缺少 [Content_Types].xml 或 _rels/.rels，不是 Office 文件。", "the zip lacks [Content_Types].xml or _rels/.rels: not an Office file.");
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
            ShallowEnough(reader, "_rels/.rels");
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
            ShallowEnough(reader, "[Content_Types].xml");
            if (reader.LocalName == "Override" && string.Equals(reader.GetAttribute("PartName"), partName, StringComparison.OrdinalIgnoreCase))
                return reader.GetAttribute("ContentType");
            if (reader.LocalName == "Default" && string.Equals(reader.GetAttribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
                byDefault = reader.GetAttribute("ContentType");
        }
        return byDefault;
    }

    // Both parts are two levels deep; XmlReader slows down with depth, so a deeply nested one is refused at once.
    private static void ShallowEnough(XmlReader reader, string name)
    {
        if (reader.Depth > 16)
            throw Reject("too-deep", $"{name} 的 XML 嵌套过深，文件已损坏。", $"{name} nests its XML far too deep: the file is damaged.");
    }

    private static T ReadSmallXml<T>(ZipArchiveEntry entry, Func<XmlReader, T> read, KeptXml? keep = null)
    {
        const long MaxSmallPart = 8L << 20;
        if (entry.Length > MaxSmallPart)
            throw Reject("part-too-large", $"{OneLine(entry.FullName)} 过大。", $"{OneLine(entry.FullName)} is too large.");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxSmallPart,
        };
        try
        {
            using var input = keep?.Open(entry.FullName) ?? entry.Open();
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

    private static string Describe(string contentType) => string.IsNullOrEmpty(contentType) ? "—" : OneLine(contentType);

    private static PackageRejectedException Reject(string code, string zh, string en, Exception? inner = null) =>
        new(new PackageProblem(code, zh.ReplaceLineEndings(" "), en.ReplaceLineEndings(" ")), inner);
}
