using System.Globalization;
using System.Text.RegularExpressions;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// deal-dates (with a deal): a date on a slide contradicts the deal's calendar — a milestone or planned exchange
/// written with another date, or a next step on the closing slide dated after the event the exchange prepares.
/// </summary>
public sealed partial class DealDatesRule : Rule
{
    /// <inheritdoc />
    public override string Id => "deal-dates";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Content;

    /// <inheritdoc />
    public override bool NeedsDeal => true;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("日期与客户的时间表不一致，说明对客户不了解；下一步晚于它所准备的事件就失去了意义。", "Dates that contradict the customer's calendar show we do not know it; a next step after the event it prepares is too late.");

    [GeneratedRegex(@"(?<y>20\d\d)[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})|(?:(?<y2>20\d\d)年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日")]
    private static partial Regex DatePattern();

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Deal is not { } deal)
            yield break;
        var next = ExchangeChecklist.NextExchange(deal);
        var year = next?.Date.Year ?? DateTime.Today.Year;
        var events = deal.Project.Milestones.Select(m => (m.Name, m.Date))
            .Concat(deal.Exchanges.Where(e => e.Status == Deals.ExchangeStatus.Planned).Select(e => (Name: e.Title, e.Date)))
            .Where(e => e.Name.Trim().Length >= 2).ToList();
        var prepared = SlideStrategy.PreparedEventOf(deal, next);
        var shown = context.Deck.Shown.ToList();
        var closing = shown.LastOrDefault(s => !SlideSignals.IsThanksOnly(s));
        foreach (var slide in shown)
        {
            foreach (var line in slide.Text.Split('\n'))
            {
                foreach (Match m in DatePattern().Matches(line))
                {
                    if (ToDate(m, year) is not { } date)
                        continue;
                    var named = events.Where(e => line.Contains(e.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                    if (named.Count > 0 && named.All(e => e.Date != date))
                    {
                        yield return Found(context, slide.Number, null,
                            new($"“{named[0].Name}”写成了 {date:yyyy-MM-dd}，交易中是 {named[0].Date:yyyy-MM-dd}。", $"\"{named[0].Name}\" is dated {date:yyyy-MM-dd}; the deal has {named[0].Date:yyyy-MM-dd}."),
                            new("按客户的时间表（project.milestones）更正日期。", "Correct the date from the customer's timetable (project.milestones)."));
                    }
                    else if (slide == closing && prepared is not null && date > prepared.Date && named.Count == 0)
                    {
                        yield return Found(context, slide.Number, null,
                            new($"下一步“{line.Trim()}”晚于它所准备的“{prepared.Name}”（{prepared.Date:yyyy-MM-dd}）。", $"The next step \"{line.Trim()}\" comes after \"{prepared.Name}\" ({prepared.Date:yyyy-MM-dd}) that it prepares."),
                            new("把下一步安排在该事件之前。", "Schedule the next step before that event."));
                    }
                }
            }
        }
    }

    private static DateOnly? ToDate(Match m, int year)
    {
        static int N(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
        var (y, mo, d) = m.Groups["y"].Success ? (N(m.Groups["y"]), N(m.Groups["m"]), N(m.Groups["d"]))
            : (m.Groups["y2"].Success ? N(m.Groups["y2"]) : year, N(m.Groups["m2"]), N(m.Groups["d2"]));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }
}
