using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;

namespace PreSales.DocGen.Tests.Review.Support;

/// <summary>
/// A small fluent builder of .pptx files for review tests: a 16:9 deck with one master, a "Title and Content" and a
/// "Blank" layout, and slides made of titles, bullets, text boxes, pictures, tables, charts, notes, comments,
/// animations. Every deck it writes passes OpenXmlValidator (a test checks it).
/// </summary>
public sealed class TestDeck
{
    public const long Emu = 914400;
    public const long Width = 12192000;
    public const long Height = 6858000;

    private readonly List<TestSlide> slides = [];
    private string minorFont = "Calibri";

    public TestDeck Slide(Action<TestSlide> build)
    {
        var slide = new TestSlide();
        build(slide);
        slides.Add(slide);
        return this;
    }

    /// <summary>Sets the theme's body (minor) Latin font.</summary>
    public TestDeck MinorFont(string face)
    {
        minorFont = face;
        return this;
    }

    public string Save(string path)
    {
        using (var stream = File.Create(path))
            Write(stream);
        return path;
    }

    public string SaveTemp(string name = "deck.pptx")
    {
        var dir = Path.Combine(Path.GetTempPath(), "presales-review-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Save(Path.Combine(dir, name));
    }

    public void Write(Stream stream)
    {
        using var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation);
        var presentation = document.AddPresentationPart();
        var master = presentation.AddNewPart<SlideMasterPart>("rIdMaster");
        Feed(master.AddNewPart<ThemePart>("rIdTheme"), DeckParts.Theme(minorLatin: minorFont));
        var content = master.AddNewPart<SlideLayoutPart>("rIdLayout1");
        var blank = master.AddNewPart<SlideLayoutPart>("rIdLayout2");
        Feed(content, DeckParts.TitleAndContentLayout);
        Feed(blank, DeckParts.BlankLayout);
        content.AddPart(master);
        blank.AddPart(master);
        Feed(master, DeckParts.Master(["rIdLayout1", "rIdLayout2"]));
        NotesMasterPart? notesMaster = null;
        if (slides.Any(s => s.NotesText is not null))
        {
            notesMaster = presentation.AddNewPart<NotesMasterPart>("rIdNotesMaster");
            Feed(notesMaster.AddNewPart<ThemePart>("rIdTheme2"), DeckParts.Theme());
            Feed(notesMaster, DeckParts.NotesMaster);
        }
        var ids = new StringBuilder();
        for (var i = 0; i < slides.Count; i++)
        {
            var part = presentation.AddNewPart<SlidePart>($"rIdSlide{i + 1}");
            slides[i].WriteTo(part, slides[i].Blank ? blank : content, notesMaster, presentation, (uint)(256 + i));
            ids.Append($"<p:sldId id=\"{256 + i}\" r:id=\"rIdSlide{i + 1}\"/>");
        }
        Feed(presentation, PresentationXml(ids.ToString(), notesMaster is not null));
    }

    private string PresentationXml(string ids, bool notes)
    {
        var sections = slides.Select((s, i) => (s.SectionName, Id: 256 + i)).Where(s => s.SectionName is not null).ToList();
        var extensions = sections.Count == 0 ? "" :
            "<p:extLst><p:ext uri=\"{521415D9-36F7-43E2-AB2F-B90AF26B5E84}\"><p14:sectionLst xmlns:p14=\"http://schemas.microsoft.com/office/powerpoint/2010/main\">"
            + string.Concat(sections.GroupBy(s => s.SectionName).Select(g => $"<p14:section name=\"{SecurityElement.Escape(g.Key)}\" id=\"{{{Guid.NewGuid().ToString().ToUpperInvariant()}}}\"><p14:sldIdLst>{string.Concat(g.Select(s => $"<p14:sldId id=\"{s.Id}\"/>"))}</p14:sldIdLst></p14:section>"))
            + "</p14:sectionLst></p:ext></p:extLst>";
        return $"""
            <p:presentation {DeckParts.Ns}>
              <p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdMaster"/></p:sldMasterIdLst>
              {(notes ? "<p:notesMasterIdLst><p:notesMasterId r:id=\"rIdNotesMaster\"/></p:notesMasterIdLst>" : "")}
              <p:sldIdLst>{ids}</p:sldIdLst>
              <p:sldSz cx="{Width}" cy="{Height}"/>
              <p:notesSz cx="6858000" cy="9144000"/>
              <p:defaultTextStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:defRPr></a:lvl1pPr></p:defaultTextStyle>
              {extensions}
            </p:presentation>
            """;
    }

    internal static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}

