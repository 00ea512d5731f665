using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PreSales.DocGen.Decks.Templates;
using P = DocumentFormat.OpenXml.Presentation;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// Speaker notes as notes slides. A notes slide must relate to the presentation's notes master, and
/// presentation.xml must list it in p:notesMasterIdLst (REFERENCES: python-pptx #1128); templates without one get one.
/// </summary>
internal static class NotesPage
{
    public static NotesMasterPart EnsureMaster(PresentationPart pres)
    {
        if (pres.NotesMasterPart is { } existing)
            return existing;
        // Fixed ids (the SDK's are random): a template prepared in any process gives the same deck bytes.
        var master = pres.AddNewPart<NotesMasterPart>(FreeId(pres, "rIdPsNotesMaster"));
        var theme = master.AddNewPart<ThemePart>("rIdPsTheme");
        var source = pres.SlideMasterParts.FirstOrDefault()?.ThemePart ?? pres.ThemePart;
        if (source is not null)
        {
            using var data = source.GetStream();
            theme.FeedData(data);
        }
        Feed(master, $"<p:notesMaster {TemplateBuilder.Ns}><p:cSld><p:spTree>{TemplateBuilder.GroupProps}"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr></p:nvSpPr>"
            + "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"1143000\"/><a:ext cx=\"5486400\" cy=\"3086100\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln w=\"12700\"><a:solidFill><a:prstClr val=\"black\"/></a:solidFill></a:ln></p:spPr></p:sp>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" sz=\"quarter\" idx=\"3\"/></p:nvPr></p:nvSpPr>"
            + "<p:spPr><a:xfrm><a:off x=\"685800\" y=\"4400550\"/><a:ext cx=\"5486400\" cy=\"3600450\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
            + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"en-US\"/><a:t>Click to edit Master text styles</a:t></a:r></a:p></p:txBody></p:sp>"
            + "</p:spTree></p:cSld><p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"
            + "<p:notesStyle><a:lvl1pPr marL=\"0\" algn=\"l\"><a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>");
        var root = pres.Presentation!;
        root.NotesMasterIdList?.Remove();
        var list = new P.NotesMasterIdList(new P.NotesMasterId { Id = pres.GetIdOfPart(master) });
        // Schema order: sldMasterIdLst, notesMasterIdLst, handoutMasterIdLst, sldIdLst, ...
        root.InsertAfter(list, root.SlideMasterIdList);
        return master;
    }

    /// <summary>The notes slide's XML; its relationships (notes master, slide) are written by the package.</summary>
    public static string Xml(string text, RunStyle style)
    {
        // One builder for the whole part: the talk track is the longest text of a slide, built once, not copied again.
        var xml = new StringBuilder(2048);
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:notes {TemplateBuilder.Ns}><p:cSld><p:spTree>{TemplateBuilder.GroupProps}")
            .Append("<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>")
            .Append("<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/>")
            .Append("<p:txBody><a:bodyPr/><a:lstStyle/>");
        foreach (var line in text.Split('\n'))
            xml.Append(CultureInfo.InvariantCulture, $"<a:p><a:r><a:rPr {style.Attributes} dirty=\"0\"/><a:t>{RunStyle.Escape(line)}</a:t></a:r></a:p>");
        return xml.Append("</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>").ToString();
    }

    private static string FreeId(OpenXmlPartContainer container, string id)
    {
        var used = container.Parts.Select(p => p.RelationshipId).Concat(container.ExternalRelationships.Select(r => r.Id))
            .Concat(container.HyperlinkRelationships.Select(r => r.Id)).ToHashSet(StringComparer.Ordinal);
        var free = id;
        for (var n = 2; used.Contains(free); n++)
            free = id + n.ToString(CultureInfo.InvariantCulture);
        return free;
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(s);
    }
}
