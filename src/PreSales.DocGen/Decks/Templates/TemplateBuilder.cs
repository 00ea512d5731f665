using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PreSales.DocGen.Decks.Templates;

/// <summary>
/// Makes a 16:9 PowerPoint template from scratch with the Open XML SDK: a theme with a Latin and an East Asian
/// typeface, one master with title and body styles, and the layouts of a <see cref="TemplateDesign"/>.
/// templates/pitch-deck.pptx is made by it (templates/make-pitch-deck.cs); tests use it for other designs.
/// </summary>
public static class TemplateBuilder
{
    internal const string Ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    /// <summary>Slide width, EMU (13.333 in).</summary>
    public const long SlideWidth = 12192000;

    /// <summary>Slide height, EMU (7.5 in).</summary>
    public const long SlideHeight = 6858000;

    private const long Margin = 548640;
    private const long ContentWidth = SlideWidth - 2 * Margin;

    /// <summary>Builds the template's bytes.</summary>
    public static byte[] Build(TemplateDesign design)
    {
        using var stream = new MemoryStream();
        using (var doc = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var pres = doc.AddPresentationPart();
            var master = pres.AddNewPart<SlideMasterPart>("rId1");
            var theme = master.AddNewPart<ThemePart>("rId1");
            Feed(theme, ThemeXml(design));
            pres.AddPart(theme, "rId2");
            var layoutIds = new StringBuilder();
            uint id = 2147483649;
            var layouts = new List<SlideLayoutPart>();
            foreach (var spec in design.Layouts)
            {
                var layout = master.AddNewPart<SlideLayoutPart>();
                Feed(layout, LayoutXml(spec));
                layout.AddPart(master);
                layouts.Add(layout);
                layoutIds.Append(CultureInfo.InvariantCulture, $"<p:sldLayoutId id=\"{id++}\" r:id=\"{master.GetIdOfPart(layout)}\"/>");
            }
            Feed(master, MasterXml(design, layoutIds.ToString()));
            var slides = "";
            if (design.ExampleSlide && layouts.Count > 0)
            {
                var slide = pres.AddNewPart<SlidePart>("rId3");
                Feed(slide, ExampleSlideXml());
                slide.AddPart(layouts[Math.Min(1, layouts.Count - 1)]);
                slides = "<p:sldIdLst><p:sldId id=\"256\" r:id=\"rId3\"/></p:sldIdLst>";
            }
            Feed(pres, $"<p:presentation {Ns} saveSubsetFonts=\"1\"><p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>{slides}"
                + $"<p:sldSz cx=\"{SlideWidth}\" cy=\"{SlideHeight}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/><p:defaultTextStyle>{Levels(1800, "tx1", false)}</p:defaultTextStyle></p:presentation>");
            // Speaker notes need a notes master; a template that has one renders without the SDK's preparation.
            Rendering.NotesPage.EnsureMaster(pres);
            pres.Presentation!.Save();
            doc.PackageProperties.Title = "PreSales pitch deck";
            doc.PackageProperties.Creator = "PreSales";
        }
        return stream.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(s);
    }

    private static string ThemeXml(TemplateDesign d)
    {
        string Font(string kind) => $"<a:{kind}Font><a:latin typeface=\"{d.LatinFont}\"/><a:ea typeface=\"{d.EastAsianFont}\"/><a:cs typeface=\"\"/><a:font script=\"Hans\" typeface=\"{d.HansFont}\"/></a:{kind}Font>";
        const string fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
        const string line = "<a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>";
        const string effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
        return "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"PreSales\"><a:themeElements>"
            + "<a:clrScheme name=\"PreSales\"><a:dk1><a:srgbClr val=\"262626\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
            + $"<a:dk2><a:srgbClr val=\"{d.Dark}\"/></a:dk2><a:lt2><a:srgbClr val=\"EEF2F7\"/></a:lt2>"
            + $"<a:accent1><a:srgbClr val=\"{d.Accent}\"/></a:accent1><a:accent2><a:srgbClr val=\"{d.Highlight}\"/></a:accent2>"
            + $"<a:accent3><a:srgbClr val=\"{d.Neutral}\"/></a:accent3><a:accent4><a:srgbClr val=\"2E8B57\"/></a:accent4>"
            + "<a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"7F7F7F\"/></a:accent6>"
            + "<a:hlink><a:srgbClr val=\"0B5CAD\"/></a:hlink><a:folHlink><a:srgbClr val=\"6F3F9F\"/></a:folHlink></a:clrScheme>"
            + $"<a:fontScheme name=\"PreSales\">{Font("major")}{Font("minor")}</a:fontScheme>"
            + $"<a:fmtScheme name=\"PreSales\"><a:fillStyleLst>{fill}{fill}{fill}</a:fillStyleLst><a:lnStyleLst>{line}{line}{line}</a:lnStyleLst>"
            + $"<a:effectStyleLst>{effect}{effect}{effect}</a:effectStyleLst><a:bgFillStyleLst>{fill}{fill}{fill}</a:bgFillStyleLst></a:fmtScheme>"
            + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
    }

