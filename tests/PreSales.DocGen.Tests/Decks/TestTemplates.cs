using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PreSales.DocGen.Decks.Templates;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>The differently made templates the deck tests render onto.</summary>
public static class TestTemplates
{
    /// <summary>The default template, as committed.</summary>
    public static byte[] Default() => File.ReadAllBytes(Repo.Templates("pitch-deck.pptx"));

    /// <summary>Made by LibreOffice Impress (layouts "Title, Content", …), with an example slide.</summary>
    public static byte[] LibreOffice() => File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "fixtures", "templates", "libreoffice-impress.pptx"));

    /// <summary>Layouts named in Chinese, another palette and typefaces, an example slide.</summary>
    public static byte[] Chinese() => TemplateBuilder.Build(new TemplateDesign
    {
        Layouts = TemplateDesign.ChineseLayouts,
        LatinFont = "Calibri",
        EastAsianFont = "Noto Sans CJK SC",
        Dark = "3B0A45",
        Accent = "7B2D8B",
        ExampleSlide = true,
    });

    /// <summary>Made with the SDK from scratch, layouts with names nobody knows: only their placeholders tell what they are for.</summary>
    public static byte[] Unnamed() => TemplateBuilder.Build(new TemplateDesign
    {
        Layouts = [new("Corporate A", "obj"), new("Corporate B", "titleOnly"), new("Corporate C", "twoObj"), new("Corporate D", "title")],
        EastAsianFont = "",
    });

    /// <summary>A template whose only layout has no title placeholder.</summary>
    public static byte[] NoUsableLayout() => TemplateBuilder.Build(new TemplateDesign { Layouts = [new("Blank", "blank")] });

    /// <summary>The default template saved as a .potx (template content type).</summary>
    public static byte[] AsPotx(byte[] pptx)
    {
        using var stream = new MemoryStream();
        stream.Write(pptx);
        using (var doc = PresentationDocument.Open(stream, true))
            doc.ChangeDocumentType(PresentationDocumentType.Template);
        return stream.ToArray();
    }

    public static IEnumerable<object[]> All() =>
    [
        ["default", Default()], ["libreoffice", LibreOffice()], ["chinese", Chinese()], ["unnamed", Unnamed()], ["potx", AsPotx(Default())],
    ];

    /// <summary>The validator's errors, one line each.</summary>
    public static List<string> Errors(byte[] pptx)
    {
        using var doc = PresentationDocument.Open(new MemoryStream(pptx), false);
        return new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }
}
