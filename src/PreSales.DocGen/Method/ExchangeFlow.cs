using System.Globalization;
using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Method;

/// <summary>The four parts of an exchange (交互流程, METHOD §5).</summary>
public enum ExchangePart
{
    /// <summary>听众认识: meet the audience, before the start.</summary>
    MeetAudience,

    /// <summary>开场白: the opening, at most two minutes.</summary>
    Opening,

    /// <summary>主题内容: the body.</summary>
    Body,

    /// <summary>结束语: the closing (recap, purpose, the ask, thanks), with the questions the agenda puts there.</summary>
    Closing,
}

/// <summary>One timed segment of the exchange.</summary>
/// <param name="Part">The part it belongs to.</param>
/// <param name="Item">The agenda item, as the deal writes it (null for a part the agenda does not name).</param>
/// <param name="Start">Minutes from the start of the slot (negative: before it).</param>
/// <param name="Minutes">How long.</param>
public sealed record FlowSegment(ExchangePart Part, string? Item, int Start, int Minutes)
{
    /// <summary>The minute the segment ends.</summary>
    public int End => Start + Minutes;
}

/// <summary>The exchange's timetable: its segments fill the slot exactly.</summary>
/// <param name="SlotMinutes">The slot.</param>
/// <param name="SlotAssumed">Whether the deal gives no duration, so the slot is the default.</param>
/// <param name="Segments">Meeting the audience (before the start), the opening, the body items, the closing.</param>
public sealed record ExchangeTimetable(int SlotMinutes, bool SlotAssumed, IReadOnlyList<FlowSegment> Segments);

/// <summary>
/// Times the four-part flow of an exchange into its slot (METHOD §5): the opening is at most two minutes, the closing
/// keeps time for the recap and the ask, and the body items share the rest — in the minutes the agenda gives them when
/// it does ("(5分钟)", "(5 min)"), scaled to fit, or evenly when it does not. Pure.
/// </summary>
public static partial class ExchangeFlow
{
    /// <summary>The slot when the exchange gives none.</summary>
    public const int DefaultSlot = 45;

    /// <summary>The method's longest opening.</summary>
    public const int MaxOpening = 2;

    /// <summary>How early to be in the room to meet the audience.</summary>
    public const int ArriveEarly = 15;

    /// <summary>The timetable of an exchange (the default slot and a bare body when it is null).</summary>
    public static ExchangeTimetable For(Exchange? exchange)
    {
        var slot = exchange?.DurationMinutes ?? DefaultSlot;
        var agenda = (exchange?.Agenda ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        var opening = agenda.Count > 1 && OpeningWords().IsMatch(agenda[0]) ? agenda[0] : null;
        var closing = agenda.Count > 1 && ClosingWords().IsMatch(agenda[^1]) ? agenda[^1] : null;
        var body = agenda.Skip(opening is null ? 0 : 1).Take(agenda.Count - (opening is null ? 0 : 1) - (closing is null ? 0 : 1)).ToList();

        var openingMinutes = Math.Min(MaxOpening, Math.Max(1, slot / 20));
        var closingMinutes = Math.Clamp(Stated(closing) ?? (int)Math.Round(slot * 0.12), Math.Min(3, slot / 4), Math.Max(3, slot / 3));
        var bodyMinutes = Math.Max(1, slot - openingMinutes - closingMinutes);
        closingMinutes = slot - openingMinutes - bodyMinutes;

        var segments = new List<FlowSegment> { new(ExchangePart.MeetAudience, null, -ArriveEarly, ArriveEarly) };
        segments.Add(new FlowSegment(ExchangePart.Opening, opening, 0, openingMinutes));
        var at = openingMinutes;
        var shares = Shares(body.Select(Stated).ToList(), bodyMinutes);
        for (var i = 0; i < shares.Count; i++)
        {
            segments.Add(new FlowSegment(ExchangePart.Body, i < body.Count ? body[i] : null, at, shares[i]));
            at += shares[i];
        }
        segments.Add(new FlowSegment(ExchangePart.Closing, closing, at, closingMinutes));
        return new ExchangeTimetable(slot, exchange?.DurationMinutes is null, segments);
    }

    /// <summary>The minutes an agenda item states, e.g. "案例(8分钟)" or "Case (8 min)"; null when it states none.</summary>
    public static int? Stated(string? item) =>
        item is not null && StatedMinutes().Match(item) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>An agenda item without the minutes it states ("案例(8分钟)" → "案例").</summary>
    public static string? WithoutMinutes(string? item) => item is null ? null : StatedMinutes().Replace(item, "").Trim();

    // Whole minutes that add up to the total: in proportion to the stated minutes (an item without takes the average),
    // evenly when none is stated; one share for a body the agenda does not split. Rounding goes to the largest items.
    private static List<int> Shares(List<int?> stated, int total)
    {
        if (stated.Count == 0)
            return [total];
        var known = stated.OfType<int>().Where(m => m > 0).ToList();
        var average = known.Count > 0 ? known.Average() : 1.0;
        var weights = stated.Select(m => m is > 0 ? m.Value : average).ToList();
        var sum = weights.Sum();
        var shares = weights.Select(w => Math.Max(1, (int)Math.Floor(w / sum * total))).ToList();
        var order = Enumerable.Range(0, shares.Count).OrderByDescending(i => weights[i]).ToList();
        for (var k = 0; shares.Sum() < total; k++)
            shares[order[k % order.Count]]++;
        for (var k = 0; shares.Sum() > total && k < 10 * shares.Count; k++)
        {
            var i = order[k % order.Count];
            if (shares[i] > 1)
                shares[i]--;
        }
        return shares;
    }

    [GeneratedRegex(@"[（(]\s*(\d{1,3})\s*(分钟|分|min|mins|minutes?)\s*[)）]", RegexOptions.IgnoreCase)]
    private static partial Regex StatedMinutes();

    [GeneratedRegex(@"开场|致谢|欢迎|介绍|intro|welcome|opening", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningWords();

    [GeneratedRegex(@"问答|答疑|下一步|请求|总结|结束|Q&A|question|next step|closing|wrap|ask", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingWords();
}