    private static string Levels(int size, string color, bool bullets)
    {
        var sb = new StringBuilder();
        for (var level = 1; level <= 9; level++)
        {
            var sz = bullets ? level switch { 1 => size, 2 => size - 400, _ => size - 600 } : size;
            var mar = bullets ? 228600 + (level - 1) * 457200 : (level - 1) * 457200;
            var bullet = bullets ? $"<a:buFont typeface=\"Arial\"/><a:buChar char=\"{(level == 1 ? "•" : "–")}\"/>" : "<a:buNone/>";
            var spacing = bullets ? "<a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc><a:spcBef><a:spcPts val=\"900\"/></a:spcBef>" : "";
            sb.Append(
                $"<a:lvl{level}pPr marL=\"{mar}\" indent=\"{(bullets ? -228600 : 0)}\" algn=\"l\" eaLnBrk=\"1\" latinLnBrk=\"0\" hangingPunct=\"1\">{spacing}{bullet}"
                + $"<a:defRPr sz=\"{sz}\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"{color}\"/></a:solidFill>"
                + "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl" + level + "pPr>");
        }
        return sb.ToString();
    }

    private static string MasterXml(TemplateDesign d, string layoutIds)
    {
        var title = Placeholder(2, "Title Placeholder 1", "type=\"title\"", Margin, 320040, ContentWidth, 914400, "ctr", "Click to edit Master title style");
        var body = Placeholder(3, "Text Placeholder 2", "type=\"body\" idx=\"1\"", Margin, 1463040, ContentWidth, 4663440, "t", "Click to edit Master text styles");
        var bar = $"<p:sp><p:nvSpPr><p:cNvPr id=\"4\" name=\"Accent Bar\"/><p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"{Margin}\" y=\"1261872\"/><a:ext cx=\"1097280\" cy=\"54864\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val=\"accent2\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>";
        var titleStyle = "<a:lvl1pPr algn=\"l\" eaLnBrk=\"1\" latinLnBrk=\"0\" hangingPunct=\"1\"><a:lnSpc><a:spcPct val=\"90000\"/></a:lnSpc><a:buNone/>"
            + $"<a:defRPr sz=\"3200\" b=\"1\" kern=\"1200\"><a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill><a:latin typeface=\"+mj-lt\"/><a:ea typeface=\"+mj-ea\"/><a:cs typeface=\"+mj-cs\"/></a:defRPr></a:lvl1pPr>";
        return $"<p:sldMaster {Ns}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>{GroupProps}{title}{body}{bar}</p:spTree></p:cSld>"
            + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
            + $"<p:sldLayoutIdLst>{layoutIds}</p:sldLayoutIdLst><p:txStyles><p:titleStyle>{titleStyle}</p:titleStyle><p:bodyStyle>{Levels(2400, "tx1", true)}</p:bodyStyle><p:otherStyle>{Levels(1800, "tx1", false)}</p:otherStyle></p:txStyles></p:sldMaster>";
    }

    internal const string GroupProps = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

    private static string Placeholder(int id, string name, string ph, long x, long y, long cx, long cy, string anchor, string prompt, string lstStyle = "") =>
        $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr>"
        + $"<p:spPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
        + $"<p:txBody><a:bodyPr vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"{anchor}\"><a:normAutofit/></a:bodyPr><a:lstStyle>{lstStyle}</a:lstStyle>"
        + $"<a:p><a:r><a:rPr lang=\"en-US\"/><a:t>{prompt}</a:t></a:r></a:p></p:txBody></p:sp>";

