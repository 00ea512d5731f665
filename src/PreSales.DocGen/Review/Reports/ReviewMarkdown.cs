using System.Text;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Review.Rules;

namespace PreSales.DocGen.Review.Reports;

/// <summary>The review for people: scores, then findings grouped by slide, in the deal's language.</summary>
public static class ReviewMarkdown
{
    /// <summary>Writes the Markdown report.</summary>
    public static string Write(ReviewResult result, DealLanguage language)
    {
        var zh = language == DealLanguage.ZhCN;
        string T(string c, string e) => zh ? c : e;
        var colon = zh ? "：" : ": ";
        var md = new StringBuilder();
        md.AppendLine($"# {T("PPT 评审：", "Deck review: ")}{Escape(result.Deck.FileName)}").AppendLine();
        md.AppendLine($"- {T("页数", "Slides")}{colon}{result.Deck.Slides.Count}");
        md.AppendLine($"- {T("总分", "Score")}{colon}**{result.Score.Overall}** / 100");
        var time = result.AllottedMinutes is { } allotted ? $"{result.EstimatedMinutes:0.#} / {allotted:0.#}" : $"{result.EstimatedMinutes:0.#}";
        md.AppendLine($"- {T("估计讲解时间（分钟）", "Estimated speaking time (minutes)")}{colon}{time}");
        var counts = Enum.GetValues<Severity>().Select(s => $"{SeverityLabel(s, zh)} {result.Findings.Count(f => f.Severity == s)}");
        md.AppendLine($"- {T("发现", "Findings")}{colon}{string.Join(zh ? "、" : ", ", counts)}").AppendLine();
        md.AppendLine($"| {T("类别", "Category")} | {T("得分", "Score")} |").AppendLine("|---|---:|");
        foreach (var (category, score) in result.Score.ByCategory)
            md.AppendLine($"| {CategoryLabel(category, zh)} | {score} |");
        md.AppendLine();
        if (result.Findings.Count == 0)
        {
            md.AppendLine(T("没有发现问题。", "No findings."));
            return md.ToString();
        }
        foreach (var group in result.Findings.GroupBy(f => f.Slide).OrderBy(g => g.Key ?? 0))
        {
            md.AppendLine(group.Key is { } n ? $"## {T($"第 {n} 页", $"Slide {n}")}" : $"## {T("全篇", "Whole deck")}").AppendLine();
            foreach (var f in group.OrderBy(f => f.Severity))
            {
                var shape = f.Shape is null ? "" : $" ({Escape(f.Shape)})";
                md.AppendLine($"- **{SeverityLabel(f.Severity, zh)}** `{f.Rule}`{shape}{colon}{Escape(f.Message.In(language))}");
                md.AppendLine($"  - {T("建议", "Suggestion")}{colon}{Escape(f.Suggestion.In(language))}");
            }
            md.AppendLine();
        }
        md.AppendLine($"## {T("规则说明", "About the rules")}").AppendLine();
        foreach (var rule in RuleRegistry.All.Where(r => result.Findings.Any(f => f.Rule == r.Id)))
            md.AppendLine($"- `{rule.Id}`: {rule.Rationale.In(language)}");
        return md.ToString();
    }

    /// <summary>A severity's label.</summary>
    public static string SeverityLabel(Severity severity, bool zh) => severity switch
    {
        Severity.Error => zh ? "错误" : "Error",
        Severity.Warning => zh ? "警告" : "Warning",
        _ => zh ? "提示" : "Tip",
    };

    private static string CategoryLabel(RuleCategory category, bool zh) => category switch
    {
        RuleCategory.Content => zh ? "内容" : "Content",
        RuleCategory.Structure => zh ? "结构" : "Structure",
        RuleCategory.Design => zh ? "设计" : "Design",
        RuleCategory.Accessibility => zh ? "无障碍" : "Accessibility",
        RuleCategory.Hygiene => zh ? "整洁" : "Hygiene",
        _ => zh ? "演练" : "Rehearsal",
    };

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ").Replace("*", "\\*").Replace("_", "\\_");
}
