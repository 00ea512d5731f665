using System.Globalization;
using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>How one line of the notes was understood.</summary>
/// <param name="Number">The 1-based line number in the notes.</param>
/// <param name="Text">The line as typed.</param>
/// <param name="Section">Where it landed: a section's slug (<see cref="NoteLines.Slug"/>), "header" (title, date, time, place) or "unplaced".</param>
/// <param name="As">What it was read as: heading, part, title, date, place, attendee, ourAttendee, agenda, question, answer, action, item, tableHeader, tableRow, text.</param>
public sealed record NoteLine(int Number, string Text, string Section, string As);

/// <summary>A warning about the notes, naming the line it is about.</summary>
/// <param name="Line">The 1-based line number (0 when it is about the notes as a whole).</param>
/// <param name="Message">The message in Chinese and English.</param>
public sealed record NoteWarning(int Line, Bilingual Message);

/// <summary>The exchange read from meeting notes, how every non-empty line was understood, and the warnings.</summary>
/// <param name="Exchange">The exchange; lines that fit no section are in its <see cref="Exchange.UnplacedNotes"/>.</param>
/// <param name="Sections">The sections found, in note order.</param>
/// <param name="Unrecognised">Headings at section level that name no section; their lines stay in the section before.</param>
/// <param name="Lines">Every non-empty line with where it landed.</param>
/// <param name="Warnings">Lines that could not be placed, unknown headings, dates that could not be read.</param>
public sealed record NotesReading(
    Exchange Exchange,
    IReadOnlyList<MinutesSection> Sections,
    IReadOnlyList<string> Unrecognised,
    IReadOnlyList<NoteLine> Lines,
    IReadOnlyList<NoteWarning> Warnings);

/// <summary>Section slugs for <see cref="NoteLine.Section"/>.</summary>
public static class NoteLines
{
    /// <summary>The slug of lines in the header (title, date, time, place).</summary>
    public const string Header = "header";

    /// <summary>The slug of lines no section could take.</summary>
    public const string Unplaced = "unplaced";

    /// <summary>The slug of a section: its name in camelCase, e.g. "questionsAndAnswers".</summary>
    public static string Slug(MinutesSection section) => JsonNamingPolicySlug(section.ToString());

    private static string JsonNamingPolicySlug(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>
/// Reads the notes a pre-sales engineer types during a meeting into an <see cref="Exchange"/>, line by line, so that no
/// line is lost: sections start at Markdown headings, bold lines or label lines ("问答：", "Q&amp;A") naming one of the
/// nine sections (<see cref="NoteHeadings"/>); full-width and half-width punctuation are read alike; lists, nested
/// lists, tables and paragraphs are read in any section; what fits nowhere is kept as unplaced notes and warned about
/// with its line number.
/// </summary>
public static partial class MeetingNotes
{
    /// <summary>Reads notes about a deal.</summary>
    /// <param name="markdown">The notes.</param>
    /// <param name="deal">The deal (stakeholder names are matched to ids; our people are known from earlier exchanges).</param>
    /// <param name="fallbackDate">The date when the notes give none (a warning says so).</param>
    /// <exception cref="DocumentInputException">No line names a section.</exception>
    public static NotesReading Read(string markdown, Deal deal, DateOnly fallbackDate) => new NoteReader(markdown, deal, fallbackDate).Read();

    /// <summary>Full-width ASCII forms (：（），；！？ and the rest) and the ideographic space folded to ASCII, one character for one, so positions stay.</summary>
    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uFF01' and <= '\uFF5E')
                chars[i] = (char)(chars[i] - 0xFEE0);
            else if (chars[i] == '\u3000')
                chars[i] = ' ';
            else if (chars[i] is '【')
                chars[i] = '[';
            else if (chars[i] is '】')
                chars[i] = ']';
        }
        return new string(chars);
    }

    /// <summary>"标签:值" / "标签：值" / "Label: value" → (lower-case label, value); (null, "") when the line has no label.</summary>
    internal static (string? Label, string Value) Label(string line)
    {
        // The value keeps the line's own punctuation (full-width stays full-width); only the matching is folded.
        var text = line.Trim().TrimStart('-', '*', '+', ' ', '\u3000').Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        var match = LabelPattern().Match(Fold(text));
        return match.Success
            ? (match.Groups[1].Value.Trim().ToLowerInvariant(), text.Substring(match.Groups[2].Index, match.Groups[2].Length).Trim())
            : (null, "");
    }

    /// <summary>
    /// The first date in a text: 2026-03-15, 2026/3/15, 2026.3.15 or 2026年3月15日 (full-width digits too); with a
    /// <paramref name="reference"/> (the meeting's date) also 12月5日, 11/25, 12/8, 下周五, 本周内, 月底, 明天 and the like —
    /// a date without a year is the first such day on or after the reference, as notes speak of what comes next.
    /// </summary>
    internal static DateOnly? FindDate(string text, DateOnly? reference = null) => FindDateSpan(text, reference)?.Date;