/// <summary>One slide of a <see cref="TestDeck"/>.</summary>
public sealed class TestSlide
{
    private readonly StringBuilder shapes = new();
    private readonly List<(string Id, bool Chart, byte[]? Image)> media = [];
    private readonly List<string> comments = [];
    private uint nextId = 2;
    private int animations;
    private string? background;
    private bool hidden;
    private bool transition;

    internal bool Blank { get; private set; }

    internal string? NotesText { get; private set; }

    internal string? SectionName { get; private set; }

    /// <summary>Uses the Blank layout (no placeholders), as decks made by code do.</summary>
    public TestSlide OnBlankLayout()
    {
        Blank = true;
        return this;
    }

    public TestSlide Title(string text) => Placeholder("Title", "<p:ph type=\"title\"/>", [text]);

    public TestSlide Bullets(params string[] lines) => Placeholder("Content", "<p:ph idx=\"1\"/>", lines);

    public TestSlide EmptyBody() => Placeholder("Content", "<p:ph idx=\"1\"/>", []);

    /// <summary>
    /// A text box; position and size in inches; colours as RRGGBB; <paramref name="fillOpacity"/> in percent (a:alpha);
    /// <paramref name="rotation"/> in degrees clockwise (xfrm rot).
    /// </summary>
    public TestSlide TextBox(string text, double x, double y, double w, double h, double? sizePt = 20, string? color = null, string? fill = null, string? font = null, bool bold = false, bool wordArt = false, string fit = "", int fillOpacity = 100, double rotation = 0)
    {
        var id = nextId++;
        var alpha = fillOpacity == 100 ? "" : $"<a:alpha val=\"{fillOpacity * 1000}\"/>";
        var fillXml = fill is null ? "<a:noFill/>" : $"<a:solidFill><a:srgbClr val=\"{fill}\">{alpha}</a:srgbClr></a:solidFill>";
        var warp = wordArt ? "<a:prstTxWarp prst=\"textArchUp\"><a:avLst/></a:prstTxWarp>" : "";
        var rPr = RunProperties(sizePt, color, font, bold);
        var paragraphs = string.Concat(text.Split('\n').Select(line => $"<a:p><a:r>{rPr}<a:t>{SecurityElement.Escape(line)}</a:t></a:r></a:p>"));
        shapes.Append($"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"TextBox {id}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>")
            .Append($"<p:spPr>{Xfrm(x, y, w, h, rotation)}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>{fillXml}</p:spPr>")
            .Append($"<p:txBody><a:bodyPr wrap=\"square\">{warp}{fit}</a:bodyPr><a:lstStyle/>{paragraphs}</p:txBody></p:sp>");
        return this;
    }

    /// <summary>
    /// A picture; <paramref name="image"/> is stored as its bytes (a 1×1 PNG by default); <paramref name="rotation"/>
    /// in degrees clockwise, <paramref name="flipH"/> mirrors it.
    /// </summary>
    public TestSlide Picture(string? alt = "A picture", double x = 1, double y = 2, double w = 4, double h = 3, byte[]? image = null, double rotation = 0, bool flipH = false)
    {
        var id = nextId++;
        var rel = $"rIdImg{media.Count + 1}";
        media.Add((rel, false, image));
        var descr = alt is null ? "" : $" descr=\"{SecurityElement.Escape(alt)}\"";
        shapes.Append($"<p:pic><p:nvPicPr><p:cNvPr id=\"{id}\" name=\"Picture {id}\"{descr}/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>")
            .Append($"<p:blipFill><a:blip r:embed=\"{rel}\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>")
            .Append($"<p:spPr>{Xfrm(x, y, w, h, rotation, flipH)}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>");
        return this;
    }

    /// <summary>
    /// Shapes inside a group whose box (inches) is turned by <paramref name="rotation"/> degrees about its centre; the
    /// children keep the slide's units (chOff = off, chExt = ext).
    /// </summary>
    public TestSlide Group(double x, double y, double w, double h, double rotation, Action<TestSlide> children)
    {
        var id = nextId++;
        var start = shapes.Length;
        children(this);
        var inner = shapes.ToString(start, shapes.Length - start);
        shapes.Length = start;
        var (ox, oy, cx, cy) = ((long)(x * TestDeck.Emu), (long)(y * TestDeck.Emu), (long)(w * TestDeck.Emu), (long)(h * TestDeck.Emu));
        shapes.Append($"<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"{id}\" name=\"Group {id}\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>")
            .Append($"<p:grpSpPr><a:xfrm rot=\"{(long)(rotation * 60000)}\"><a:off x=\"{ox}\" y=\"{oy}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/><a:chOff x=\"{ox}\" y=\"{oy}\"/><a:chExt cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm></p:grpSpPr>")
            .Append(inner).Append("</p:grpSp>");
        return this;
    }

    public TestSlide Chart(string? alt = "Growth chart", double x = 1, double y = 2, double w = 6, double h = 4)
    {
        var id = nextId++;
        var rel = $"rIdChart{media.Count + 1}";
        media.Add((rel, true, null));
        var descr = alt is null ? "" : $" descr=\"{SecurityElement.Escape(alt)}\"";
        shapes.Append($"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"Chart {id}\"{descr}/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>")
            .Append($"<p:xfrm><a:off x=\"{(long)(x * TestDeck.Emu)}\" y=\"{(long)(y * TestDeck.Emu)}\"/><a:ext cx=\"{(long)(w * TestDeck.Emu)}\" cy=\"{(long)(h * TestDeck.Emu)}\"/></p:xfrm>")
            .Append($"<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"{rel}\"/></a:graphicData></a:graphic></p:graphicFrame>");
        return this;
    }

    public TestSlide Table(bool header, params string[][] rows)
    {
        var id = nextId++;
        var columns = rows.Max(r => r.Length);
        var width = (long)(8 * TestDeck.Emu / columns);
        var grid = string.Concat(Enumerable.Repeat($"<a:gridCol w=\"{width}\"/>", columns));
        var body = string.Concat(rows.Select(r => "<a:tr h=\"370840\">" + string.Concat(r.Select(c => $"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>{SecurityElement.Escape(c)}</a:t></a:r></a:p></a:txBody><a:tcPr/></a:tc>")) + "</a:tr>"));
        shapes.Append($"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"Table {id}\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>")
            .Append($"<p:xfrm><a:off x=\"{TestDeck.Emu}\" y=\"{2 * TestDeck.Emu}\"/><a:ext cx=\"{8 * TestDeck.Emu}\" cy=\"{rows.Length * 370840}\"/></p:xfrm>")
            .Append($"<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr{(header ? " firstRow=\"1\"" : "")} bandRow=\"1\"/><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
        return this;
    }

    public TestSlide Notes(string text)
    {
        NotesText = text;
        return this;
    }

    public TestSlide Comment(string text)
    {
        comments.Add(text);
        return this;
    }

    public TestSlide Hidden()
    {
        hidden = true;
        return this;
    }

    public TestSlide Transition()
    {
        transition = true;
        return this;
    }

    public TestSlide Animations(int count)
    {
        animations = count;
        return this;
    }

    public TestSlide Background(string rgb)
    {
        background = rgb;
        return this;
    }

    public TestSlide Section(string name)
    {
        SectionName = name;
        return this;
    }

    private TestSlide Placeholder(string name, string ph, string[] lines)
    {
        var id = nextId++;
        var paragraphs = lines.Length == 0 ? "<a:p><a:endParaRPr lang=\"zh-CN\"/></a:p>"
            : string.Concat(lines.Select(line => $"<a:p><a:r><a:rPr lang=\"zh-CN\"/><a:t>{SecurityElement.Escape(line)}</a:t></a:r></a:p>"));
        shapes.Append($"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name} {id}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr/>")
            .Append($"<p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>");
        return this;
    }

    private static string RunProperties(double? sizePt, string? color, string? font, bool bold)
    {
        var fill = color is null ? "" : $"<a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill>";
        var face = font is null ? "" : $"<a:latin typeface=\"{font}\"/><a:ea typeface=\"{font}\"/>";
        var size = sizePt is { } pt ? $" sz=\"{(int)(pt * 100)}\"" : "";
        return $"<a:rPr lang=\"zh-CN\"{size}{(bold ? " b=\"1\"" : "")}>{fill}{face}</a:rPr>";
    }

    private static string Xfrm(double x, double y, double w, double h, double rotation = 0, bool flipH = false) =>
        $"<a:xfrm{(rotation == 0 ? "" : $" rot=\"{(long)(rotation * 60000)}\"")}{(flipH ? " flipH=\"1\"" : "")}><a:off x=\"{(long)(x * TestDeck.Emu)}\" y=\"{(long)(y * TestDeck.Emu)}\"/><a:ext cx=\"{(long)(w * TestDeck.Emu)}\" cy=\"{(long)(h * TestDeck.Emu)}\"/></a:xfrm>";

    internal void WriteTo(SlidePart part, SlideLayoutPart layout, NotesMasterPart? notesMaster, PresentationPart presentation, uint slideId)
    {
        part.AddPart(layout);
        foreach (var (id, chart, bytes) in media)
        {
            if (chart)
            {
                TestDeck.Feed(part.AddNewPart<ChartPart>(id), DeckParts.Chart);
            }
            else
            {
                var image = part.AddNewPart<ImagePart>("image/png", id);
                using var png = new MemoryStream(bytes ?? DeckParts.Png, writable: false);
                image.FeedData(png);
            }
        }
        if (NotesText is not null)
        {
            var notes = part.AddNewPart<NotesSlidePart>();
            TestDeck.Feed(notes, DeckParts.Notes(NotesText));
            notes.AddPart(notesMaster!);
            notes.AddPart(part);
        }
        if (comments.Count > 0)
            AddLegacyComments(part, presentation);
        var bg = background is null ? "" : $"<p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"{background}\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>";
        TestDeck.Feed(part, $"<p:sld {DeckParts.Ns}{(hidden ? " show=\"0\"" : "")}><p:cSld>{bg}{DeckParts.ShapeTreeStart}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>{(transition ? "<p:transition spd=\"med\"><p:fade/></p:transition>" : "")}{Timing()}</p:sld>");
    }

    private void AddLegacyComments(SlidePart part, PresentationPart presentation)
    {
        var authors = presentation.CommentAuthorsPart ?? presentation.AddNewPart<CommentAuthorsPart>();
        authors.CommentAuthorList ??= new P.CommentAuthorList(new P.CommentAuthor { Id = 0, Name = "Reviewer", Initials = "R", LastIndex = 0, ColorIndex = 0 });
        var author = authors.CommentAuthorList.Elements<P.CommentAuthor>().First();
        var list = new P.CommentList();
        foreach (var text in comments)
        {
            author.LastIndex = (author.LastIndex ?? 0) + 1;
            list.Append(new P.Comment(new P.Position { X = 10, Y = 10 }, new P.Text(text)) { AuthorId = 0, Index = author.LastIndex, DateTime = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        }
        part.AddNewPart<SlideCommentsPart>().CommentList = list;
        authors.CommentAuthorList.Save();
    }

    private string Timing()
    {
        if (animations == 0)
            return "";
        var id = 3;
        var effects = new StringBuilder();
        for (var i = 0; i < animations; i++)
        {
            effects.Append($"<p:par><p:cTn id=\"{id++}\" fill=\"hold\"><p:stCondLst><p:cond delay=\"indefinite\"/></p:stCondLst><p:childTnLst>")
                .Append($"<p:par><p:cTn id=\"{id++}\" fill=\"hold\"><p:stCondLst><p:cond delay=\"0\"/></p:stCondLst><p:childTnLst>")
                .Append($"<p:par><p:cTn id=\"{id++}\" presetID=\"1\" presetClass=\"entr\" presetSubtype=\"0\" fill=\"hold\" nodeType=\"clickEffect\"><p:stCondLst><p:cond delay=\"0\"/></p:stCondLst><p:childTnLst>")
                .Append($"<p:set><p:cBhvr><p:cTn id=\"{id++}\" dur=\"1\" fill=\"hold\"><p:stCondLst><p:cond delay=\"0\"/></p:stCondLst></p:cTn><p:tgtEl><p:spTgt spid=\"2\"/></p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst></p:cBhvr><p:to><p:strVal val=\"visible\"/></p:to></p:set>")
                .Append("</p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par>");
        }
        return "<p:timing><p:tnLst><p:par><p:cTn id=\"1\" dur=\"indefinite\" restart=\"never\" nodeType=\"tmRoot\"><p:childTnLst>"
            + $"<p:seq concurrent=\"1\" nextAc=\"seek\"><p:cTn id=\"2\" dur=\"indefinite\" nodeType=\"mainSeq\"><p:childTnLst>{effects}</p:childTnLst></p:cTn>"
            + "<p:prevCondLst><p:cond evt=\"onPrev\" delay=\"0\"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst><p:nextCondLst><p:cond evt=\"onNext\" delay=\"0\"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst></p:seq>"
            + "</p:childTnLst></p:cTn></p:par></p:tnLst></p:timing>";
    }
}
