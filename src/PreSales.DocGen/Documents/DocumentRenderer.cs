using DocumentFormat.OpenXml;
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
        // Unplaced notes must reach the minutes even on a company template without their control: found before filling.
        var orphans = Orphans(render.Document, content, v);
        new TemplateFiller(blocks, none: DocumentHeader.NoneText(v)).Fill(render.Document, content);
        var plain = new TemplateFiller(blocks, plainOnly: true);
        var marked = render.HeadersAndFooters.Any(h => HasTag(h.Root, "confidentiality"));
        foreach (var (_, root) in render.HeadersAndFooters)
            plain.Fill(root, content);
        if (!marked && Text(content, "confidentiality") is { Length: > 0 } mark)
            Mark(render, mark);
        if (orphans.Count > 0)
            Append(render.Document, blocks, orphans);
        var landscape = WideTables.Fit(render.Document);
        DocumentLayout.KeepTogether(render.Document);
        render.Properties = new DocumentProperties(
            Text(content, "title") ?? "", Text(content, "docSubject") ?? "", Text(content, "docAuthor") ?? "", Text(content, "docAuthor") ?? "",
            DateOnly.TryParseExact(Text(content, "date"), "yyyy-MM-dd", out var created) ? created : DateOnly.FromDateTime(DateTime.UtcNow),
            string.Join(" · ", new[] { Text(content, "docNumber"), Text(content, "confidentiality") }.Where(t => !string.IsNullOrEmpty(t))));
        if (language == DealLanguage.ZhCN)
        {
            WordPunctuation.ApplyTo(render.Document);
            foreach (var (_, root) in render.HeadersAndFooters)
                WordPunctuation.ApplyTo(root);
            render.Properties = render.Properties with { Title = ChinesePunctuation.Apply(render.Properties.Title) };
            render.EnsureEastAsian();
        }
        // Last, so the copies carry the headers as filled and punctuated.
        render.Widen(landscape);
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
                v.Pick($"模板缺少 {missing.Count} 个必需的内容控件标记：", $"the template lacks {missing.Count} required content-control tag(s):"),
                missing.Select(m => m.Describe(v)).ToList());
        return package;
    }

    // Fields whose lines must never be dropped, appended at the end when the template has no control for them.
    private static readonly (string Tag, string Zh, string En)[] MustShow = [("unplaced", "附：未归入章节的笔记", "Appendix: notes not placed in a section")];

    private static List<(string Heading, BlocksField Field)> Orphans(Document document, DocumentContent content, Vocabulary v) =>
        MustShow.Where(m => content[m.Tag] is BlocksField { Blocks: [TextBlock, ListBlock, ..] } && !HasTag(document, m.Tag))
            .Select(m => (v.Pick(m.Zh, m.En), (BlocksField)content[m.Tag]!))
            .ToList();

    private static void Append(Document document, WordBlocks blocks, List<(string Heading, BlocksField Field)> orphans)
    {
        var body = document.Body!;
        var anchor = body.Elements<SectionProperties>().LastOrDefault();
        foreach (var (heading, field) in orphans)
        {
            var elements = new List<OpenXmlElement> { new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), WordText.Run(heading)) };
            elements.AddRange(blocks.Render(field.Blocks));
            foreach (var element in elements)
            {
                if (anchor is null)
                    body.Append(element);
                else
                    body.InsertBefore(element, anchor);
            }
        }
    }

    private static bool HasTag(OpenXmlElement root, string tag) =>
        root.Descendants<SdtElement>().Any(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag);

    private static string? Text(DocumentContent content, string tag) => content[tag] is TextField t ? t.Text : null;

    // A company template's header without a confidentiality control: the mark goes first in each header, on its own
    // right-aligned line in the header's first run style, so the template's own header stays as it was below it.
    private static void Mark(TemplatePackage.Render render, string mark)
    {
        // A template without any header part gets one, referenced by every section, holding only the mark.
        if (!render.HeadersAndFooters.Any(h => h.Root is Header))
        {
            render.AddedHeader = new Header(MarkParagraph(mark));
            return;
        }
        foreach (var (_, root) in render.HeadersAndFooters)
        {
            if (root is not Header header || header.InnerText.Contains(mark, StringComparison.Ordinal))
                continue;
            header.InsertAt(MarkParagraph(mark), 0);
        }
    }

    private static Paragraph MarkParagraph(string mark) => new(
        new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Right }),
        WordText.Run(mark, new RunProperties(new Bold(), new FontSize { Val = "18" })));
}
