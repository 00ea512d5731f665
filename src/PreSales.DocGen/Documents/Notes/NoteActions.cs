using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>
/// An action item from a line of notes: "[ ] 提交备件清单 — 陈工 — 12/8", "确认上线窗口 @刘销售 下周五 进行中",
/// "复测方案，负责人：刘工，月底前": the owner (@name, 负责人:, owner:, or a part after a dash), the due date in any form
/// <see cref="MeetingNotes.FindDate"/> reads (cut out of the item's text), the status.
/// </summary>
internal static partial class NoteActions
{
    public static ActionItem Parse(string text, DateOnly meeting, Vocabulary v, IReadOnlyCollection<string> names)
    {
        var status = ActionStatus.Open;
        var box = TaskBox().Match(MeetingNotes.Fold(text));
        if (box.Success)
        {
            status = box.Groups[1].Value.Trim().Length > 0 ? ActionStatus.Done : ActionStatus.Open;
            text = text[box.Length..].Trim();
        }
        string? owner = null;
        var folded = MeetingNotes.Fold(text);
        if (OwnerLabel().Match(folded) is { Success: true } labelled)
        {
            owner = text.Substring(labelled.Groups[1].Index, labelled.Groups[1].Length).Trim();
            var length = labelled.Length;
            // "负责人：陈立 下周五": a Chinese name ends at the space; "owner: Huang Tao" keeps it unless a known name is shorter.
            if (names.Where(n => n.Length > 0 && owner.StartsWith(n, StringComparison.Ordinal)).OrderByDescending(n => n.Length).FirstOrDefault() is { } known)
            {
                length -= owner.Length - known.Length;
                owner = known;
            }
            else if (owner.Any(c => c > 0x2E80) && owner.IndexOf(' ', StringComparison.Ordinal) is var space and > 0)
            {
                length -= owner.Length - space;
                owner = owner[..space];
            }
            text = text.Remove(labelled.Index, length);
        }
        else if (names.Where(n => n.Length > 0).OrderByDescending(n => n.Length).FirstOrDefault(n => text.Contains("@" + n, StringComparison.Ordinal)) is { } named)
        {
            // "@Lin Xiaofeng": a known name with a space in it.
            owner = named;
            var at = text.IndexOf("@" + named, StringComparison.Ordinal);
            text = text.Remove(at, named.Length + 1);
        }
        else if (AtOwner().Match(folded) is { Success: true } at)
        {
            owner = text.Substring(at.Groups[1].Index, at.Groups[1].Length);
            text = text.Remove(at.Index, at.Length);
        }
        DateOnly? due = null;
        if (MeetingNotes.FindDateSpan(text, meeting) is { } span)
        {
            due = span.Date;
            // "月底前", "12月5日之前", "by 11/25": the words around the date go with it.
            var after = text[(span.Index + span.Length)..];
            var before = text[..span.Index];
            after = DueAfter().Replace(after, "", 1);
            before = DueBefore().Replace(before, "", 1);
            text = (before.TrimEnd() + " " + after.TrimStart()).Trim();
        }
        if (StatusInText().Match(text) is { Success: true } inline && StatusWord(inline.Value) is { } found)
        {
            status = found;
            text = text.Remove(inline.Index, inline.Length);
        }
        text = text.Trim().TrimEnd('—', '–', '-', '|', ',', '，', ';', '；').Trim();
        var parts = Regex.Split(MeetingNotes.Fold(text), @"\s+[—–-]\s+|——|\||,\s*|;\s*")
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // The folded parts hold the same characters as the text except punctuation: take the item from the text itself.
        var item = parts.Count > 0 ? Unfold(text, parts[0]) : text.Trim();
        if (owner is null && parts.Count > 1)
            owner = parts.Skip(1).Select(p => Unfold(text, p)).FirstOrDefault(p => p.Length <= 16 && StatusWord(p) is null);
        var rest = parts.Skip(1).Select(p => Unfold(text, p)).Where(p => p != owner && StatusWord(p) is null).ToList();
        if (rest.Count > 0)
            item = item + v.Pick("，", ", ") + string.Join(v.Pick("，", ", "), rest);
        item = item.Trim().TrimEnd(',', '，', ';', '；', '(', '（', '—', '-').Trim();
        return new ActionItem { Item = item.Length > 0 ? item : text.Trim(), Owner = string.IsNullOrWhiteSpace(owner) ? v.Pick("待定", "TBD") : owner.Trim(), Due = due, Status = status };
    }

    private static string Unfold(string text, string foldedPart)
    {
        var at = MeetingNotes.Fold(text).IndexOf(foldedPart, StringComparison.Ordinal);
        return at >= 0 ? text.Substring(at, foldedPart.Length) : foldedPart;
    }

    public static ActionStatus? StatusWord(string text) => MeetingNotes.Fold(text).Trim().ToLowerInvariant() switch
    {
        "进行中" or "处理中" or "in progress" or "doing" => ActionStatus.InProgress,
        "已完成" or "完成" or "done" => ActionStatus.Done,
        "已取消" or "取消" or "cancelled" or "canceled" => ActionStatus.Cancelled,
        "未开始" or "待办" or "open" or "todo" => ActionStatus.Open,
        _ => null,
    };

    [GeneratedRegex(@"^\[([ xX]?)\]\s*")]
    private static partial Regex TaskBox();

    [GeneratedRegex(@"(?:负责人|责任人|负责|owner)\s*:\s*([^,;)]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerLabel();

    [GeneratedRegex(@"@(\S+?)(?=$|\s|,|;|\))")]
    private static partial Regex AtOwner();

    [GeneratedRegex(@"进行中|处理中|已完成|已取消|未开始|\b(?:in progress|done|cancelled|canceled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusInText();

    [GeneratedRegex(@"^\s*(?:之前|以前|前|完成|截止)")]
    private static partial Regex DueAfter();

    [GeneratedRegex(@"(?:\b(?:by|due|before)|截止|于|在)\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DueBefore();
}
