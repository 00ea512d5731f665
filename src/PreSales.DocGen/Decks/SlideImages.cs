using System.Buffers.Binary;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Decks;

/// <summary>
/// Pictures named by a plan or an outline, checked when the plan is read rather than when it is rendered: a relative
/// path is taken from the plan's own folder, and a missing file or one that is not PNG or JPEG is left out with a
/// warning, so the user learns of it and the slide is fitted without it.
/// </summary>
public static class SlideImages
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Resolves and checks every picture of a plan.</summary>
    /// <param name="plan">The plan as read.</param>
    /// <param name="baseDirectory">The folder relative paths are taken from (the plan file's).</param>
    /// <returns>The plan with resolved paths and without unusable pictures, and a warning per picture left out.</returns>
    public static (DeckPlan Plan, IReadOnlyList<string> Warnings) Resolve(DeckPlan plan, string baseDirectory)
    {
        var warnings = new List<string>();
        var slides = plan.Slides.Select(slide =>
        {
            if (slide.Image is not { } image)
                return slide;
            var full = Full(image.Path, baseDirectory);
            if (Problem(full, plan.Language) is { } problem)
            {
                warnings.Add(problem);
                return slide with { Image = null };
            }
            return slide with { Image = image with { Path = full } };
        }).ToList();
        return (plan with { Slides = slides }, warnings);
    }

    /// <summary>
    /// The kind and pixel size of a PNG (its IHDR) or a JPEG (its first start-of-frame marker); null for anything else
    /// or a picture whose size cannot be found, which is then left out rather than drawn distorted.
    /// </summary>
    internal static (bool Png, int Width, int Height)? Probe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual(PngSignature))
            return (true, BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
            return null;
        var i = 2;
        while (i + 9 < bytes.Length && bytes[i] == 0xFF)
        {
            var marker = bytes[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
            // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (false, BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 5)..]));
            i += 2 + length;
        }
        return null;
    }

    /// <summary>The absolute path of a picture named relative to <paramref name="baseDirectory"/>.</summary>
    public static string Full(string path, string baseDirectory) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path));

    /// <summary>Why a picture cannot go on a slide, in the deck's language; null when it can.</summary>
    public static string? Problem(string path, DealLanguage language)
    {
        var zh = language == DealLanguage.ZhCN;
        if (!File.Exists(path))
            return zh ? $"图片不存在，已跳过：{path}" : $"image not found, left out: {path}";
        Span<byte> head = stackalloc byte[8];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return zh ? $"图片无法读取，已跳过：{path}（{e.Message}）" : $"image cannot be read, left out: {path} ({e.Message})";
        }
        var png = read >= 8 && head[..8].SequenceEqual(PngSignature);
        var jpeg = read >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
        return png || jpeg ? null : zh ? $"只支持 PNG 或 JPEG 图片，已跳过：{path}" : $"only PNG and JPEG pictures are supported, left out: {path}";
    }
}
