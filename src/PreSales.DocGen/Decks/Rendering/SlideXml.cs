using System.Globalization;
using System.Security;
using System.Text;
using PreSales.DocGen.Decks.Templates;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>Fonts and language for runs: placeholders inherit the template's fonts; runs we place ourselves name them.</summary>
/// <param name="Lang">The run language (zh-CN or en-US).</param>
/// <param name="EastAsian">The East Asian typeface for runs outside placeholders.</param>
internal sealed record RunStyle(string Lang, string EastAsian)
{
    public string Attributes => Lang == "zh-CN" ? "lang=\"zh-CN\" altLang=\"en-US\"" : "lang=\"en-US\"";

    public string Fonts => $"<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"{Escape(EastAsian)}\"/><a:cs typeface=\"+mn-cs\"/>";

    public static string Escape(string text) => SecurityElement.Escape(DeckText.Clean(text)) ?? "";
}

/// <summary>Writes one slide's XML: placeholders filled by index and type, text boxes, graphic frames, groups.</summary>
internal sealed class SlideXml
{
    private const string End = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";

    // The part's XML as it is written, its opening already in place, so Build copies it once.
    private readonly StringBuilder shapes = new(4096);
    private readonly RunStyle style;
    private uint nextId = 2;

    public SlideXml(RunStyle style)
    {
        this.style = style;
        shapes.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sld {TemplateBuilder.Ns}><p:cSld><p:spTree>{TemplateBuilder.GroupProps}");
    }

    public uint NextId() => nextId++;

    public StringBuilder Raw => shapes;

    public string Build()
    {
        var length = shapes.Length;
        var xml = shapes.Append(End).ToString();
        shapes.Length = length;
        return xml;
    }

    /// <summary>A placeholder with text; the slot's type and index bind it to the layout, so the template controls the look.</summary>
    public void Placeholder(PlaceholderSlot slot, IReadOnlyList<BodyItem> items, Rect? moveTo = null, double fontScale = 1, string listStyle = PlaceholderStyle.Empty, Backing? fill = null)
    {
        // A placeholder without an index binds ambiguously when a layout has several: give it the slot's own geometry.
        if (moveTo is null && (slot.Placed || slot.Index is null && !slot.IsTitle))
            moveTo = slot.Rect;
        var id = NextId();
        var ph = new StringBuilder("<p:ph");
        if (slot.Type is not null and not "obj")
            ph.Append(" type=\"").Append(slot.Type).Append('"');
        if (slot.Index is { } idx)
            ph.Append(" idx=\"").Append(idx.ToString(CultureInfo.InvariantCulture)).Append('"');
        ph.Append("/>");
        var name = slot.IsTitle ? "Title" : slot.Type == "subTitle" ? "Subtitle" : "Content";
        shapes.Append(CultureInfo.InvariantCulture, $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name} {id}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>");
        var backing = fill is { } f ? $"<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill>{Color(f.Color.Hex, f.Opacity)}</a:solidFill>" : "";
        shapes.Append(moveTo is { } r ? $"<p:spPr>{Xfrm(r)}{backing}</p:spPr>" : backing.Length > 0 ? $"<p:spPr>{backing}</p:spPr>" : "<p:spPr/>");
        var autofit = slot.IsTitle ? "<a:normAutofit/>" : fontScale < 0.999
            ? $"<a:normAutofit fontScale=\"{(int)(fontScale * 100000)}\" lnSpcReduction=\"10000\"/>" : "<a:normAutofit/>";
        // A backing drawn around the text's lines keeps the text where it was measured, inside these insets.
        var insets = fill?.Insets is { } i ? string.Create(CultureInfo.InvariantCulture, $" lIns=\"{i.Side}\" rIns=\"{i.Side}\" tIns=\"{i.Top}\" bIns=\"{i.Top}\"") : "";
        shapes.Append("<p:txBody><a:bodyPr").Append(insets).Append('>').Append(autofit).Append("</a:bodyPr>").Append(listStyle);
        foreach (var item in items)
        {
            shapes.Append("<a:p>");
            if (item.Level > 0)
                shapes.Append(CultureInfo.InvariantCulture, $"<a:pPr lvl=\"{Math.Min(item.Level, 8)}\"/>");
            // A line break the fitter chose (BodyFit: at a separator, so no line is left with a word or two) is a
            // soft break inside the paragraph: one bullet still.
            var lines = item.Text.Split('\n');
            for (var n = 0; n < lines.Length; n++)
            {
                if (n > 0)
                    shapes.Append(CultureInfo.InvariantCulture, $"<a:br><a:rPr {style.Attributes} dirty=\"0\"/></a:br>");
                shapes.Append(CultureInfo.InvariantCulture, $"<a:r><a:rPr {style.Attributes} dirty=\"0\"/><a:t>{RunStyle.Escape(lines[n])}</a:t></a:r>");
            }
            shapes.Append("</a:p>");
        }
        shapes.Append("</p:txBody></p:sp>");
    }

    /// <summary>A text box outside placeholders: its fonts, size and colour are set on its runs.</summary>
    public void TextBox(Rect rect, string text, int size, string color, bool bold, string align = "ctr", string anchor = "ctr")
    {
        var id = NextId();
        shapes.Append(CultureInfo.InvariantCulture, $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Text {id}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>")
            .Append("<p:spPr>").Append(Xfrm(rect)).Append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>")
            .Append(CultureInfo.InvariantCulture, $"<p:txBody><a:bodyPr wrap=\"square\" lIns=\"45720\" rIns=\"45720\" anchor=\"{anchor}\"><a:normAutofit/></a:bodyPr><a:lstStyle/>")
            .Append(CultureInfo.InvariantCulture, $"<a:p><a:pPr algn=\"{align}\"/>{Run(text, size, color, bold)}</a:p></p:txBody></p:sp>");
    }

    /// <summary>A run with its size, colour and both typefaces.</summary>
    public string Run(string text, int size, string color, bool bold) =>
        $"<a:r><a:rPr {style.Attributes} sz=\"{size}\"{(bold ? " b=\"1\"" : "")} dirty=\"0\"><a:solidFill>{Color(color)}</a:solidFill>{style.Fonts}</a:rPr><a:t>{RunStyle.Escape(text)}</a:t></a:r>";

    /// <summary>A colour: a scheme colour name or a hex RGB value.</summary>
    public static string Color(string color) =>
        color.Length == 6 && color.All(Uri.IsHexDigit) ? $"<a:srgbClr val=\"{color}\"/>" : $"<a:schemeClr val=\"{color}\"/>";

    /// <summary>An RGB colour with its opacity (a:alpha, thousandths of a percent) when under 1.</summary>
    public static string Color(string hex, double opacity) =>
        opacity >= 1 ? Color(hex) : string.Create(CultureInfo.InvariantCulture, $"<a:srgbClr val=\"{hex}\"><a:alpha val=\"{(int)Math.Round(opacity * 100000)}\"/></a:srgbClr>");

    public static string Xfrm(Rect r) =>
        string.Create(CultureInfo.InvariantCulture, $"<a:xfrm><a:off x=\"{r.X}\" y=\"{r.Y}\"/><a:ext cx=\"{r.Width}\" cy=\"{r.Height}\"/></a:xfrm>");

    public static string FrameXfrm(Rect r) =>
        string.Create(CultureInfo.InvariantCulture, $"<p:xfrm><a:off x=\"{r.X}\" y=\"{r.Y}\"/><a:ext cx=\"{r.Width}\" cy=\"{r.Height}\"/></p:xfrm>");
}
