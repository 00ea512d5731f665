using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents;

/// <summary>The Word deliverables of the method.</summary>
public enum DocumentKind
{
    /// <summary>交流总结: the minutes of one exchange (METHOD §6).</summary>
    Minutes,

    /// <summary>整体策划方案: the overall strategy plan (METHOD §2).</summary>
    Plan,

    /// <summary>售前项目总结: the deal summary (METHOD §6).</summary>
    Summary,

    /// <summary>答疑准备: the Q&amp;A preparation (METHOD §5).</summary>
    QaPreparation,

    /// <summary>主讲人简报: the presenter's brief for one exchange (METHOD §4–§5).</summary>
    Brief,
}

/// <summary>Names of the documents in both languages, and their file stems.</summary>
public static class DocumentKinds
{
    /// <summary>The document's name as users know it.</summary>
    public static string Title(DocumentKind kind, Vocabulary v) => kind switch
    {
        DocumentKind.Minutes => v.Pick("交流总结", "Exchange summary"),
        DocumentKind.Plan => v.Pick("整体策划方案", "Overall strategy plan"),
        DocumentKind.Summary => v.Pick("售前项目总结", "Deal summary"),
        DocumentKind.QaPreparation => v.Pick("答疑准备", "Q&A preparation"),
        DocumentKind.Brief => v.Pick("主讲人简报", "Presenter's brief"),
        _ => kind.ToString(),
    };

    /// <summary>The short name used on the command line and in template file names.</summary>
    public static string Slug(DocumentKind kind) => kind switch
    {
        DocumentKind.Minutes => "minutes",
        DocumentKind.Plan => "plan",
        DocumentKind.Summary => "summary",
        DocumentKind.QaPreparation => "qa",
        DocumentKind.Brief => "brief",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
