using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// generic-content: the deck is not aimed at this customer. Without a deal: the opening names no audience at all.
/// With a deal: the customer's name (or short name, or an alias) appears nowhere, or none of the audience's hot
/// buttons (stakeholders' 兴奋点 and the key evaluation criteria) is addressed.
/// </summary>
public sealed partial class GenericContentRule : Rule
{
    /// <inheritdoc />
    public override string Id => "generic-content";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("标准内容没有针对性：要点名客户，并回应听众的兴奋点。", "Generic content: name the customer and answer the audience's hot buttons.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["hotButtonMatch"] = 0.6,
        ["minSlides"] = 5,
    };

    // An organisation's word ends a name (税务局, 人民医院): 局/院/厅 count only after two or more CJK characters and not
    // inside an ordinary word (格局, 布局, 全局, 结局, 庭院, 住院); 公司 never as the vendor's own "我公司/本公司"; 致 only
    // as an address ("致:…", "致 某某").
    [GeneratedRegex(@"(?m)(?<!我|我们|本|我方)(公司|集团)|银行|电信|移动|联通|政府|(?<![格布全结大开当饭赌骗])局(?!面|部|限|势|域)|委员会|(?<=\p{IsCJKUnifiedIdeographs}{2,})厅|(?<![庭住出医学大书剧])院(?!子|落|长)|医院|学院|法院|大学|贵司|贵公司|贵单位|^\s*致\s*[::\s]|面向|for\s+[A-Z]|\b(Inc|Ltd|LLC|Corp|Corporation|Group|Bank|Telecom|Ministry|Bureau|Government|University|Agency|Council|GmbH|AG|SA|plc)\b")]
    private static partial Regex Audience();

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var shown = context.Deck.Shown.ToList();
        if (context.Deal is not { } deal)
        {
            if (shown.Count >= Threshold(context, "minSlides") && !shown.Take(2).Any(s => Audience().IsMatch(s.Text)))
            {
                yield return Found(context, 1, null,
                    new("开头两页没有出现任何客户或听众的名称。", "The first two slides name no customer or audience."),
                    new("在标题页写明客户名称和本次交流的主题（用 --deal 可做更完整的检查）。", "Name the customer and the exchange's theme on the title slide (pass --deal for a fuller check)."));
            }
            yield break;
        }
        var text = string.Join('\n', shown.Select(s => s.Text));
        var forms = new[] { deal.Customer.Name, deal.Customer.ShortName }.Concat(deal.Customer.Aliases).OfType<string>().Where(f => f.Length > 0);
        if (!forms.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            yield return Found(context, null, null,
                new($"全篇没有出现客户名称“{deal.Customer.ShortName ?? deal.Customer.Name}”。", $"The customer's name \"{deal.Customer.ShortName ?? deal.Customer.Name}\" appears nowhere."),
                new("在标题页、问题页和方案页点名客户，用客户自己的业务和数据说话。", "Name the customer on the title, problem and solution slides; speak in its own business and figures."));
        }
        var hotButtons = HotButtons(deal).ToList();
        var needed = Threshold(context, "hotButtonMatch");
        if (hotButtons.Count > 0 && !hotButtons.Any(h => Coverage(h, text) >= needed))
        {
            yield return Found(context, null, null,
                new($"没有回应听众的任何兴奋点（如：{string.Join("、", hotButtons.Take(3))}）。", $"None of the audience's hot buttons is addressed (e.g. {string.Join(", ", hotButtons.Take(3))})."),
                new("为关键听众的兴奋点各安排一页，用 FAB 说明对他们的效益。", "Give each key person's hot button a slide, and state its benefit to them (FAB)."));
        }
    }

    private static IEnumerable<string> HotButtons(Deal deal) =>
        deal.Stakeholders.SelectMany(s => s.HotButtons)
            .Concat(deal.KeyFacts.EvaluationCriteria.Content is { Length: > 0 } c ? c.Split(['\n', ';', '；', '、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            .Where(h => h.Length > 1)
            .Distinct();

    /// <summary>Share of a hot button's terms found in the text: CJK bigrams for Chinese, words of 4+ letters otherwise.</summary>
    public static double Coverage(string hotButton, string text)
    {
        var terms = Terms(hotButton).ToList();
        if (terms.Count == 0)
            return 0;
        return (double)terms.Count(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)) / terms.Count;
    }

    private static IEnumerable<string> Terms(string phrase)
    {
        if (TextMeasure.Of(phrase).MostlyCjk)
        {
            var cjk = new string(phrase.Where(TextMeasure.IsCjk).ToArray());
            if (cjk.Length < 2)
                yield return cjk;
            for (var i = 0; i + 1 < cjk.Length; i++)
                yield return cjk.Substring(i, 2);
            yield break;
        }
        foreach (var word in WordPattern().Matches(phrase).Select(m => m.Value).Where(w => w.Length >= 4))
            yield return word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