    /// <summary>The first date in a text and where it is (to cut it out of an item).</summary>
    internal static (DateOnly Date, int Index, int Length)? FindDateSpan(string text, DateOnly? reference = null)
    {
        text = Fold(text);
        if (DatePattern().Match(text) is { Success: true } full && Date(Number(full.Groups[1]), Number(full.Groups[2]), Number(full.Groups[3])) is { } d0)
            return (d0, full.Index, full.Length);
        if (reference is not { } from)
            return null;
        if (MonthDayPattern().Match(text) is { Success: true } md && Next(from, Number(md.Groups[1]), Number(md.Groups[2])) is { } d1)
            return (d1, md.Index, md.Length);
        if (SlashPattern().Match(text) is { Success: true } slash && Next(from, Number(slash.Groups[1]), Number(slash.Groups[2])) is { } d2)
            return (d2, slash.Index, slash.Length);
        if (RelativePattern().Match(text) is { Success: true } rel && Relative(rel.Value, from) is { } d3)
            return (d3, rel.Index, rel.Length);
        return null;
    }

    private static DateOnly? Next(DateOnly from, int m, int d)
    {
        var date = Date(from.Year, m, d);
        return date is { } same && same < from ? Date(from.Year + 1, m, d) : date;
    }

    // Monday = 1 … Sunday = 7, as Chinese weeks count.
    private static int Weekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    private static DateOnly? Relative(string text, DateOnly from)
    {
        var t = text.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        switch (t)
        {
            case "今天" or "当天" or "today": return from;
            case "明天" or "tomorrow": return from.AddDays(1);
            case "后天": return from.AddDays(2);
            case "本周内" or "本周" or "这周内" or "这周" or "thisweek" or "endoftheweek" or "endofweek":
                // By this week's Friday (the working week), or the day itself when the meeting is at the weekend.
                var friday = from.AddDays(5 - Weekday(from));
                return friday >= from ? friday : from;
            case "下周" or "下周内" or "nextweek": return from.AddDays(7 - Weekday(from) + 5);
            case "月底" or "本月底" or "月末" or "本月内" or "endofmonth" or "endofthemonth":
                return new DateOnly(from.Year, from.Month, DateTime.DaysInMonth(from.Year, from.Month));
            case "下月底" or "下个月底":
                var next = from.AddMonths(1);
                return new DateOnly(next.Year, next.Month, DateTime.DaysInMonth(next.Year, next.Month));
        }
        var week = WeekdayPattern().Match(t);
        if (week.Success)
        {
            var day = "一二三四五六日天".IndexOf(week.Groups[2].Value[0], StringComparison.Ordinal) + 1;
            day = Math.Min(day, 7);
            var monday = from.AddDays(1 - Weekday(from));
            return week.Groups[1].Value switch
            {
                "下" => monday.AddDays(7 + day - 1),
                _ => monday.AddDays(day - 1) is var thisWeek && thisWeek >= from ? thisWeek : thisWeek.AddDays(7),
            };
        }
        var english = EnglishWeekday().Match(t);
        if (english.Success)
        {
            var names = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
            var day = Array.IndexOf(names, english.Groups[2].Value) + 1;
            var monday = from.AddDays(1 - Weekday(from));
            var date = monday.AddDays(day - 1 + (english.Groups[1].Value == "next" ? 7 : 0));
            return date < from ? date.AddDays(7) : date;
        }
        return null;
    }

    private static int Number(Group group) => int.Parse(Fold(group.Value), CultureInfo.InvariantCulture);

    private static DateOnly? Date(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>A time range "14:00-16:30", "14:00～16:30", "14:00 至 16:30", "下午2点-4点" → the text and its minutes.</summary>
    internal static (string Text, int? Minutes)? FindTimeRange(string text)
    {
        var folded = Fold(text);
        var m = TimeRangePattern().Match(folded);
        if (!m.Success)
            return null;
        int Hour(string h, string ampm) => int.Parse(h, CultureInfo.InvariantCulture) + (ampm is "下午" or "晚上" or "pm" && int.Parse(h, CultureInfo.InvariantCulture) < 12 ? 12 : 0);
        var ampm = m.Groups["ap"].Value.ToLowerInvariant();
        var h1 = Hour(m.Groups["h1"].Value, ampm);
        var m1 = m.Groups["m1"].Success ? int.Parse(m.Groups["m1"].Value, CultureInfo.InvariantCulture) : 0;
        var h2 = Hour(m.Groups["h2"].Value, ampm);
        var m2 = m.Groups["m2"].Success ? int.Parse(m.Groups["m2"].Value, CultureInfo.InvariantCulture) : 0;
        if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59)
            return null;
        var minutes = h2 * 60 + m2 - (h1 * 60 + m1);
        var shown = $"{h1:00}:{m1:00}–{h2:00}:{m2:00}";
        return (shown, minutes > 0 ? minutes : null);
    }

    [GeneratedRegex(@"^([\p{L}\p{N}&/ ]{1,24}?)\s*:\s*(.*)$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"(?<![\d/:.])(\d{1,2})/(\d{1,2})(?![\d/:])")]
    private static partial Regex SlashPattern();

    [GeneratedRegex(@"(?:本|这|下)?周[一二三四五六日天]|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|本周内|这周内|下周内|本周|这周|下周|下个?月底|本?月底|月末|本月内|今天|明天|后天|当天|end of (?:the )?(?:month|week)|this week|next week|tomorrow|today", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePattern();

    [GeneratedRegex(@"^(本|这|下)?周([一二三四五六日天])$")]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"^(this|next)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")]
    private static partial Regex EnglishWeekday();

    [GeneratedRegex(@"(?<ap>上午|下午|晚上|am|pm)?\s*(?<h1>\d{1,2})(?::(?<m1>\d{2})|点半?|时)?\s*(?:-|–|—|~|～|至|到|to)\s*(?:上午|下午|晚上)?\s*(?<h2>\d{1,2})(?::(?<m2>\d{2})|点半?|时)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeRangePattern();
}