    private static string White(int size, bool bold) =>
        $"<a:lvl1pPr marL=\"0\" indent=\"0\"><a:buNone/><a:defRPr sz=\"{size}\"{(bold ? " b=\"1\"" : "")}><a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill></a:defRPr></a:lvl1pPr>";

    private static string LayoutXml(LayoutSpec spec)
    {
        const long half = (ContentWidth - 274320) / 2;
        const long right = Margin + half + 274320;
        string Title(string anchor = "ctr") => Placeholder(2, "Title 1", "type=\"title\"", Margin, 320040, ContentWidth, 914400, anchor, "Click to edit Master title style");
        string Obj(int id, int idx, long x, long y, long cx, long cy) => Placeholder(id, $"Content Placeholder {id - 1}", $"idx=\"{idx}\"", x, y, cx, cy, "t", "Click to edit Master text styles");
        string Text(int id, int idx, long x, long y, long cx, long cy) => Placeholder(id, $"Text Placeholder {id - 1}", $"type=\"body\" sz=\"half\" idx=\"{idx}\"", x, y, cx, cy, "b", "Click to edit Master text styles",
            "<a:lvl1pPr marL=\"0\" indent=\"0\"><a:buNone/><a:defRPr sz=\"2000\" b=\"1\"/></a:lvl1pPr>");
        var dark = "<p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>";
        var blue = "<p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"accent1\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>";
        var (bg, shapes) = spec.Type switch
        {
            "title" => (dark,
                Placeholder(2, "Title 1", "type=\"ctrTitle\"", 822960, 1965960, 10515600, 1600200, "b", "Click to edit Master title style", White(4000, true))
                + $"<p:sp><p:nvSpPr><p:cNvPr id=\"4\" name=\"Accent Bar\"/><p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"914400\" y=\"3657600\"/><a:ext cx=\"1097280\" cy=\"64008\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val=\"accent2\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
                + Placeholder(3, "Subtitle 2", "type=\"subTitle\" idx=\"1\"", 822960, 3840480, 10515600, 1463040, "t", "Click to edit Master subtitle style", White(2000, false))),
            "secHead" => (blue,
                Placeholder(2, "Title 1", "type=\"title\"", 822960, 2286000, 10515600, 1371600, "b", "Click to edit Master title style", White(4000, true))
                + $"<p:sp><p:nvSpPr><p:cNvPr id=\"4\" name=\"Accent Bar\"/><p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"914400\" y=\"3675888\"/><a:ext cx=\"1097280\" cy=\"64008\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val=\"accent2\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
                + Placeholder(3, "Text Placeholder 2", "type=\"body\" idx=\"1\"", 822960, 3749040, 10515600, 1005840, "t", "Click to edit Master text styles", White(2000, false))),
            "obj" => ("", Title() + Obj(3, 1, Margin, 1463040, ContentWidth, 4663440)),
            "twoObj" => ("", Title() + Obj(3, 1, Margin, 1463040, half, 4663440) + Obj(4, 2, right, 1463040, half, 4663440)),
            "twoTxTwoObj" => ("", Title() + Text(3, 1, Margin, 1463040, half, 548640) + Obj(4, 2, Margin, 2057400, half, 4069080)
                + Text(5, 3, right, 1463040, half, 548640) + Obj(6, 4, right, 2057400, half, 4069080)),
            "titleOnly" => ("", Title()),
            _ => ("", ""),
        };
        var cSld = $"<p:cSld name=\"{System.Security.SecurityElement.Escape(spec.Name)}\">{bg}<p:spTree>{GroupProps}{shapes}</p:spTree></p:cSld>";
        // Full-colour layouts draw their own accent; the master's bar would sit in a corner of them.
        var masterShapes = spec.Type is "title" or "secHead" ? " showMasterSp=\"0\"" : "";
        return $"<p:sldLayout {Ns} type=\"{spec.Type}\" preserve=\"1\"{masterShapes}>{cSld}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";
    }

    private static string ExampleSlideXml() =>
        $"<p:sld {Ns}><p:cSld><p:spTree>{GroupProps}"
        + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr/>"
        + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"en-US\"/><a:t>Example slide of the template</a:t></a:r></a:p></p:txBody></p:sp>"
        + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";
}
