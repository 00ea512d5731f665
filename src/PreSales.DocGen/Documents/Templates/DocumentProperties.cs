using System.Globalization;
using System.Text;
using System.Xml.Linq;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Documents.Templates;

/// <summary>
/// The properties Word shows under File → Info and a document system files by: set from the deal on every document,
/// a company template's own ("Title", "Author", 2017) replaced.
/// </summary>
/// <param name="Title">The document's title.</param>
/// <param name="Subject">Its subject: the customer and the project.</param>
/// <param name="Author">Its author (creator and last modified by): our company.</param>
/// <param name="Company">The company (extended properties).</param>
/// <param name="Created">When it was made (the document's date).</param>
/// <param name="Keywords">Keywords: the document number and the confidentiality mark.</param>
public sealed record DocumentProperties(string Title, string Subject, string Author, string Company, DateOnly Created, string Keywords)
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    /// <summary>docProps/core.xml.</summary>
    public byte[] Core()
    {
        var when = Created.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp), new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms), new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", Title),
            new XElement(Dc + "subject", Subject),
            new XElement(Dc + "creator", Author),
            new XElement(Cp + "keywords", Keywords),
            new XElement(Cp + "lastModifiedBy", Author),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), when),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), when));
        return Bytes(root);
    }

    /// <summary>docProps/app.xml: the template's with the company set, or a new one.</summary>
    public byte[] App(byte[]? template)
    {
        XElement root;
        if (template is not null)
        {
            root = SafeXml.Parse(Encoding.UTF8.GetString(template).TrimStart('\uFEFF')).Root!;
            root.Element(Ep + "Company")?.Remove();
        }
        else
        {
            root = new XElement(Ep + "Properties", new XElement(Ep + "Application", "PreSales"));
        }
        root.Add(new XElement(Ep + "Company", Company));
        return Bytes(root);
    }

    private static byte[] Bytes(XElement root) =>
        Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + root.ToString(SaveOptions.DisableFormatting));
}
