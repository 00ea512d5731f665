using System.Globalization;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Office2021.PowerPoint.Comment;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;
using Pc = DocumentFormat.OpenXml.Office2016.Presentation.Command;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Review.Reports;

/// <summary>
/// Writes a copy of a deck with each finding as a modern comment on its slide (PowerPointAuthorsPart +
/// PowerPointCommentPart + the slide's commentRel extension), so the author can work through them in PowerPoint.
/// The original file is never opened for writing; the copy is written to a temp file and moved into place.
/// </summary>
public static class DeckAnnotation
{
    private const string CommentRelUri = "{6950BFC3-D8DA-4A85-94F7-54DA5524770B}";
    private const string AuthorName = "PreSales review";

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> with the findings as comments.</summary>
    public static void Write(string source, string target, IReadOnlyList<Finding> findings, DealLanguage language, DateTime? now = null)
    {
        var full = Path.GetFullPath(target);
        // Windows and macOS file systems ignore case: Deck.pptx there is deck.pptx.
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(full, Path.GetFullPath(source), comparison))
            throw new IOException("the annotated copy must not overwrite the reviewed deck");
        AtomicFile.Produce(full, temp =>
        {
            File.Copy(source, temp);
            // The same limit on XML as the review: the copy is a new read of a file that may have changed since.
            using var document = PresentationDocument.Open(temp, true, new OpenSettings { MaxCharactersInPart = PackageLimits.Default.MaxXmlCharacters });
            Annotate(document, findings, language, now ?? DateTime.UtcNow);
        });
    }

    /// <summary>A copy of a deck held in memory (an upload) with the findings as comments; the input array is not changed.</summary>
    public static byte[] Write(byte[] source, IReadOnlyList<Finding> findings, DealLanguage language, DateTime? now = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var stream = new MemoryStream();
        stream.Write(source);
        using (var document = PresentationDocument.Open(stream, true, new OpenSettings { MaxCharactersInPart = PackageLimits.Default.MaxXmlCharacters }))
            Annotate(document, findings, language, now ?? DateTime.UtcNow);
        return stream.ToArray();
    }

    private static void Annotate(PresentationDocument document, IReadOnlyList<Finding> findings, DealLanguage language, DateTime now)
    {
        var presentation = document.PresentationPart!;
        var authorId = AuthorId(presentation);
        var slideIds = presentation.Presentation!.SlideIdList!.Elements<P.SlideId>().ToList();
        foreach (var group in findings.GroupBy(f => Math.Clamp(f.Slide ?? 1, 1, Math.Max(1, slideIds.Count))))
        {
            if (slideIds.Count == 0)
                return;
            var slideId = slideIds[group.Key - 1];
            var slidePart = (SlidePart)presentation.GetPartById(slideId.RelationshipId!.Value!);
            var list = CommentList(slidePart);
            foreach (var finding in group)
                list.Append(Comment(finding, authorId, slideId.Id!.Value, language, now));
            list.Save();
        }
    }

    private static string AuthorId(PresentationPart presentation)
    {
        var part = presentation.authorsPart ?? presentation.AddNewPart<PowerPointAuthorsPart>();
        part.AuthorList ??= new C.AuthorList();
        var existing = part.AuthorList.Elements<C.Author>().FirstOrDefault(a => a.Name == AuthorName);
        if (existing?.Id?.Value is { } id)
            return id;
        id = "{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}";
        part.AuthorList.Append(new C.Author { Id = id, Name = AuthorName, Initials = "PS", UserId = AuthorName, ProviderId = "None" });
        part.AuthorList.Save();
        return id;
    }

    private static C.CommentList CommentList(SlidePart slidePart)
    {
        var part = slidePart.commentParts.FirstOrDefault();
        if (part is null)
        {
            part = slidePart.AddNewPart<PowerPointCommentPart>();
            var slide = slidePart.Slide!;
            var extensions = slide.SlideExtensionList ??= new P.SlideExtensionList();
            var extension = new P.SlideExtension { Uri = CommentRelUri };
            extension.AddNamespaceDeclaration("p188", "http://schemas.microsoft.com/office/powerpoint/2018/8/main");
            extension.Append(new C.CommentRelationship { Id = slidePart.GetIdOfPart(part) });
            extensions.Append(extension);
            slide.Save();
        }
        return part.CommentList ??= new C.CommentList();
    }

    private static C.Comment Comment(Finding finding, string authorId, uint slideId, DealLanguage language, DateTime now)
    {
        var severity = ReviewMarkdown.SeverityLabel(finding.Severity, language == DealLanguage.ZhCN);
        var where = finding.Shape is null ? "" : $" ({finding.Shape})";
        var text = $"[{severity}] {finding.Rule}{where}: {finding.Message.In(language)} → {finding.Suggestion.In(language)}";
        return new C.Comment(
            new Pc.SlideMonikerList(new Pc.DocumentMoniker(), new Pc.SlideMoniker { CId = 0, SldId = slideId }),
            new C.TextBodyType(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(text)))))
        {
            Id = "{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}",
            AuthorId = authorId,
            Created = DateTime.SpecifyKind(now, DateTimeKind.Utc),
        };
    }
}
