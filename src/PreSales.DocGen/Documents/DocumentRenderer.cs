using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Documents.Word;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents;

/// <summary>Fills a template (the default one or a user's) with a document's content and returns the .docx bytes.</summary>
public static class DocumentRenderer
{
    /// <summary>Renders the content into the template; the template bytes are not changed.</summary>
    /// <param name="template">The .docx (or .dotx) template. Reading it is cached per array, so pass the same array again.</param>
    /// <param name="kind">The document kind, whose required tags the template must have.</param>
    /// <param name="content">What the document says.</param>
    /// <param name="language">The deal's language (messages; East Asian defaults for Chinese).</param>
    /// <exception cref="DocumentInputException">The template is not a Word document or lacks required tags.</exception>
    public static byte[] Render(byte[] template, DocumentKind kind, DocumentContent content, DealLanguage language)
    {
        var v = Vocabulary.For(language);
        var package = Checked(template, kind, v);
        var render = package.Start();
        var blocks = new WordBlocks(render, package.TextWidth, language == DealLanguage.ZhCN);
        new TemplateFiller(blocks).Fill(render.Document, content);
        var plain = new TemplateFiller(blocks, plainOnly: true);
        foreach (var (_, root) in render.HeadersAndFooters)
            plain.Fill(root, content);
        if (language == DealLanguage.ZhCN)
            render.EnsureEastAsian();
        return render.Write();
    }

    /// <summary>Checks a template for a kind as rendering would (a Word package within the limits, every required tag).</summary>
    /// <exception cref="DocumentInputException">Why it cannot be used, with every missing tag in the details.</exception>
    public static void Check(byte[] template, DocumentKind kind, DealLanguage language) => Checked(template, kind, Vocabulary.For(language));

    private static TemplatePackage Checked(byte[] template, DocumentKind kind, Vocabulary v)
    {
        var package = TemplatePackage.Of(template, v);
        var missing = package.Missing(kind);
        if (missing.Count > 0)
            throw new DocumentInputException(
                v.Pick($"模板缺少 {missing.Count} 个必需的内容控件标记:", $"the template lacks {missing.Count} required content-control tag(s):"),
                missing.Select(m => m.Describe(v)).ToList());
        return package;
    }
}
