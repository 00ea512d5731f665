using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Documents.Word;

/// <summary>
/// The styles of the default templates, and the East Asian defaults every produced document must have: Chinese text
/// needs w:rFonts/@w:eastAsia and w:lang/@w:eastAsia="zh-CN", or Word and LibreOffice pick a Western font and
/// Japanese line-breaking rules.
/// </summary>
internal static class WordStyles
{
    /// <summary>The Latin font of the default templates.</summary>
    public const string LatinFont = "Calibri";

    /// <summary>
    /// The East Asian font. Microsoft YaHei is on every Chinese Windows; the font table marks it GB2312 (charset 86)
    /// so Word and LibreOffice substitute another Chinese font (Noto Sans CJK SC here) where it is missing, never boxes.
    /// </summary>
    public const string EastAsianFont = "Microsoft YaHei";

    /// <summary>Adds styles, font table and settings to a new document.</summary>
    public static void AddTo(MainDocumentPart main, DealLanguage language)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        styles.Styles = new Styles(Defaults(language),
            Paragraph("Normal", "Normal", null, new StyleParagraphProperties(new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }), null, isDefault: true),
            Paragraph("Title", "Title", "Normal", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "240" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "40" })),
            Heading(1, "32", "1F3864"), Heading(2, "28", "2F5496"), Heading(3, "24", "2F5496"), Heading(4, "22", "404040"),
            Paragraph("Header", "header", "Normal", new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = 9026 }), new SpacingBetweenLines { After = "0" }),
                new StyleRunProperties(new Color { Val = "606060" }, new FontSize { Val = "18" })),
            Paragraph("Footer", "footer", "Normal", new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = 9026 }), new SpacingBetweenLines { After = "0" }),
                new StyleRunProperties(new Color { Val = "606060" }, new FontSize { Val = "18" })),
            new Style(new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 }, new UnhideWhenUsed(),
                new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
            { Type = StyleValues.Character, StyleId = "Hyperlink" },
            new Style(new StyleName { Val = "Placeholder Text" }, new UIPriority { Val = 99 }, new SemiHidden(),
                new StyleRunProperties(new Color { Val = "808080" }))
            { Type = StyleValues.Character, StyleId = "PlaceholderText" });
        var fonts = main.AddNewPart<FontTablePart>("rIdFontTable");
        fonts.Fonts = new Fonts(
            new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Swiss }) { Name = LatinFont },
            new Font(new AltName { Val = "微软雅黑" }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Swiss }) { Name = EastAsianFont },
            new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Modern }) { Name = "Consolas" });
        var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }),
            new ThemeFontLanguages { Val = language == DealLanguage.ZhCN ? "zh-CN" : "en-US", EastAsia = "zh-CN" });
    }

    /// <summary>
    /// Makes sure a (user's) template has East Asian defaults for a Chinese deal: a font and the zh-CN language on
    /// the document defaults, where the template does not set them. Returns whether anything was added.
    /// </summary>
    public static bool EnsureEastAsian(Styles styles)
    {
        var defaults = styles.DocDefaults ?? styles.PrependChild(new DocDefaults());
        var runDefaults = defaults.RunPropertiesDefault ?? defaults.PrependChild(new RunPropertiesDefault());
        var run = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        var changed = false;
        var fonts = run.RunFonts ??= new RunFonts();
        if (fonts.EastAsia is null && fonts.EastAsiaTheme is null)
        {
            fonts.EastAsia = EastAsianFont;
            changed = true;
        }
        var lang = run.Languages ??= new Languages();
        if (lang.EastAsia is null)
        {
            lang.EastAsia = "zh-CN";
            changed = true;
        }
        return changed;
    }

    private static DocDefaults Defaults(DealLanguage language) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = EastAsianFont, ComplexScript = LatinFont },
            new FontSize { Val = "21" },
            new FontSizeComplexScript { Val = "21" },
            new Languages { Val = language == DealLanguage.ZhCN ? "zh-CN" : "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" })));

    private static Style Heading(int level, string size, string color) => Paragraph(
        $"Heading{level}", $"heading {level}", "Normal",
        new StyleParagraphProperties(new KeepNext(), new KeepLines(),
            new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
            new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(new Bold(), new Color { Val = color }, new FontSize { Val = size }));

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
            style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
            style.Append(new BasedOn { Val = basedOn });
        style.Append(new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle());
        if (paragraph is not null)
            style.Append(paragraph);
        if (run is not null)
            style.Append(run);
        return style;
    }
}
