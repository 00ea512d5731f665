using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// Names and reader settings for the XML the reader walks. Part XML is parsed with an XmlReader into LINQ to XML —
/// DTDs prohibited, size limited — which is several times cheaper than the SDK's typed DOM and keeps the review fast.
/// </summary>
internal static class OoXml
{
    public static readonly XNamespace A = OpenXmlNamespaces.A;
    public static readonly XNamespace P = OpenXmlNamespaces.P;
    public static readonly XNamespace R = OpenXmlNamespaces.R;
    public static readonly XNamespace Mc = OpenXmlNamespaces.Mc;
    public static readonly XNamespace P188 = OpenXmlNamespaces.P188;

    // Element names, resolved once: XNamespace + string costs a hash lookup on every use.
    public static readonly XName ABodyPr = A + "bodyPr";
    public static readonly XName AChExt = A + "chExt";
    public static readonly XName AChOff = A + "chOff";
    public static readonly XName AClrScheme = A + "clrScheme";
    public static readonly XName ADefRPr = A + "defRPr";
    public static readonly XName AEffectLst = A + "effectLst";
    public static readonly XName AExt = A + "ext";
    public static readonly XName AExtLst = A + "extLst";
    public static readonly XName AFillRef = A + "fillRef";
    public static readonly XName AFontRef = A + "fontRef";
    public static readonly XName AFontScheme = A + "fontScheme";
    public static readonly XName AGradFill = A + "gradFill";
    public static readonly XName AGraphic = A + "graphic";
    public static readonly XName AGraphicData = A + "graphicData";
    public static readonly XName ALstStyle = A + "lstStyle";
    public static readonly XName ANoAutofit = A + "noAutofit";
    public static readonly XName ANormAutofit = A + "normAutofit";
    public static readonly XName AOff = A + "off";
    public static readonly XName AP = A + "p";
    public static readonly XName APPr = A + "pPr";
    public static readonly XName APrstTxWarp = A + "prstTxWarp";
    public static readonly XName ARPr = A + "rPr";
    public static readonly XName ASolidFill = A + "solidFill";
    public static readonly XName ASpAutoFit = A + "spAutoFit";
    public static readonly XName AT = A + "t";
    public static readonly XName ATbl = A + "tbl";
    public static readonly XName ATblPr = A + "tblPr";
    public static readonly XName ATc = A + "tc";
    public static readonly XName AThemeElements = A + "themeElements";
    public static readonly XName ATr = A + "tr";
    public static readonly XName ATxBody = A + "txBody";
    public static readonly XName AXfrm = A + "xfrm";
    public static readonly XName McAlternateContent = Mc + "AlternateContent";
    public static readonly XName McChoice = Mc + "Choice";
    public static readonly XName McFallback = Mc + "Fallback";
    public static readonly XName PBg = P + "bg";
    public static readonly XName PBgPr = P + "bgPr";
    public static readonly XName PBgRef = P + "bgRef";
    public static readonly XName PBodyStyle = P + "bodyStyle";
    public static readonly XName PCNvPr = P + "cNvPr";
    public static readonly XName PCSld = P + "cSld";
    public static readonly XName PCTn = P + "cTn";
    public static readonly XName PClrMap = P + "clrMap";
    public static readonly XName PCm = P + "cm";
    public static readonly XName PDefaultTextStyle = P + "defaultTextStyle";
    public static readonly XName PExtLst = P + "extLst";
    public static readonly XName PGrpSpPr = P + "grpSpPr";
    public static readonly XName PNvCxnSpPr = P + "nvCxnSpPr";
    public static readonly XName PNvGraphicFramePr = P + "nvGraphicFramePr";
    public static readonly XName PNvPicPr = P + "nvPicPr";
    public static readonly XName PNvPr = P + "nvPr";
    public static readonly XName PNvSpPr = P + "nvSpPr";
    public static readonly XName POtherStyle = P + "otherStyle";
    public static readonly XName PPh = P + "ph";
    public static readonly XName PSldId = P + "sldId";
    public static readonly XName PSldIdLst = P + "sldIdLst";
    public static readonly XName PSldSz = P + "sldSz";
    public static readonly XName PSp = P + "sp";
    public static readonly XName PSpPr = P + "spPr";
    public static readonly XName PSpTree = P + "spTree";
    public static readonly XName PStyle = P + "style";
    public static readonly XName PText = P + "text";
    public static readonly XName PTiming = P + "timing";
    public static readonly XName PTitleStyle = P + "titleStyle";
    public static readonly XName PTransition = P + "transition";
    public static readonly XName PTxBody = P + "txBody";
    public static readonly XName PTxStyles = P + "txStyles";
    public static readonly XName PXfrm = P + "xfrm";
    public static readonly XName P188Cm = P188 + "cm";
    public static readonly XName P188TxBody = P188 + "txBody";
    public static readonly XName RId = R + "id";

    /// <summary>Reader settings for part XML: <see cref="SafeXml"/>'s, skipping comments and processing instructions.</summary>
    public static XmlReaderSettings Settings(long maxCharacters)
    {
        var settings = SafeXml.Settings(maxCharacters);
        settings.IgnoreComments = true;
        settings.IgnoreProcessingInstructions = true;
        return settings;
    }

    /// <summary>An integer attribute, or null.</summary>
    public static long? Long(this XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A boolean attribute (1/true/on), or null.</summary>
    public static bool? Bool(this XElement? element, string attribute) =>
        (string?)element?.Attribute(attribute) switch
        {
            "1" or "true" or "on" => true,
            "0" or "false" or "off" => false,
            _ => null,
        };

    /// <summary>A string attribute, or null.</summary>
    public static string? Text(this XElement? element, string attribute) => (string?)element?.Attribute(attribute);
}
