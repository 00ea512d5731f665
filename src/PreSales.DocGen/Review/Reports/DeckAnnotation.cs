using System.Globalization;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Office2021.PowerPoint.Comment;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;
using Pc = DocumentFormat.OpenXml.Office2016.Presentation.Command;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Reports;

/// <summary>
/// Writes a copy of a deck with each finding as a modern comment on its slide (PowerPointAuthorsPart +
/// PowerPointCommentPart + the slide's commentRel extension), so the author can work through them in PowerPoint.
/// The original file is never opened for writing; the copy is written to a temp file and moved into place.
/// Slides are found by the part the review read them from, so a deck the review accepted — no slides, odd or
/// duplicate relationship ids, slide ids out of range — is annotated as the review numbered it; comments this tool
/// wrote earlier are replaced, never stacked. Anything else ends in <see cref="PackageRejectedException"/>.
/// </summary>
public static class DeckAnnotation
{
    private const string CommentRelUri = "{6950BFC3-D8DA-4A85-94F7-54DA5524770B}";
    private const string P188Namespace = "http://schemas.microsoft.com/office/powerpoint/2018/8/main";
    private const string AuthorName = "PreSales review";

    // The SDK builds its typed DOM recursively: a part nested thousands deep needs more than a default thread's stack.
    private const int StackBytes = 256 << 20;

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> with the findings as comments, reading the deck first.</summary>
    /// <exception cref="PackageRejectedException">The deck cannot be reviewed or annotated; the message says why.</exception>
    public static void Write(string source, string target, IReadOnlyList<Finding> findings, DealLanguage language, DateTime? now = null) =>
        Write(source, target, DeckReader.ReadToAnnotate(source), findings, language, now);

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> with the findings of its review as comments.</summary>
    /// <param name="source">The reviewed deck; only read.</param>
    /// <param name="target">The annotated copy to write.</param>
    /// <param name="deck">The facts the review read from <paramref name="source"/> (slide numbers and parts).</param>
    /// <param name="findings">The findings; whole-deck ones go on slide 1.</param>
    /// <param name="language">The comments' language.</param>
    /// <param name="now">The comments' time (UTC).</param>
    /// <returns>How many findings were written as comments (none when the deck has no slides).</returns>
    /// <exception cref="PackageRejectedException">The copy cannot be annotated; the message says why.</exception>
    /// <exception cref="OutputFileException">The target cannot or must not be written.</exception>
    public static int Write(string source, string target, DeckFacts deck, IReadOnlyList<Finding> findings, DealLanguage language, DateTime? now = null)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(findings);
        var full = Path.GetFullPath(target);
        // Windows and macOS file systems ignore case: Deck.pptx there is deck.pptx.
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(full, Path.GetFullPath(source), comparison))
            throw Refused("same-file", "带批注的副本不能覆盖被评审的文件；请换一个输出文件名。", "the annotated copy must not overwrite the reviewed deck; choose another output name.");
        var written = 0;
        AtomicFile.Produce(full, temp =>
        {
            File.Copy(source, temp);
            written = OnLargeStack(() => Annotate(temp, deck, findings, language, now ?? DateTime.UtcNow));
        });
        return written;
    }

    /// <summary>A copy of a deck held in memory (an upload) with the findings of its review as comments; the input array is not changed.</summary>
    /// <exception cref="PackageRejectedException">The copy cannot be annotated; the message says why.</exception>
    public static byte[] Write(byte[] source, DeckFacts deck, IReadOnlyList<Finding> findings, DealLanguage language, DateTime? now = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(findings);
        using var stream = new MemoryStream();
        stream.Write(source);
        OnLargeStack(() => Annotate(() => PresentationDocument.Open(stream, true, Settings), deck, findings, language, now ?? DateTime.UtcNow));
        return stream.ToArray();
    }

    // The same limit on XML as the review: the copy is a new read of a file that may have changed since.
    private static OpenSettings Settings => new() { MaxCharactersInPart = PackageLimits.Default.MaxXmlCharacters };

    private static int Annotate(string path, DeckFacts deck, IReadOnlyList<Finding> findings, DealLanguage language, DateTime now) =>
        Annotate(() => PresentationDocument.Open(path, true, Settings), deck, findings, language, now);

    private static int Annotate(Func<PresentationDocument> open, DeckFacts deck, IReadOnlyList<Finding> findings, DealLanguage language, DateTime now)
    {
        try
        {
            using var document = open();
            return Annotate(document, deck, findings, language, now);
        }
        catch (PackageRejectedException)
        {
            throw;
        }
#pragma warning disable CA1031 // whatever the SDK throws on a package it cannot change, the user gets one clear line
        catch (Exception e) when (e is not OutOfMemoryException and not OutputFileException)
#pragma warning restore CA1031
        {
            throw Refused("annotate-failed", "无法在副本中写入批注：文件结构异常（部件或关系有误）；请在 PowerPoint 中打开并另存后再试。评审报告不受影响。",
                "the comments cannot be written into the copy: the file's structure is unusual (its parts or relationships); open and save it in PowerPoint, then try again. The review report is unaffected.", e);
        }
    }

    private static int Annotate(PresentationDocument document, DeckFacts deck, IReadOnlyList<Finding> findings, DealLanguage language, DateTime now)
    {
        var presentation = document.PresentationPart
            ?? throw Refused("no-presentation", "文件中没有演示文稿部件。", "the file has no presentation part.");
        var parts = new Dictionary<string, SlidePart>(StringComparer.OrdinalIgnoreCase);
        var ids = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        foreach (var slideId in presentation.Presentation?.SlideIdList?.Elements<P.SlideId>() ?? [])
        {
            if (slideId.RelationshipId?.Value is { } rel && presentation.TryGetPartById(rel, out var part) && part is SlidePart slidePart)
            {
                parts.TryAdd(slidePart.Uri.OriginalString, slidePart);
                // An id out of the schema's range 256–2147483647 (negative, not a number) makes the deck invalid already;
                // the comment then names 256, so the comment part itself stays valid.
                ids.TryAdd(slidePart.Uri.OriginalString, uint.TryParse(slideId.Id?.InnerText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id is >= 256 and <= int.MaxValue ? id : 256);
            }
        }
        var author = Author(presentation.authorsPart);
        var written = 0;
        foreach (var slide in deck.Slides)
        {
            if (!parts.TryGetValue(slide.Part, out var slidePart))
                continue;
            var mine = findings.Where(f => Math.Clamp(f.Slide ?? 1, 1, deck.Slides.Count) == slide.Number).ToList();
            // Earlier comments of this tool go, on every slide, so a re-annotated copy never stacks them.
            if (author is not null)
                RemoveOurs(slidePart, author);
            if (mine.Count == 0)
                continue;
            author ??= NewAuthor(presentation);
            var list = CommentList(slidePart);
            foreach (var finding in mine)
                list.Append(Comment(finding, author, ids[slide.Part], language, now));
            list.Save();
            written += mine.Count;
        }
        return written;
    }

    private static string? Author(PowerPointAuthorsPart? part) =>
        part?.AuthorList?.Elements<C.Author>().FirstOrDefault(a => a.Name == AuthorName && a.Id?.Value is not null)?.Id!.Value;

    private static string NewAuthor(PresentationPart presentation)
    {
        var part = presentation.authorsPart ?? presentation.AddNewPart<PowerPointAuthorsPart>(NewRelationshipId());
        part.AuthorList ??= new C.AuthorList();
        var id = "{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}";
        part.AuthorList.Append(new C.Author { Id = id, Name = AuthorName, Initials = "PS", UserId = AuthorName, ProviderId = "None" });
        part.AuthorList.Save();
        return id;
    }

    private static void RemoveOurs(SlidePart slidePart, string author)
    {
        foreach (var part in slidePart.commentParts)
        {
            if (part.CommentList is not { } list)
                continue;
            var ours = list.Elements<C.Comment>().Where(c => c.AuthorId?.Value == author).ToList();
            if (ours.Count == 0)
                continue;
            foreach (var comment in ours)
                comment.Remove();
            list.Save();
        }
    }

    private static C.CommentList CommentList(SlidePart slidePart)
    {
        var slide = slidePart.Slide!;
        // extLst is the slide's last child; the SDK's own placement puts it first on slides holding
        // mc:AlternateContent (LibreOffice's transitions), which PowerPoint and the validator reject.
        var extensions = slide.SlideExtensionList ?? slide.AppendChild(new P.SlideExtensionList());
        var extension = extensions.Elements<P.SlideExtension>().FirstOrDefault(e => e.Uri?.Value == CommentRelUri);
        var linked = extension?.GetFirstChild<C.CommentRelationship>()?.Id?.Value is { } rel
            && slidePart.TryGetPartById(rel, out var found) && found is PowerPointCommentPart comments ? comments : null;
        var part = linked ?? slidePart.commentParts.FirstOrDefault();
        if (part is null || linked is null)
        {
            part ??= slidePart.AddNewPart<PowerPointCommentPart>(NewRelationshipId());
            // A stale extension (its part gone) is replaced; one extension per slide, pointing at the comment part.
            extension?.Remove();
            extension = new P.SlideExtension { Uri = CommentRelUri };
            extension.AddNamespaceDeclaration("p188", P188Namespace);
            extension.Append(new C.CommentRelationship { Id = slidePart.GetIdOfPart(part) });
            extensions.Append(extension);
            slide.Save();
        }
        return part.CommentList ??= new C.CommentList();
    }

    // Relationship ids of our own: a package's ids need not follow rId1, rId2…, so a counted one may already be taken.
    private static string NewRelationshipId() => "rPs" + Guid.NewGuid().ToString("N")[..16];

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

    private static T OnLargeStack<T>(Func<T> work)
    {
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // carried to the calling thread and rethrown there as it was
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    private static PackageRejectedException Refused(string code, string zh, string en, Exception? inner = null) =>
        new(new PackageProblem(code, zh, en), inner);
}
