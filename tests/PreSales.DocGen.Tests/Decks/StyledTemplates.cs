using System.IO.Compression;
using System.Xml.Linq;
using PreSales.DocGen.Decks.Templates;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>
/// Templates made in code in the styles other tools export, from <see cref="TemplateBuilder"/>'s output edited as
/// XML: a 4:3 PowerPoint template on a dark background (colour map bg1→dk1, tx1→lt1); a Google Slides–style 16:9
/// (9144000×5143500) whose text styles sit only in the master placeholders' lstStyle (no p:txStyles levels) and whose
/// layouts carry Google's names; a WPS-style 16:10 one with Chinese layout names, 宋体 and a dark gradient background.
/// </summary>
public static class StyledTemplates
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    public static IEnumerable<(string Name, byte[] Template)> All() =>
    [
        ("powerpoint-4x3-dark", PowerPointDark()), ("google-slides", GoogleSlides()), ("wps-16x10-gradient", Wps()),
        ("powerpoint-grouped-stripes", GroupedStripes()),
        ("line-drawing", LineDrawing()), ("one-line-title", OneLineTitle()),
    ];

    /// <summary>
    /// 16:9, an outline-only drawing on the master (a custom shape with no fill and a 6 pt black line, as Yellow
    /// Idea's light bulb): from an eighth into the master's body box to 30% of its width, over its middle half of height.
    /// Its place on the slide, EMU.
    /// </summary>
    public static (long X, long Y, long Width, long Height) Drawing(byte[] template)
    {
        using var zip = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("ppt/slideMasters/slideMaster1.xml")!.Open();
        var sp = XDocument.Load(stream).Descendants(P + "sp").First(s => (string?)s.Element(P + "nvSpPr")!.Element(P + "cNvPr")!.Attribute("name") == "Line drawing");
        var xfrm = sp.Element(P + "spPr")!.Element(A + "xfrm")!;
        return ((long)xfrm.Element(A + "off")!.Attribute("x")!, (long)xfrm.Element(A + "off")!.Attribute("y")!, (long)xfrm.Element(A + "ext")!.Attribute("cx")!, (long)xfrm.Element(A + "ext")!.Attribute("cy")!);
    }

    /// <summary>The template <see cref="Drawing"/> describes.</summary>
    public static byte[] LineDrawing() => Edit(TemplateBuilder.Build(new TemplateDesign()), 12192000, 6858000, parts =>
    {
        var tree = parts["ppt/slideMasters/slideMaster1.xml"].Root!.Element(P + "cSld")!.Element(P + "spTree")!;
        var body = tree.Elements(P + "sp").First(s => (string?)s.Descendants(P + "ph").FirstOrDefault()?.Attribute("type") == "body").Element(P + "spPr")!.Element(A + "xfrm")!;
        var (bx, by) = ((long)body.Element(A + "off")!.Attribute("x")!, (long)body.Element(A + "off")!.Attribute("y")!);
        var (bw, bh) = ((long)body.Element(A + "ext")!.Attribute("cx")!, (long)body.Element(A + "ext")!.Attribute("cy")!);
        var (x, y, cx, cy) = (bx + bw / 8, by + bh / 4, bw * 30 / 100 - bw / 8, bh / 2);
        var path = new XElement(A + "path", new XAttribute("w", cx), new XAttribute("h", cy),
            new XElement(A + "moveTo", new XElement(A + "pt", new XAttribute("x", cx / 2), new XAttribute("y", 0))),
            new XElement(A + "lnTo", new XElement(A + "pt", new XAttribute("x", cx), new XAttribute("y", cy))),
            new XElement(A + "lnTo", new XElement(A + "pt", new XAttribute("x", 0), new XAttribute("y", cy))),
            new XElement(A + "close"));
        var drawing = new XElement(P + "sp",
            new XElement(P + "nvSpPr", new XElement(P + "cNvPr", new XAttribute("id", 950), new XAttribute("name", "Line drawing")), new XElement(P + "cNvSpPr"), new XElement(P + "nvPr")),
            new XElement(P + "spPr",
                new XElement(A + "xfrm", new XElement(A + "off", new XAttribute("x", x), new XAttribute("y", y)), new XElement(A + "ext", new XAttribute("cx", cx), new XAttribute("cy", cy))),
                new XElement(A + "custGeom", new XElement(A + "avLst"), new XElement(A + "gdLst"), new XElement(A + "ahLst"), new XElement(A + "cxnLst"),
                    new XElement(A + "rect", new XAttribute("l", "l"), new XAttribute("t", "t"), new XAttribute("r", "r"), new XAttribute("b", "b")), new XElement(A + "pathLst", path)),
                new XElement(A + "noFill"),
                new XElement(A + "ln", new XAttribute("w", 76200), new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", "000000"))))));
        tree.Element(P + "grpSpPr")!.AddAfterSelf(drawing);
    });

    /// <summary>The layouts' title box as tall as one line at the title size (48 pt, in a template made for two).</summary>
    public const long OneLineTitleHeight = 609600;

    /// <summary>
    /// 16:9, the title boxes at the top of the master and its content layouts one line tall (48 pt), the free room
    /// under them down to the body box as it was: long titles do not fit them at the template's size.
    /// </summary>
    public static byte[] OneLineTitle() => Edit(TemplateBuilder.Build(new TemplateDesign()), 12192000, 6858000, parts =>
    {
        foreach (var (_, doc) in parts.Where(p => p.Key.Contains("slideMaster", StringComparison.Ordinal) || p.Key.Contains("slideLayout", StringComparison.Ordinal)))
        {
            foreach (var shape in doc.Descendants(P + "sp").Where(sp => (string?)sp.Descendants(P + "ph").FirstOrDefault()?.Attribute("type") == "title"))
            {
                if (shape.Descendants(A + "off").FirstOrDefault() is { } off && (long)off.Attribute("y")! < 6858000 / 10)
                    shape.Descendants(A + "ext").First().SetAttributeValue("cy", OneLineTitleHeight);
            }
        }
    });

    /// <summary>Where <see cref="GroupedStripes"/>' stripes end on the slide, EMU.</summary>
    public const long StripesEnd = 2438400;

    /// <summary>
    /// 16:9, the master's left fifth covered by two dark stripes drawn in groups, as PowerPoint saves a grouped and
    /// resized drawing: the outer group maps child units 0–1000 onto the slide's left 2438400 EMU, a group nested in
    /// it maps 0–100 onto its units 600–1000. Read without the groups' transforms, the stripes would be 1000 EMU boxes
    /// in the slide's corner.
    /// </summary>
    public static byte[] GroupedStripes() => Edit(TemplateBuilder.Build(new TemplateDesign()), 12192000, 6858000, parts =>
    {
        var tree = parts["ppt/slideMasters/slideMaster1.xml"].Root!.Element(P + "cSld")!.Element(P + "spTree")!;
        var id = 900;
        XElement Xfrm(long x, long y, long cx, long cy, (long X, long Y, long Cx, long Cy)? child = null) => new(A + "xfrm",
            new XElement(A + "off", new XAttribute("x", x), new XAttribute("y", y)), new XElement(A + "ext", new XAttribute("cx", cx), new XAttribute("cy", cy)),
            child is { } c ? new object[] { new XElement(A + "chOff", new XAttribute("x", c.X), new XAttribute("y", c.Y)), new XElement(A + "chExt", new XAttribute("cx", c.Cx), new XAttribute("cy", c.Cy)) } : []);
        XElement Stripe(long x, long y, long cx, long cy, string rgb) => new(P + "sp",
            new XElement(P + "nvSpPr", new XElement(P + "cNvPr", new XAttribute("id", id++), new XAttribute("name", $"Stripe {id}")), new XElement(P + "cNvSpPr"), new XElement(P + "nvPr")),
            new XElement(P + "spPr", Xfrm(x, y, cx, cy), new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")),
                new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", rgb)))));
        XElement Group(XElement xfrm, params XElement[] children) => new(P + "grpSp",
            new XElement(P + "nvGrpSpPr", new XElement(P + "cNvPr", new XAttribute("id", id++), new XAttribute("name", $"Group {id}")), new XElement(P + "cNvGrpSpPr"), new XElement(P + "nvPr")),
            new XElement(P + "grpSpPr", xfrm), children);
        var stripes = Group(Xfrm(0, 0, StripesEnd, 6858000, (0, 0, 1000, 1000)),
            Stripe(0, 0, 600, 1000, "1F3864"),
            Group(Xfrm(600, 0, 400, 1000, (0, 0, 100, 100)), Stripe(0, 0, 100, 100, "2E75B6")));
        // Behind everything the layouts draw: right after the tree's group properties.
        tree.Element(P + "grpSpPr")!.AddAfterSelf(stripes);
    });

    /// <summary>4:3, a dark solid master background, the colour map swapped so text defaults to the light colours.</summary>
    public static byte[] PowerPointDark() => Edit(TemplateBuilder.Build(new TemplateDesign()), 9144000, 6858000, parts =>
    {
        var master = parts["ppt/slideMasters/slideMaster1.xml"].Root!;
        master.Element(P + "cSld")!.Element(P + "bg")!.ReplaceWith(Background(new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", "1E1E2E")))));
        var map = master.Element(P + "clrMap")!;
        map.SetAttributeValue("bg1", "dk1");
        map.SetAttributeValue("tx1", "lt1");
        map.SetAttributeValue("bg2", "dk2");
        map.SetAttributeValue("tx2", "lt2");
    });

    /// <summary>Google Slides' 16:9 size and layout names; text styles only in the master placeholders' lstStyle.</summary>
    public static byte[] GoogleSlides() => Edit(TemplateBuilder.Build(new TemplateDesign { LatinFont = "Roboto" }), 9144000, 5143500, parts =>
    {
        var master = parts["ppt/slideMasters/slideMaster1.xml"].Root!;
        var styles = master.Element(P + "txStyles")!;
        foreach (var shape in master.Descendants(P + "sp"))
        {
            var type = (string?)shape.Descendants(P + "ph").FirstOrDefault()?.Attribute("type");
            var from = type == "title" ? styles.Element(P + "titleStyle") : type == "body" ? styles.Element(P + "bodyStyle") : null;
            if (from is null || shape.Element(P + "txBody") is not { } body)
                continue;
            body.Element(A + "lstStyle")?.Remove();
            body.Element(A + "bodyPr")!.AddAfterSelf(new XElement(A + "lstStyle", from.Elements().Where(e => e.Name.LocalName.StartsWith("lvl", StringComparison.Ordinal)).Select(e => new XElement(e))));
        }
        foreach (var style in new[] { "titleStyle", "bodyStyle" })
            styles.Element(P + style)!.RemoveNodes();
        var names = new Dictionary<string, string> { ["title"] = "TITLE", ["obj"] = "TITLE_AND_BODY", ["secHead"] = "SECTION_HEADER", ["twoObj"] = "TITLE_AND_TWO_COLUMNS", ["titleOnly"] = "TITLE_ONLY", ["blank"] = "BLANK" };
        foreach (var (name, doc) in parts.Where(p => p.Key.StartsWith("ppt/slideLayouts/slideLayout", StringComparison.Ordinal)))
            if (names.TryGetValue((string?)doc.Root!.Attribute("type") ?? "", out var google))
                doc.Root.Element(P + "cSld")!.SetAttributeValue("name", google);
    });

    /// <summary>WPS: 16:10, Chinese layout names, 宋体, a dark gradient master background.</summary>
    public static byte[] Wps() => Edit(TemplateBuilder.Build(new TemplateDesign { Layouts = TemplateDesign.ChineseLayouts, EastAsianFont = "宋体", HansFont = "宋体" }), 12192000, 7620000, parts =>
    {
        var master = parts["ppt/slideMasters/slideMaster1.xml"].Root!;
        var stops = new XElement(A + "gsLst",
            new XElement(A + "gs", new XAttribute("pos", "0"), new XElement(A + "srgbClr", new XAttribute("val", "0B1F3A"))),
            new XElement(A + "gs", new XAttribute("pos", "100000"), new XElement(A + "srgbClr", new XAttribute("val", "1D3F6E"))));
        master.Element(P + "cSld")!.Element(P + "bg")!.ReplaceWith(Background(new XElement(A + "gradFill", new XAttribute("rotWithShape", "1"), stops, new XElement(A + "lin", new XAttribute("ang", "5400000"), new XAttribute("scaled", "0")))));
    });

    private static XElement Background(XElement fill) => new(P + "bg", new XElement(P + "bgPr", fill, new XElement(A + "effectLst")));

    // Rewrites a package's XML parts: the slide size, every box scaled to it, then the edit.
    private static byte[] Edit(byte[] pptx, long width, long height, Action<Dictionary<string, XDocument>> edit)
    {
        using var input = new ZipArchive(new MemoryStream(pptx), ZipArchiveMode.Read);
        var raw = input.Entries.ToDictionary(e => e.FullName, e => { using var s = e.Open(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); });
        var parts = raw.Where(p => p.Key.StartsWith("ppt/", StringComparison.Ordinal) && p.Key.EndsWith(".xml", StringComparison.Ordinal) && !p.Key.Contains("notes", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => XDocument.Load(new MemoryStream(p.Value)));
        var size = parts["ppt/presentation.xml"].Root!.Element(P + "sldSz")!;
        double fx = (double)width / (long)size.Attribute("cx")!, fy = (double)height / (long)size.Attribute("cy")!;
        size.SetAttributeValue("cx", width);
        size.SetAttributeValue("cy", height);
        size.Attribute("type")?.Remove();
        foreach (var (name, doc) in parts.Where(p => p.Key.Contains("slideMaster", StringComparison.Ordinal) || p.Key.Contains("slideLayout", StringComparison.Ordinal)))
        {
            foreach (var e in doc.Descendants().Where(e => e.Name == A + "off" || e.Name == A + "ext" || e.Name == A + "chOff" || e.Name == A + "chExt"))
            {
                foreach (var (attr, f) in new[] { ("x", fx), ("cx", fx), ("y", fy), ("cy", fy) })
                    if (e.Attribute(attr) is { } a)
                        a.Value = ((long)Math.Round((long)a * f)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        edit(parts);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in raw)
            {
                using var s = zip.CreateEntry(name).Open();
                if (parts.TryGetValue(name, out var doc))
                    doc.Save(s, SaveOptions.DisableFormatting);
                else
                    s.Write(bytes);
            }
        }
        return output.ToArray();
    }
}
