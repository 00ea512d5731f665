using System.Xml.Linq;

namespace PreSales.DocGen.Packaging;

/// <summary>The XML namespaces of Office packages, declared once for every feature that reads or writes parts as XML.</summary>
public static class OpenXmlNamespaces
{
    /// <summary>DrawingML (<c>a:</c>).</summary>
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <summary>PresentationML (<c>p:</c>).</summary>
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    /// <summary>Relationship ids inside parts (<c>r:</c>).</summary>
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Markup compatibility (<c>mc:</c>).</summary>
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>PowerPoint's modern comments (<c>p188:</c>).</summary>
    public static readonly XNamespace P188 = "http://schemas.microsoft.com/office/powerpoint/2018/8/main";

    /// <summary>The package's <c>.rels</c> files.</summary>
    public static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary><c>[Content_Types].xml</c>.</summary>
    public static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
}
