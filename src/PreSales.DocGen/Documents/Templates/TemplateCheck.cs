using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFormat.OpenXml;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Templates;

/// <summary>A required tag a template lacks.</summary>
/// <param name="Tag">The missing tag.</param>
/// <param name="Within">For an inner tag of a repeat: the repeat's tag.</param>
/// <param name="Shape">What the control should hold.</param>
public sealed record MissingTag(string Tag, string? Within, TagShape Shape)
{
    /// <summary>The line a user reads, in the language.</summary>
    public string Describe(Vocabulary v)
    {
        var shape = Shape switch
        {
            TagShape.Text => v.Pick("纯文本内容控件", "a plain text content control"),
            TagShape.Blocks => v.Pick("格式文本内容控件（段落级或表格单元格内）", "a rich text content control (a paragraph of its own, or in a table cell)"),
            _ => v.Pick("重复节内容控件（包住表格行或段落）", "a repeating section content control (around a table row or paragraphs)"),
        };
        return Within is null
            ? v.Pick($"缺少标记为 \"{Tag}\" 的{shape}", $"no {shape} tagged \"{Tag}\"")
            : v.Pick($"\"{Within}\" 内缺少标记为 \"{Tag}\" 的{shape}", $"no {shape} tagged \"{Tag}\" inside \"{Within}\"");
    }
}

/// <summary>Checks that a template has every required tag of a document kind, each where it must be.</summary>
public static class TemplateCheck
{
    /// <summary>The required tags the document lacks (empty when it has them all).</summary>
    public static IReadOnlyList<MissingTag> Missing(WordprocessingDocument document, DocumentKind kind)
    {
        var roots = new List<OpenXmlElement>();
        if (document.MainDocumentPart?.Document is { } body)
            roots.Add(body);
        foreach (var header in document.MainDocumentPart?.HeaderParts ?? [])
            roots.Add(header.Header);
        foreach (var footer in document.MainDocumentPart?.FooterParts ?? [])
            roots.Add(footer.Footer);
        return Missing(roots, kind);
    }

    /// <summary>The required tags missing from the body, headers and footers given.</summary>
    public static IReadOnlyList<MissingTag> Missing(IEnumerable<OpenXmlElement> roots, DocumentKind kind)
    {
        var controls = roots.SelectMany(r => r.Descendants<SdtElement>()).ToList();
        var missing = new List<MissingTag>();
        foreach (var spec in TemplateTags.For(kind))
        {
            var found = controls.Where(c => TemplateFiller.TagOf(c) == spec.Tag).ToList();
            if (found.Count == 0)
            {
                if (spec.Required)
                    missing.Add(new MissingTag(spec.Tag, null, spec.Shape));
                continue;
            }
            foreach (var inner in spec.Inner.Where(i => i.Required))
            {
                if (!found.Any(f => f.Descendants<SdtElement>().Any(d => TemplateFiller.TagOf(d) == inner.Tag)))
                    missing.Add(new MissingTag(inner.Tag, spec.Tag, inner.Shape));
            }
        }
        return missing;
    }
}
