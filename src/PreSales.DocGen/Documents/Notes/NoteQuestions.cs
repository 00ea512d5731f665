using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>Questions and action items from notes: list items with markers, or tables read by their column names.</summary>
internal static partial class NoteSectionReader
{
    private static List<QuestionAndAnswer> Questions(NoteSection section, List<NoteEntry> entries, Deal deal)
    {
        if (TableRows(section, ["问题", "question"]) is { } rows)
            return rows.Select(r => new QuestionAndAnswer
            {
                Question = Cell(r, "问题", "question") ?? "",
                Kind = KindOf(Cell(r, "类型", "类别", "kind", "type") ?? "") ?? QuestionKind.Information,
                AskedBy = Asker(Cell(r, "提问", "asked", "who"), deal),
                Answer = Cell(r, "答复", "回答", "answer"),
            }).Where(q => q.Question.Length > 0).ToList();
        var questions = new List<QuestionAndAnswer>();
        foreach (var entry in entries)
        {
            var text = entry.Text;
            string? answer = entry.Detail;
            var split = AnswerMarker().Match(text);
            if (split.Success)
            {
                answer = (text[(split.Index + split.Length)..].Trim() + (answer is null ? "" : "\n\n" + answer)).Trim();
                text = text[..split.Index].Trim();
            }
            if (answer is not null)
                answer = AnswerMarker().Replace(answer, "", 1).Trim();
            var kind = KindOf(text);
            text = KindTag().Replace(text, "").Trim();
            // "考察能力:……" / "Trap: ……": a kind named as the label of the line.
            if (MeetingNotes.Label(text) is { Label: { } label, Value: var rest } && KindOf(label) is { } labelled)
            {
                kind ??= labelled;
                text = rest;
            }
            string? asker = null;
            var q = QuestionMarker().Match(text);
            if (q.Success)
            {
                asker = q.Groups[1].Success ? q.Groups[1].Value : null;
                text = text[q.Length..].Trim();
            }
            var named = deal.Stakeholders.FirstOrDefault(s => text.StartsWith(s.Name + ":", StringComparison.Ordinal) || text.StartsWith(s.Name + ":", StringComparison.Ordinal));
            if (asker is null && named is not null)
            {
                asker = named.Name;
                text = text[(named.Name.Length + 1)..].Trim();
            }
            if (text.Length == 0)
                continue;
            questions.Add(new QuestionAndAnswer { Question = text, Kind = kind ?? QuestionKind.Information, AskedBy = Asker(asker, deal), Answer = string.IsNullOrWhiteSpace(answer) ? null : answer });
        }
        return questions;
    }

