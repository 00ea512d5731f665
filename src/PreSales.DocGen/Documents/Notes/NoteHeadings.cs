using System.Text;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>
/// Recognises the nine minutes sections from the headings people actually type, in Chinese or English:
/// numbering ("3.", "三、", "(3)") and punctuation are ignored, and each section accepts its common variants.
/// </summary>
public static class NoteHeadings
{
    private static readonly (MinutesSection Section, string[] Variants)[] Table =
    [
        (MinutesSection.AgendaAndAttendees, ["议程与参会人员", "议程和参会人员", "议程及参会人员", "议程", "参会人员", "与会人员", "参会人", "出席人员", "参会", "与会", "出席", "会议议程", "agendaandattendees", "agendaattendees", "agenda", "attendees", "participants"]),
        (MinutesSection.StrategyAndContent, ["交流策略与主要内容", "交流策略和主要内容", "交流策略", "主要内容", "交流内容", "会议内容", "讨论", "讨论内容", "会议纪要", "纪要", "strategyandmaincontent", "strategyandcontent", "maincontent", "strategy", "content", "discussion"]),
        (MinutesSection.CustomerInterests, ["客户关注重点", "客户关注点", "客户关注", "关注重点", "关注点", "客户关心的", "客户关心", "客户顾虑", "顾虑", "concerns", "customerconcerns", "whatthecustomercaredaboutmost", "whatthecustomercaredabout", "customerinterests", "customerfocus", "keyinterests", "interests"]),
        (MinutesSection.QuestionsAndAnswers, ["问题与答复", "问题和答复", "问题与回答", "问题及答复", "问答", "答疑", "提问与答复", "客户提的问题", "客户提问", "客户问题", "提问", "问题", "questionsandanswers", "questionsanswers", "q&a", "qa", "questions"]),
        (MinutesSection.InformationGained, ["获取的信息", "获得的信息", "收集的信息", "信息收集", "获取信息", "情报", "了解到的信息", "新信息", "informationgained", "information", "intelligence"]),
        (MinutesSection.Materials, ["交流材料", "使用的材料", "材料", "资料", "materialused", "materialsused", "materials", "material"]),
        (MinutesSection.Lessons, ["得失与经验教训", "得失和经验教训", "经验教训", "得失", "复盘", "总结", "whatworkedandlessons", "lessonslearned", "lessons", "whatworked"]),
        (MinutesSection.NextExchange, ["下次交流建议", "下次交流", "下一次交流", "下次建议", "下次重点", "下一次", "adviceforthenextexchange", "advicefornextexchange", "nextexchange", "nextfocus", "nextmeeting"]),
        (MinutesSection.OpenIssues, ["遗留问题", "待办事项", "行动项", "待办", "后续行动", "下一步", "下一步计划", "后续工作", "跟进事项", "openissues", "actionitems", "actions", "nextsteps", "followups", "followup", "todo", "todos"]),
    ];

    /// <summary>The section a heading names, or null.</summary>
    public static MinutesSection? Recognise(string heading) => Recognise(heading, exact: false);

    /// <summary>The section a line names: with <paramref name="exact"/> only the whole line as a variant ("Q&amp;A", "下一步"), as for plain lines that are not headings.</summary>
    public static MinutesSection? Recognise(string heading, bool exact)
    {
        var key = Normalise(heading);
        if (key.Length == 0)
            return null;
        foreach (var (section, variants) in Table)
        {
            if (variants.Contains(key))
                return section;
        }
        if (exact)
            return null;
        // "Agenda and attendees (14:00)" or "问题与答复(共 5 个)": the longest variant the heading starts with.
        var best = Table.SelectMany(t => t.Variants.Select(v => (t.Section, Variant: v)))
            .Where(p => p.Variant.Length >= 2 && key.StartsWith(p.Variant, StringComparison.Ordinal))
            .OrderByDescending(p => p.Variant.Length)
            .FirstOrDefault();
        return best.Variant is null ? null : best.Section;
    }

    /// <summary>The heading without numbering, punctuation, spaces and case.</summary>
    public static string Normalise(string heading)
    {
        var text = heading.Trim();
        var start = 0;
        while (start < text.Length && (char.IsDigit(text[start]) || "一二三四五六七八九十第章节部分.、)）(（:： \t-#*".Contains(text[start], StringComparison.Ordinal)))
            start++;
        var builder = new StringBuilder();
        foreach (var c in text[start..])
        {
            if (char.IsLetterOrDigit(c) || c == '&')
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>The Chinese and English titles of every section, for the message when notes name none.</summary>
    public static IEnumerable<string> Expected(Language.Vocabulary v) => Enum.GetValues<MinutesSection>().Select(s => MinutesSections.Title(s, v));
}
