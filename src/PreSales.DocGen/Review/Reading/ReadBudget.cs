using System.Globalization;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// What one review has read so far against its <see cref="DeckLimits"/>: every part, element and character of text
/// is counted as it is read, so the work and memory of a review are bounded by the limits, never by the deck's shape.
/// Going over a limit throws <see cref="PackageRejectedException"/> naming what was too much.
/// </summary>
internal sealed class ReadBudget(DeckLimits limits)
{
    private long bytes;
    private long nodes;
    private long text;
    private long shapes;

    public DeckLimits Limits { get; } = limits;

    /// <summary>Counts a part about to be read, by its size in the checked zip (the inspection verified it).</summary>
    public void Part(string part, long length)
    {
        if (length > Limits.MaxPartBytes)
            throw Refuse("part-too-large", $"{Name(part)} 有 {length:N0} 字节 XML，超过评审单个部件的上限 {Limits.MaxPartBytes:N0}（真实的页面不到 1 MB）。",
                $"{Name(part)} holds {length:N0} bytes of XML, over the review's limit of {Limits.MaxPartBytes:N0} for one part (a real slide is under 1 MB).");
        bytes += length;
        if (bytes > Limits.MaxXmlBytes)
            throw Refuse("deck-too-large", $"评审要读取的 XML 超过 {Limits.MaxXmlBytes:N0} 字节（真实的 300 页 PPT 约 6 MB），已拒绝。",
                $"the deck holds more than {Limits.MaxXmlBytes:N0} bytes of XML to review (a real 300-slide deck holds ~6 MB); refused.");
    }

    /// <summary>Counts XML nodes (elements, attributes) loaded from a part.</summary>
    public void Nodes(string part, int count = 1)
    {
        nodes += count;
        if (nodes > Limits.MaxNodes)
            throw Refuse("deck-too-large", $"{Name(part)}：整份 PPT 的 XML 元素超过 {Limits.MaxNodes:N0} 个（真实的 300 页 PPT 约 10 万个），已拒绝。",
                $"{Name(part)}: the deck has more than {Limits.MaxNodes:N0} XML elements (a real 300-slide deck has ~100,000); refused.");
    }

    /// <summary>Refuses an element nested deeper than the limit.</summary>
    public void Depth(string part, int depth)
    {
        if (depth > Limits.MaxXmlDepth)
            throw Refuse("too-deep", $"{Name(part)} 的 XML 嵌套超过 {Limits.MaxXmlDepth} 层（真实的 PPT 不到 100 层），已拒绝。",
                $"{Name(part)} nests its XML more than {Limits.MaxXmlDepth} deep (a real deck nests fewer than 100); refused.");
    }

    /// <summary>Counts characters of text kept.</summary>
    public void Text(int characters)
    {
        text += characters;
        if (text > Limits.MaxTextCharacters)
            throw Refuse("deck-too-large", $"整份 PPT 的文字超过 {Limits.MaxTextCharacters:N0} 个字符（一本书约 50 万字），已拒绝。",
                $"the deck holds more than {Limits.MaxTextCharacters:N0} characters of text (a book holds ~500,000); refused.");
    }

    /// <summary>Counts one shape on a slide that already holds <paramref name="onSlide"/> (this one included).</summary>
    public void Shape(int slide, int onSlide)
    {
        if (onSlide > Limits.MaxShapesPerSlide)
            throw Refuse("too-many-shapes", $"第 {slide} 页的形状超过 {Limits.MaxShapesPerSlide:N0} 个（真实的页面最多几百个），已拒绝。",
                $"slide {slide} has more than {Limits.MaxShapesPerSlide:N0} shapes (a real slide has at most a few hundred); refused.");
        if (++shapes > Limits.MaxShapesPerDeck)
            throw Refuse("too-many-shapes", $"整份 PPT 的形状超过 {Limits.MaxShapesPerDeck:N0} 个（到第 {slide} 页），已拒绝。",
                $"the deck has more than {Limits.MaxShapesPerDeck:N0} shapes (by slide {slide}); refused.");
    }

    /// <summary>Refuses a slide whose groups nest deeper than the limit.</summary>
    public PackageRejectedException TooDeep(int slide) =>
        Refuse("too-deep", $"第 {slide} 页的组合形状嵌套超过 {Limits.MaxNesting} 层（真实的 PPT 不到 10 层），已拒绝。",
            $"slide {slide} nests groups more than {Limits.MaxNesting} deep (a real deck nests fewer than 10); refused.");

    private static string Name(string part) => SafePackage.OneLine(part.TrimStart('/'));

    private static PackageRejectedException Refuse(string code, string zh, string en) =>
        new(new PackageProblem(code, zh, en));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes, {nodes:N0} nodes, {text:N0} characters, {shapes:N0} shapes");
}
