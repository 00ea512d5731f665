using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;
using MdBlock = Markdig.Syntax.Block;
using MdList = Markdig.Syntax.ListBlock;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>The exchange read from meeting notes, and what the reader could not place.</summary>
/// <param name="Exchange">The exchange.</param>
/// <param name="Sections">The sections found, in note order.</param>
/// <param name="Unrecognised">Headings at section level that name no section; their text stays in the section before.</param>
public sealed record NotesReading(Exchange Exchange, IReadOnlyList<MinutesSection> Sections, IReadOnlyList<string> Unrecognised);

/// <summary>One section of the notes: its blocks and the Markdown source.</summary>
internal sealed record NoteSection(MinutesSection Section, string Heading, List<MdBlock> Blocks, string Source);

/// <summary>
/// Reads the Markdown notes a pre-sales engineer types during a meeting into an <see cref="Exchange"/>: headings name
/// the nine sections (<see cref="NoteHeadings"/>), labels such as "客户:" or "Our side:" split a section's parts,
/// list items become entries, tables of questions or actions are read by their column names.
/// </summary>
public static partial class MeetingNotes
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>Reads notes about a deal.</summary>
    /// <param name="markdown">The notes.</param>
    /// <param name="deal">The deal (stakeholder names are matched to ids; the stage is the deal's).</param>
    /// <param name="fallbackDate">The date when the notes give none.</param>
    /// <exception cref="DocumentInputException">No heading names a section.</exception>
    public static NotesReading Read(string markdown, Deal deal, DateOnly fallbackDate)
    {
        var v = Vocabulary.For(deal.Language);
        var document = Markdown.Parse(markdown, Pipeline);
        var sections = new List<NoteSection>();
        var preamble = new List<MdBlock>();
        var unrecognised = new List<string>();
        var sectionLevel = 0;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                var text = InlineText(heading.Inline);
                var section = sectionLevel == 0 || heading.Level <= sectionLevel ? NoteHeadings.Recognise(text) : null;
                if (section is { } s && (sections.Count == 0 || sections[^1].Section != s))
                {
                    sections.Add(new NoteSection(s, text.Trim(), [], markdown));
                    sectionLevel = heading.Level;
                    continue;
                }
                if (sections.Count > 0 && section is null && heading.Level <= sectionLevel)
                    unrecognised.Add(text);
            }
            (sections.Count > 0 ? sections[^1].Blocks : preamble).Add(block);
        }
        if (sections.Count == 0)
            throw new DocumentInputException(
                v.Pick("笔记中没有可识别的章节标题;请用标题(#、##)写出以下章节之一:", "the notes have no heading that names a section; use headings (#, ##) such as:"),
                Enum.GetValues<MinutesSection>().Select(s => $"{MinutesSections.Title(s, Vocabulary.For(DealLanguage.ZhCN))} / {MinutesSections.Title(s, Vocabulary.For(DealLanguage.EnUS))}").ToList());
        var exchange = Preamble(preamble, markdown, deal, fallbackDate, v);
        foreach (var section in sections)
            exchange = NoteSectionReader.Apply(exchange, section, deal, v);
        return new NotesReading(exchange, sections.Select(s => s.Section).ToList(), unrecognised);
    }

    private static Exchange Preamble(List<MdBlock> blocks, string markdown, Deal deal, DateOnly fallbackDate, Vocabulary v)
    {
        string? title = null;
        var date = (DateOnly?)null;
        string? place = null;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading && title is null)
            {
                title = InlineText(heading.Inline).Trim();
                date ??= FindDate(title);
                continue;
            }
            foreach (var line in Source(block, markdown).Split('\n'))
            {
                var (label, value) = Label(line);
                if (label is null)
                    continue;
                if (label is "日期" or "时间" or "date" or "when")
                    date ??= FindDate(value);
                else if (label is "地点" or "place" or "where" or "location")
                    place ??= value;
                else if (label is "主题" or "标题" or "title" or "subject")
                    title ??= value;
            }
        }
        var when = date ?? fallbackDate;
        return new Exchange
        {
            Date = when,
            Kind = ExchangeKind.Formal,
            Status = ExchangeStatus.Held,
            Stage = deal.Stage,
            Title = string.IsNullOrWhiteSpace(title) ? v.Pick($"{DocumentHeader.FormatDate(when)} 交流", $"Exchange of {DocumentHeader.FormatDate(when)}") : title,
            Place = place,
        };
    }

    /// <summary>"标签:值" / "Label: value" → (normalised label, value); (null, "") when the line has no label.</summary>
    internal static (string? Label, string Value) Label(string line)
    {
        var match = LabelPattern().Match(line.Trim().TrimStart('-', '*', '+', ' ').Replace("**", "", StringComparison.Ordinal));
        return match.Success ? (match.Groups[1].Value.Trim().ToLowerInvariant(), match.Groups[2].Value.Trim()) : (null, "");
    }

    /// <summary>
    /// The first date in a text: 2026-03-15, 2026/3/15, 2026.3.15 or 2026年3月15日, full-width digits included; with a
    /// <paramref name="reference"/> (the meeting's date) also 12月5日 or 12月5号 without a year — the first such day on or
    /// after the reference, as notes speak of what comes next.
    /// </summary>
    internal static DateOnly? FindDate(string text, DateOnly? reference = null)
    {
        text = text.Normalize(System.Text.NormalizationForm.FormKC);
        if (DatePattern().Match(text) is { Success: true } full)
            return Date(Number(full.Groups[1]), Number(full.Groups[2]), Number(full.Groups[3]));
        if (reference is not { } from || MonthDayPattern().Match(text) is not { Success: true } md)
            return null;
        var (m, d) = (Number(md.Groups[1]), Number(md.Groups[2]));
        var date = Date(from.Year, m, d);
        return date is { } same && same < from ? Date(from.Year + 1, m, d) : date;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static DateOnly? Date(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>The plain text of inlines.</summary>
    internal static string InlineText(ContainerInline? inline) => inline is null ? "" : string.Concat(inline.Descendants<Inline>().Select(i => i switch
    {
        LiteralInline l => l.Content.ToString(),
        CodeInline c => c.Content,
        LineBreakInline => " ",
        HtmlInline h => h.Tag,
        _ => "",
    }));

    /// <summary>The Markdown source of a block, with the block's own indentation removed from every line.</summary>
    internal static string Source(MdBlock block, string markdown)
    {
        if (block.Span.IsEmpty || block.Span.End >= markdown.Length + 1)
            return "";
        var end = Math.Min(block.Span.End + 1, markdown.Length);
        var text = markdown[block.Span.Start..end];
        var indent = block.Column;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var cut = 0;
            while (cut < indent && cut < lines[i].Length && lines[i][cut] == ' ')
                cut++;
            lines[i] = lines[i][cut..];
        }
        return string.Join("\n", lines).Trim();
    }

    [GeneratedRegex(@"^([\p{L} ]{1,24}?)\s*[::]\s*(.*)$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")]
    private static partial Regex MonthDayPattern();
}
