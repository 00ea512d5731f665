using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;

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
internal sealed record TextStyleChain(IReadOnlyList<OpenXmlElement?> Containers, A.FontReference? FontReference, ThemePalette Palette, double FontScale, bool TitleFonts)
{
    /// <summary>Resolves the effective formatting of one run.</summary>
    public RunFacts Run(string text, A.RunProperties? runProperties, int level)
    {
        var defaults = Levels(level).Select(l => l.GetFirstChild<A.DefaultRunProperties>()).OfType<A.TextCharacterPropertiesType>();
        var chain = (runProperties is null ? defaults : defaults.Prepend(runProperties)).ToList();
        var size = chain.Select(p => p.FontSize?.Value).FirstOrDefault(v => v.HasValue) ?? 1800;
        var bold = chain.Select(p => p.Bold?.Value).FirstOrDefault(v => v.HasValue) ?? false;
        var cjk = TextMeasure.Of(text).MostlyCjk;
        var face = cjk ? FirstFace(chain, p => p.GetFirstChild<A.EastAsianFont>()?.Typeface?.Value) : null;
        face ??= FirstFace(chain, p => p.GetFirstChild<A.LatinFont>()?.Typeface?.Value);
        face ??= Palette.Font(DefaultFace(cjk));
        var fromShape = Containers.Count > 0 && Containers[0] is { } first && Level(first, level) is not null ? 1 : 0;
        var color = ColorOf(chain, (runProperties is null ? 0 : 1) + fromShape);
        return new RunFacts(text, Math.Round(size / 100.0 * FontScale, 1), face, color, bold);
    }

    /// <summary>Whether a paragraph shows a bullet: its own pPr, then each container's level properties.</summary>
    public bool Bullet(A.ParagraphProperties? own, int level)
    {
        var chain = Levels(level).Cast<OpenXmlElement>();
        foreach (var p in own is null ? chain : chain.Prepend(own))
        {
            foreach (var child in p.ChildElements)
            {
                if (child is A.NoBullet)
                    return false;
                if (child is A.CharacterBullet or A.AutoNumberedBullet or A.PictureBullet)
                    return true;
            }
        }
        return false;
    }

    private string? FirstFace(List<A.TextCharacterPropertiesType> chain, Func<A.TextCharacterPropertiesType, string?> pick)
    {
        foreach (var p in chain)
        {
            var face = Palette.Font(pick(p));
            if (face.Length > 0)
                return face;
        }
        return null;
    }

    private string DefaultFace(bool cjk)
    {
        var major = FontReference?.Index?.InnerText == "major" || (FontReference is null && TitleFonts);
        var face = (major ? "+mj-" : "+mn-") + (cjk ? "ea" : "lt");
        return Palette.Font(face).Length > 0 ? face : (major ? "+mj-lt" : "+mn-lt");
    }

    /// <summary>Colour: the run and the first container, then the style's font reference, then the other containers, then tx1.</summary>
    private Rgb? ColorOf(List<A.TextCharacterPropertiesType> chain, int fontReferenceAt)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (i == fontReferenceAt && FontReference?.ChildElements.Count > 0)
                return Palette.ColorOf(FontReference);
            var fill = chain[i].GetFirstChild<A.SolidFill>();
            if (fill is not null)
                return Palette.ColorOf(fill);
            if (chain[i].GetFirstChild<A.GradientFill>() is not null)
                return null;
        }
        return FontReference?.ChildElements.Count > 0 ? Palette.ColorOf(FontReference) : Palette.Scheme("tx1");
    }

    private IEnumerable<OpenXmlElement> Levels(int level)
    {
        foreach (var container in Containers)
        {
            if (container is not null && Level(container, level) is { } found)
                yield return found;
        }
    }

    private static readonly string[] LevelNames = ["lvl1pPr", "lvl2pPr", "lvl3pPr", "lvl4pPr", "lvl5pPr", "lvl6pPr", "lvl7pPr", "lvl8pPr", "lvl9pPr"];

    private static OpenXmlElement? Level(OpenXmlElement container, int level)
    {
        var name = LevelNames[Math.Clamp(level, 0, 8)];
        foreach (var child in container.ChildElements)
        {
            if (child.LocalName == name)
                return child;
        }
        return null;
    }
}
