using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents;

/// <summary>The nine sections of an exchange summary, in the order of METHOD §6.</summary>
public enum MinutesSection
{
    /// <summary>议程与参会人员.</summary>
    AgendaAndAttendees = 1,

    /// <summary>交流策略与主要内容.</summary>
    StrategyAndContent,

    /// <summary>客户关注重点.</summary>
    CustomerInterests,

    /// <summary>问题与答复.</summary>
    QuestionsAndAnswers,

    /// <summary>获取的信息.</summary>
    InformationGained,

    /// <summary>交流材料.</summary>
    Materials,

    /// <summary>得失与经验教训.</summary>
    Lessons,

    /// <summary>下次交流建议.</summary>
    NextExchange,

    /// <summary>遗留问题.</summary>
    OpenIssues,
}

/// <summary>The section titles, as the default templates print them and as notes may name them.</summary>
public static class MinutesSections
{
    /// <summary>The section's title in the language.</summary>
    public static string Title(MinutesSection section, Vocabulary v) => section switch
    {
        MinutesSection.AgendaAndAttendees => v.Pick("议程与参会人员", "Agenda and attendees"),
        MinutesSection.StrategyAndContent => v.Pick("交流策略与主要内容", "Strategy and main content"),
        MinutesSection.CustomerInterests => v.Pick("客户关注重点", "What the customer cared about most"),
        MinutesSection.QuestionsAndAnswers => v.Pick("问题与答复", "Questions and answers"),
        MinutesSection.InformationGained => v.Pick("获取的信息", "Information gained"),
        MinutesSection.Materials => v.Pick("交流材料", "Material used"),
        MinutesSection.Lessons => v.Pick("得失与经验教训", "What worked and lessons"),
        MinutesSection.NextExchange => v.Pick("下次交流建议", "Advice for the next exchange"),
        MinutesSection.OpenIssues => v.Pick("遗留问题", "Open issues"),
        _ => section.ToString(),
    };

    /// <summary>The numbered heading of a section, e.g. "4 问题与答复".</summary>
    public static string Heading(MinutesSection section, Vocabulary v) => $"{(int)section} {Title(section, v)}";
}
