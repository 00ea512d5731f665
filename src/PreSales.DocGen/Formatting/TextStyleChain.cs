using System.Xml.Linq;
using PreSales.DocGen.Language;
using static PreSales.DocGen.Formatting.FormatXml;

namespace PreSales.DocGen.Formatting;

/// <summary>The effective formatting of a run.</summary>
/// <param name="SizePt">Font size in points (autofit scale applied).</param>
/// <param name="Typeface">The typeface (the East Asian one for CJK text).</param>
/// <param name="Color">The colour, when it resolves to a solid one.</param>
/// <param name="Bold">Whether it is bold.</param>
internal readonly record struct RunFormat(double SizePt, string Typeface, Rgb? Color, bool Bold);

/// <summary>
/// Where a shape's text takes its formatting from, highest priority first, as PowerPoint resolves it: the run, then
/// the list-style containers (the shape's own lstStyle, the layout placeholder's, the master placeholder's, the
/// master's title/body/other text style, or for a text box the presentation's default text style), then the theme
/// (fonts +mj/+mn, colours through the colour map and its overrides).
/// </summary>
/// <param name="Containers">Elements holding lvl1pPr…lvl9pPr, highest priority first.</param>
/// <param name="FontReference">The shape style's font reference (colour and major/minor font), consulted after the first container.</param>
/// <param name="Palette">The theme seen through the colour map.</param>
/// <param name="FontScale">Shrink-on-overflow scale (normAutofit fontScale), 1 when none.</param>
/// <param name="TitleFonts">Whether the fallback typeface is the theme's major (heading) font.</param>
internal sealed record TextStyleChain(IReadOnlyList<XElement?> Containers, XElement? FontReference, ThemePalette Palette, double FontScale, bool TitleFonts)
{
    private static readonly XName[] LevelNames = Enumerable.Range(1, 9).Select(i => A + $"lvl{i}pPr").ToArray();
    private static readonly XName DefRPr = A + "defRPr";

    /// <summary>Resolves the effective formatting of one run.</summary>
    public RunFormat Run(string text, XElement? runProperties, int level)
    {
        var chain = new List<XElement>(Containers.Count + 1);
        if (runProperties is not null)
            chain.Add(runProperties);
        var fromShape = 0;
        for (var i = 0; i < Containers.Count; i++)
        {
            if (Level(Containers[i], level)?.Element(DefRPr) is { } defaults)
            {
                chain.Add(defaults);
                if (i == 0)
                    fromShape = 1;
            }
        }
        var size = chain.Select(p => p.Number("sz")).FirstOrDefault(v => v.HasValue) ?? 1800;
        var bold = chain.Select(p => p.Flag("b")).FirstOrDefault(v => v.HasValue) ?? false;
        var cjk = TextMeasure.Of(text).MostlyCjk;
        var face = cjk ? FirstFace(chain, "ea") : null;
        face ??= FirstFace(chain, "latin");
        face ??= Palette.Font(DefaultFace(cjk));
        var color = ColorOf(chain, (runProperties is null ? 0 : 1) + fromShape);
        return new RunFormat(Math.Round(size / 100.0 * FontScale, 1), face, color, bold);
    }

    /// <summary>A paragraph's alignment (l, ctr, r, just, dist): its own pPr's, then each container's level properties', else l.</summary>
    public string Alignment(XElement? own, int level) =>
        own.Attr("algn") ?? Containers.Select(c => Level(c, level).Attr("algn")).FirstOrDefault(a => a is not null) ?? "l";

    /// <summary>
    /// A paragraph's left margin in EMU (marL: where its wrapped lines start, a hanging bullet sitting left of it): its
    /// own pPr's, then each container's level properties', else 0.
    /// </summary>
    public long Margin(XElement? own, int level) =>
        own.Number("marL") ?? Containers.Select(c => Level(c, level).Number("marL")).FirstOrDefault(m => m is not null) ?? 0;

    /// <summary>Whether a paragraph shows a bullet: its own pPr, then each container's level properties.</summary>
    public bool Bullet(XElement? own, int level)
    {
        if (BulletOf(own) is { } direct)
            return direct;
        foreach (var container in Containers)
        {
            if (BulletOf(Level(container, level)) is { } inherited)
                return inherited;
        }
        return false;
    }

