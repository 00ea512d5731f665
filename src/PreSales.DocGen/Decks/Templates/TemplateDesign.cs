namespace PreSales.DocGen.Decks.Templates;

/// <summary>One layout a template offers: its name and its PowerPoint layout type (title, obj, secHead, twoObj, twoTxTwoObj, titleOnly, blank).</summary>
/// <param name="Name">The name users see.</param>
/// <param name="Type">The <c>p:sldLayout/@type</c> value; it decides the placeholders.</param>
public sealed record LayoutSpec(string Name, string Type);

/// <summary>The look of a template made by <see cref="TemplateBuilder"/>: fonts, a small palette, its layouts.</summary>
public sealed record TemplateDesign
{
    /// <summary>The Latin typeface.</summary>
    public string LatinFont { get; init; } = "Arial";

    /// <summary>The East Asian typeface.</summary>
    public string EastAsianFont { get; init; } = "Microsoft YaHei";

    /// <summary>The typeface Office uses for Simplified Chinese text (font scheme script "Hans").</summary>
    public string HansFont { get; init; } = "微软雅黑";

    /// <summary>Dark text and title background colour (hex RGB).</summary>
    public string Dark { get; init; } = "1F3864";

    /// <summary>The main accent.</summary>
    public string Accent { get; init; } = "0B5CAD";

    /// <summary>The highlight accent, used sparingly.</summary>
    public string Highlight { get; init; } = "E46C0A";

    /// <summary>A neutral grey for secondary series.</summary>
    public string Neutral { get; init; } = "A5A5A5";

    /// <summary>The layouts, in order.</summary>
    public IReadOnlyList<LayoutSpec> Layouts { get; init; } = PowerPointLayouts;

    /// <summary>Whether to add an example slide (as corporate templates do).</summary>
    public bool ExampleSlide { get; init; }

    /// <summary>The seven layouts, named as PowerPoint names them.</summary>
    public static IReadOnlyList<LayoutSpec> PowerPointLayouts { get; } =
    [
        new("Title Slide", "title"), new("Title and Content", "obj"), new("Section Header", "secHead"),
        new("Two Content", "twoObj"), new("Comparison", "twoTxTwoObj"), new("Title Only", "titleOnly"), new("Blank", "blank"),
    ];

    /// <summary>The same layouts named as Chinese PowerPoint names them.</summary>
    public static IReadOnlyList<LayoutSpec> ChineseLayouts { get; } =
    [
        new("标题幻灯片", "title"), new("标题和内容", "obj"), new("节标题", "secHead"),
        new("两栏内容", "twoObj"), new("比较", "twoTxTwoObj"), new("仅标题", "titleOnly"), new("空白", "blank"),
    ];
}