    private static string? Asker(string? name, Deal deal)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var trimmed = name.Trim();
        return deal.Stakeholders.FirstOrDefault(s => s.Name == trimmed || s.Id == trimmed)?.Id ?? trimmed;
    }

    /// <summary>The kind named in a text: 【陷阱类】, [trap], (考察能力) and the like.</summary>
    private static QuestionKind? KindOf(string text)
    {
        var lower = text.ToLowerInvariant();
        var tag = KindTag().Match(lower);
        var probe = tag.Success ? tag.Value : lower.Length <= 12 ? lower : "";
        if (probe.Length == 0)
            return null;
        if (probe.Contains("陷阱", StringComparison.Ordinal) || probe.Contains("trap", StringComparison.Ordinal))
            return QuestionKind.Trap;
        if (probe.Contains("能力", StringComparison.Ordinal) || probe.Contains("考察", StringComparison.Ordinal) || probe.Contains("capab", StringComparison.Ordinal))
            return QuestionKind.Capability;
        if (probe.Contains("点拨", StringComparison.Ordinal) || probe.Contains("coach", StringComparison.Ordinal))
            return QuestionKind.Coaching;
        if (probe.Contains("信息", StringComparison.Ordinal) || probe.Contains("了解", StringComparison.Ordinal) || probe.Contains("info", StringComparison.Ordinal))
            return QuestionKind.Information;
        return null;
    }

    private static List<ActionItem> Actions(NoteSection section, List<NoteEntry> entries, Vocabulary v, DateOnly meeting)
    {
        var tbd = v.Pick("待定", "TBD");
        if (TableRows(section, ["事项", "问题", "item", "issue", "action"]) is { } rows)
            return rows.Select(r => new ActionItem
            {
                Item = Cell(r, "事项", "问题", "item", "issue", "action") ?? "",
                Owner = Cell(r, "负责", "owner", "who") is { Length: > 0 } owner ? owner : tbd,
                Due = MeetingNotes.FindDate(Cell(r, "日期", "完成", "due", "date", "when") ?? "", meeting),
                Status = StatusOf(Cell(r, "状态", "status") ?? ""),
            }).Where(a => a.Item.Length > 0).ToList();
        return entries.Select(entry => Action(entry.Text, tbd, meeting)).Where(a => a.Item.Length > 0).ToList();
    }

    private static ActionItem Action(string text, string tbd, DateOnly meeting)
    {
        var status = ActionStatus.Open;
        var done = TaskBox().Match(text);
        if (done.Success)
        {
            status = done.Groups[1].Value.Trim().Length > 0 ? ActionStatus.Done : ActionStatus.Open;
            text = text[done.Length..].Trim();
        }
        var due = MeetingNotes.FindDate(text, meeting);
        string? owner = null;
        var labelled = OwnerLabel().Match(text);
        if (labelled.Success)
            owner = labelled.Groups[1].Value;
        else if (AtOwner().Match(text) is { Success: true } at)
            owner = at.Groups[1].Value;
        var parts = text.Split([" — ", " – ", " - ", " | ", "|", "——"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var item = parts.Length > 0 ? parts[0] : text;
        if (owner is null && parts.Length > 1)
            owner = parts.Skip(1).FirstOrDefault(p => MeetingNotes.FindDate(p, meeting) is null && StatusWord(p) is null);
        if (parts.Skip(1).Select(StatusWord).FirstOrDefault(s => s is not null) is { } word)
            status = word;
        else if (StatusInText().Match(item) is { Success: true } inline && StatusWord(inline.Value) is { } found)
        {
            status = found;
            item = item.Remove(inline.Index, inline.Length);
        }
        item = OwnerLabel().Replace(AtOwner().Replace(item, ""), "").Trim().TrimEnd(',', ',', ';', ';', '(', '(').Trim();
        return new ActionItem { Item = item, Owner = string.IsNullOrWhiteSpace(owner) ? tbd : owner.Trim(), Due = due, Status = status };
    }

    private static ActionStatus StatusOf(string text) => StatusWord(text) ?? ActionStatus.Open;

    private static ActionStatus? StatusWord(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        return t switch
        {
            "进行中" or "in progress" or "doing" => ActionStatus.InProgress,
            "已完成" or "完成" or "done" => ActionStatus.Done,
            "已取消" or "取消" or "cancelled" or "canceled" => ActionStatus.Cancelled,
            "未开始" or "open" or "todo" => ActionStatus.Open,
            _ => null,
        };
    }

    private static List<Dictionary<string, string>>? TableRows(NoteSection section, string[] mustHave)
    {
        var table = section.Blocks.OfType<Table>().FirstOrDefault();
        if (table is null)
            return null;
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        if (header is null)
            return null;
        var names = header.OfType<TableCell>().Select(c => MeetingNotes.Source(c, section.Source).ToLowerInvariant()).ToList();
        if (!names.Any(n => mustHave.Any(m => n.Contains(m, StringComparison.Ordinal))))
            return null;
        return rows.Where(r => !r.IsHeader).Select(r =>
        {
            var cells = r.OfType<TableCell>().Select(c => MeetingNotes.Source(c, section.Source)).ToList();
            return names.Select((n, i) => (n, i)).Where(p => p.i < cells.Count).GroupBy(p => p.n).ToDictionary(g => g.Key, g => cells[g.First().i]);
        }).ToList();
    }

    private static string? Cell(Dictionary<string, string> row, params string[] keys) =>
        row.FirstOrDefault(p => keys.Any(k => p.Key.Contains(k, StringComparison.Ordinal))).Value?.Trim();

    [GeneratedRegex(@"[\[【((]\s*(?:[^\]】))]*(?:类|kind|trap|capab|coach|info|陷阱|能力|考察|点拨|了解|信息)[^\]】))]*)\s*[\]】))]", RegexOptions.IgnoreCase)]
    private static partial Regex KindTag();

    [GeneratedRegex(@"^(?:问|q|question)\s*(?:[((]([^))]+)[))])?\s*[::.]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionMarker();

    // Chinese notes run on without spaces: "问:行吗?答:行。" — 答 also starts the answer right after CJK punctuation.
    [GeneratedRegex(@"(?:(?:^|\s)(?:答|a|answer)|(?<=[??。!!;;,,、])答)\s*[::]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerMarker();

    [GeneratedRegex(@"^\[([ xX]?)\]\s*")]
    private static partial Regex TaskBox();

    [GeneratedRegex(@"(?:负责人|责任人|owner)\s*[::]\s*([^,,;;))\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerLabel();

    [GeneratedRegex(@"进行中|已完成|已取消|未开始|\b(?:in progress|done|cancelled|canceled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusInText();

    [GeneratedRegex(@"@(\S+)")]
    private static partial Regex AtOwner();
}