    /// <summary>
    /// One level's paragraph properties merged over the chain, as a slide's own lstStyle would carry them: the
    /// attributes (margins, indent, alignment) and the bullet of the first container that has them, the run defaults
    /// (size, bold, colour, typefaces) likewise; <paramref name="color"/> replaces the colour when given.
    /// </summary>
    public XElement Merged(int level, XElement? color = null)
    {
        var merged = new XElement(LevelNames[Math.Clamp(level, 0, 8)]);
        var run = new XElement(DefRPr);
        XElement[]? bullet = null;
        XElement? fill = null, latin = null, ea = null, cs = null;
        foreach (var container in Containers)
        {
            if (Level(container, level) is not { } properties)
                continue;
            foreach (var attribute in properties.Attributes())
                if (merged.Attribute(attribute.Name) is null && attribute.Name.LocalName is "marL" or "indent" or "algn")
                    merged.SetAttributeValue(attribute.Name, attribute.Value);
            var bullets = properties.Elements().Where(e => e.Name.LocalName.StartsWith("bu", StringComparison.Ordinal)).ToArray();
            if (bullet is null && bullets.Length > 0)
                bullet = bullets;
            if (properties.Element(DefRPr) is not { } defaults)
                continue;
            foreach (var attribute in defaults.Attributes())
                if (run.Attribute(attribute.Name) is null && attribute.Name.LocalName is "sz" or "b" or "i" or "cap" or "spc")
                    run.SetAttributeValue(attribute.Name, attribute.Value);
            fill ??= defaults.Elements().FirstOrDefault(e => e.Name.LocalName is "solidFill" or "gradFill");
            latin ??= defaults.Element(A + "latin");
            ea ??= defaults.Element(A + "ea");
            cs ??= defaults.Element(A + "cs");
        }
        foreach (var b in OrderedBullet(bullet))
            merged.Add(new XElement(b));
        if (color is not null)
            run.Add(new XElement(A + "solidFill", color));
        else if (fill is not null)
            run.Add(new XElement(fill));
        foreach (var face in new[] { latin, ea, cs })
            if (face is not null)
                run.Add(new XElement(face));
        merged.Add(run);
        return merged;
    }

    // CT_TextParagraphProperties order: lnSpc, spcBef, spcAft, buClr…, buSzX, buFontTx/buFont, buNone/buAutoNum/buChar/buBlip, tabLst, defRPr.
    private static IEnumerable<XElement> OrderedBullet(XElement[]? bullet)
    {
        if (bullet is null)
            return [];
        static int Rank(string name) => name switch
        {
            "buClrTx" or "buClr" => 0,
            "buSzTx" or "buSzPct" or "buSzPts" => 1,
            "buFontTx" or "buFont" => 2,
            _ => 3,
        };
        return bullet.OrderBy(b => Rank(b.Name.LocalName));
    }

    private static bool? BulletOf(XElement? properties)
    {
        foreach (var child in properties?.Elements() ?? [])
        {
            switch (child.Name.LocalName)
            {
                case "buNone":
                    return false;
                case "buChar" or "buAutoNum" or "buBlip":
                    return true;
            }
        }
        return null;
    }

    private string? FirstFace(List<XElement> chain, string script)
    {
        foreach (var p in chain)
        {
            var face = Palette.Font(p.Element(A + script).Attr("typeface"));
            if (face.Length > 0)
                return face;
        }
        return null;
    }

    private string DefaultFace(bool cjk)
    {
        var major = FontReference.Attr("idx") == "major" || (FontReference is null && TitleFonts);
        var face = (major ? "+mj-" : "+mn-") + (cjk ? "ea" : "lt");
        return Palette.Font(face).Length > 0 ? face : (major ? "+mj-lt" : "+mn-lt");
    }

    /// <summary>Colour: the run and the shape's own list style, then the style's font reference, then the other containers, then tx1.</summary>
    private Rgb? ColorOf(List<XElement> chain, int fontReferenceAt)
    {
        var reference = FontReference is not null && FontReference.HasElements;
        for (var i = 0; i < chain.Count; i++)
        {
            if (i == fontReferenceAt && reference)
                return Palette.ColorOf(FontReference);
            if (chain[i].Element(A + "solidFill") is { } fill)
                return Palette.ColorOf(fill);
            if (chain[i].Element(A + "gradFill") is not null)
                return null;
        }
        return reference ? Palette.ColorOf(FontReference) : Palette.Scheme("tx1");
    }

    private static XElement? Level(XElement? container, int level) => container?.Element(LevelNames[Math.Clamp(level, 0, 8)]);
}
