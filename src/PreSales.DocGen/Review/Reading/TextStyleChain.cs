using System.Xml.Linq;
using PreSales.DocGen.Language;
using static PreSales.DocGen.Review.Reading.OoXml;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// Where a shape's text takes its formatting from, highest priority first: the run, then the list-style containers
/// (the shape's own lstStyle, the layout placeholder's, the master placeholder's, the master's title/body/other
/// text style, or for a text box the presentation's default text style), then the theme.
/// </summary>
/// <param name="Containers">Elements holding lvl1pPr…lvl9pPr, highest priority first.</param>
/// <param name="FontReference">The shape style's font reference (colour and major/minor font), consulted after the first container.</param>
/// <param name="Palette">The master's theme.</param>
/// <param name="FontScale">Shrink-on-overflow scale (normAutofit fontScale), 1 when none.</param>
/// <param name="TitleFonts">Whether the fallback typeface is the theme's major (heading) font.</param>
internal sealed record TextStyleChain(IReadOnlyList<XElement?> Containers, XElement? FontReference, ThemePalette Palette, double FontScale, bool TitleFonts)
{
    private static readonly XName[] LevelNames = Enumerable.Range(1, 9).Select(i => A + $"lvl{i}pPr").ToArray();

    /// <summary>Resolves the effective formatting of one run.</summary>
    public RunFacts Run(string text, XElement? runProperties, int level)
    {
        var chain = new List<XElement>(Containers.Count + 1);
        if (runProperties is not null)
            chain.Add(runProperties);
        var fromShape = 0;
        for (var i = 0; i < Containers.Count; i++)
        {
            if (Level(Containers[i], level)?.Element(ADefRPr) is { } defaults)
            {
                chain.Add(defaults);
                if (i == 0)
                    fromShape = 1;
            }
        }
        var size = chain.Select(p => p.Long("sz")).FirstOrDefault(v => v.HasValue) ?? 1800;
        var bold = chain.Select(p => p.Bool("b")).FirstOrDefault(v => v.HasValue) ?? false;
        var cjk = TextMeasure.Of(text).MostlyCjk;
        var face = cjk ? FirstFace(chain, "ea") : null;
        face ??= FirstFace(chain, "latin");
        face ??= Palette.Font(DefaultFace(cjk));
        var color = ColorOf(chain, (runProperties is null ? 0 : 1) + fromShape);
        return new RunFacts(text, Math.Round(size / 100.0 * FontScale, 1), face, color, bold);
    }

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
            var face = Palette.Font(p.Element(A + script).Text("typeface"));
            if (face.Length > 0)
                return face;
        }
        return null;
    }

    private string DefaultFace(bool cjk)
    {
        var major = FontReference.Text("idx") == "major" || (FontReference is null && TitleFonts);
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
            if (chain[i].Element(ASolidFill) is { } fill)
                return Palette.ColorOf(fill);
            if (chain[i].Element(AGradFill) is not null)
                return null;
        }
        return reference ? Palette.ColorOf(FontReference) : Palette.Scheme("tx1");
    }

    private static XElement? Level(XElement? container, int level) => container?.Element(LevelNames[Math.Clamp(level, 0, 8)]);
}
