using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>
/// Questions from lines of notes: "【陷阱类】问（王处长）：…？答：…", "Q (Wang): …? A: …", "王处长：…？", a nested item
/// or a following "答：" line as the answer; the kind from a tag or a "考察能力：" label.
/// </summary>
internal static partial class NoteQuestions
{
    /// <summary>Adds what a line says to the questions; returns how it was read ("question" or "answer").</summary>
    public static string Add(List<QuestionAndAnswer> questions, string text, bool nested, Deal deal)
    {
        var folded = MeetingNotes.Fold(text);
        var answerStart = AnswerStart().Match(folded);
        if ((nested || answerStart.Success) && questions.Count > 0)
        {
            var answer = answerStart.Success ? text[answerStart.Length..].Trim() : text.Trim();
            var last = questions[^1];
            questions[^1] = last with { Answer = last.Answer is { Length: > 0 } before ? before + "\n\n" + answer : answer };
            return "answer";
        }
        string? inlineAnswer = null;
        var split = AnswerMarker().Match(folded);
        if (split.Success && split.Index > 0)
        {
            inlineAnswer = text[(split.Index + split.Length)..].Trim();
            text = text[..split.Index].Trim();
            folded = MeetingNotes.Fold(text);
        }
        var kind = KindOf(text);
        if (KindTag().Match(folded) is { Success: true } tag)
        {
            text = text.Remove(tag.Index, tag.Length).Trim();
            folded = MeetingNotes.Fold(text);
        }
        if (MeetingNotes.Label(text) is { Label: { } label, Value: var rest } && KindOf(label) is { } labelled)
        {
            kind ??= labelled;
            text = rest;
            folded = MeetingNotes.Fold(text);
        }
        string? asker = null;
        if (QuestionMarker().Match(folded) is { Success: true } q)
        {
            asker = q.Groups[1].Success ? text.Substring(q.Groups[1].Index, q.Groups[1].Length).Trim() : null;
            text = text[q.Length..].Trim();
            folded = MeetingNotes.Fold(text);
        }
        if (asker is null)
        {
            foreach (var s in deal.Stakeholders.OrderByDescending(s => s.Name.Length))
            {
                if (folded.StartsWith(s.Name + ":", StringComparison.Ordinal) || folded.StartsWith(s.Name + " :", StringComparison.Ordinal))
                {
                    asker = s.Name;
                    text = text[(folded.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                    break;
                }
            }
        }
        if (text.Length == 0)
            text = MeetingNotes.Fold(text);
        questions.Add(new QuestionAndAnswer
        {
            Question = text.Length > 0 ? text : folded,
            Kind = kind ?? QuestionKind.Information,
            AskedBy = Asker(asker, deal),
            Answer = string.IsNullOrWhiteSpace(inlineAnswer) ? null : inlineAnswer,
        });
        return "question";
    }

    /// <summary>Whether a line is a question by its own marker: "问：…", "问（王建国）：…", "Q: …", "Question (Wu Lei): …".</summary>
    public static bool IsAsked(string text) => AskedMarker().IsMatch(MeetingNotes.Fold(text));

    /// <summary>Whether a line is an answer by its own marker: "答：…", "A: …".</summary>
    public static bool IsAnswer(string text) => AnswerStart().IsMatch(MeetingNotes.Fold(text));

    public static string? Asker(string? name, Deal deal)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var trimmed = name.Trim();
        return deal.Stakeholders.FirstOrDefault(s => s.Name == trimmed || s.Id == trimmed)?.Id ?? trimmed;
    }

    /// <summary>The kind named in a text: 【陷阱类】, [trap], (考察能力) and the like, or a short label.</summary>
    public static QuestionKind? KindOf(string text)
    {
        var lower = MeetingNotes.Fold(text).ToLowerInvariant();
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

    [GeneratedRegex(@"[\[(]\s*(?:[^\])]*(?:类|kind|trap|capab|coach|info|陷阱|能力|考察|点拨|了解|信息)[^\])]*)\s*[\])]", RegexOptions.IgnoreCase)]
    private static partial Regex KindTag();

    [GeneratedRegex(@"^(?:问|问题|q|question)\s*(?:\(([^)]+)\))?\s*[:.]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionMarker();

    // Without 问题: "问题：…" is also how an issue is written down.
    [GeneratedRegex(@"^(?:问|q|question)\s*(?:\(([^)]+)\))?\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex AskedMarker();

    [GeneratedRegex(@"^(?:答|回答|答复|a|answer)\s*[:]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerStart();

    // Chinese notes run on without spaces: "问:行吗?答:行。" — 答 also starts the answer right after CJK punctuation.
    [GeneratedRegex(@"(?:(?:^|\s)(?:答|a|answer)|(?<=[?。!;,、])答)\s*[:]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerMarker();
}
