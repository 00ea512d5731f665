using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Documents.Word;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents;

/// <summary>Fills a template (the default one or a user's) with a document's content and returns the .docx bytes.</summary>
public static class DocumentRenderer
{
    /// <summary>Renders the content into the template; the template bytes are not changed.</summary>
    /// <param name="template">The .docx (or .dotx) template.</param>
    /// <param name="kind">The document kind, whose required tags the template must have.</param>
    /// <param name="content">What the document says.</param>
    /// <param name="language">The deal's language (messages; East Asian defaults for Chinese).</param>
    /// <exception cref="DocumentInputException">The template is not a Word document or lacks required tags.</exception>
    public static byte[] Render(byte[] template, DocumentKind kind, DocumentContent content, DealLanguage language)
    {
        var v = Vocabulary.For(language);
        using var stream = new MemoryStream(template.Length + 64 * 1024);
        stream.Write(template);
        stream.Position = 0;
        using (var document = Open(stream, v))
        {
            var missing = TemplateCheck.Missing(document, kind);
            if (missing.Count > 0)
                throw new DocumentInputException(
                    v.Pick($"模板缺少 {missing.Count} 个必需的内容控件标记:", $"the template lacks {missing.Count} required content-control tag(s):"),
                    missing.Select(m => m.Describe(v)).ToList());
            if (document.DocumentType != WordprocessingDocumentType.Document)
                document.ChangeDocumentType(WordprocessingDocumentType.Document);
            var main = document.MainDocumentPart!;
            var blocks = new WordBlocks(main, TextWidth(main), language == DealLanguage.ZhCN);
            new TemplateFiller(blocks).Fill(main.Document!, content);
            var plain = new TemplateFiller(blocks, plainOnly: true);
            foreach (var header in main.HeaderParts)
                plain.Fill(header.Header!, content);
            foreach (var footer in main.FooterParts)
                plain.Fill(footer.Footer!, content);
            if (language == DealLanguage.ZhCN)
                WordStyles.EnsureEastAsian(main);
            if (content["title"] is TextField title)
                document.PackageProperties.Title = title.Text;
        }
        return stream.ToArray();
    }

    private static WordprocessingDocument Open(Stream stream, Vocabulary v)
    {
        try
        {
            var document = WordprocessingDocument.Open(stream, true, new OpenSettings { AutoSave = true });
            if (document.MainDocumentPart?.Document?.Body is null)
            {
                document.Dispose();
                throw new DocumentInputException(v.Pick("模板不是 Word 文档(缺少正文)", "the template is not a Word document (it has no body)"));
            }
            return document;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw new DocumentInputException(v.Pick($"模板不是 Word 文档(.docx/.dotx):{e.Message}", $"the template is not a Word document (.docx/.dotx): {e.Message}"), e);
        }
    }

    private static int TextWidth(MainDocumentPart main)
    {
        var section = main.Document?.Body?.GetFirstChild<SectionProperties>() ?? main.Document?.Body?.Descendants<SectionProperties>().LastOrDefault();
        var size = section?.GetFirstChild<PageSize>();
        var margin = section?.GetFirstChild<PageMargin>();
        if (size?.Width?.Value is { } width && margin?.Left?.Value is { } left && margin.Right?.Value is { } right)
        {
            var text = (int)width - (int)left - (int)right;
            if (text > 2000)
                return text;
        }
        return DefaultTemplates.TextWidth;
    }
}
