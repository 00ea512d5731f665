using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks;

/// <summary>
/// Speaker notes: a talk track per slide and its time budget. The opening (title and agenda) stays within two
/// minutes (METHOD §5), the close keeps time for the ask and questions, and the body shares the rest by content.
/// </summary>
internal static class TalkTrack
{
    /// <summary>The opening's ceiling, minutes.</summary>
    public const double OpeningMinutes = 2;

    public static IReadOnlyList<PlannedSlide> Budget(IReadOnlyList<PlannedSlide> slides, int minutes, DeckContext c)
    {
        var opening = slides.Where(IsOpening).ToList();
        var closing = slides.Where(s => s.Kind == SlideKind.Closing).ToList();
        var body = slides.Where(s => !IsOpening(s) && s.Kind != SlideKind.Closing).ToList();
        var openingShare = Math.Min(OpeningMinutes, minutes * 0.1);
        var closingShare = Math.Clamp(minutes * 0.15, Math.Min(1, minutes * 0.1), 8);
        var bodyShare = Math.Max(0, minutes - openingShare - closingShare);
        var weights = body.Select(Weight).ToList();
        var total = weights.Sum();
        var raw = new double[slides.Count];
        var bodyIndex = 0;
        for (var i = 0; i < slides.Count; i++)
        {
            var slide = slides[i];
            if (IsOpening(slide))
                raw[i] = openingShare / opening.Count;
            else if (slide.Kind == SlideKind.Closing)
                raw[i] = closingShare / Math.Max(1, closing.Count);
            else
                raw[i] = total == 0 ? 0 : bodyShare * weights[bodyIndex++] / total;
        }
        var budgets = HalfMinutes(raw, minutes);
        var result = new List<PlannedSlide>(slides.Count);
        for (var i = 0; i < slides.Count; i++)
        {
            var slide = slides[i];
            var next = i + 1 < slides.Count ? slides[i + 1] : null;
            // Notes the user wrote are kept as they are; only generated talk tracks are trimmed to the budget.
            var track = slide.Notes?.TalkTrack is { Length: > 0 } given ? given : Fit(Track(slide, next, c), budgets[i]);
            result.Add(slide with { Notes = new SpeakerNotes(track, budgets[i]) });
        }
        return result;
    }

    /// <summary>Rounds budgets to half minutes, largest remainders first, so they still add up to the exchange's length.</summary>
    private static double[] HalfMinutes(double[] raw, int minutes)
    {
        var units = raw.Select(r => (int)Math.Floor(r * 2)).ToArray();
        var left = minutes * 2 - units.Sum();
        foreach (var i in Enumerable.Range(0, raw.Length).OrderByDescending(i => raw[i] * 2 - Math.Floor(raw[i] * 2)).Take(Math.Max(0, left)))
            units[i]++;
        return units.Select(u => u / 2.0).ToArray();
    }

    private static bool IsOpening(PlannedSlide s) => s.Kind is SlideKind.Title or SlideKind.Agenda;

    private static double Weight(PlannedSlide s) =>
        1 + s.Body.Sum(b => DeckText.Ems(b.Text)) / 40 + (s.Table?.Rows.Count ?? 0) * 0.5 + (s.Chart is null ? 0 : 1) + (s.Timeline is null ? 0 : 1);

    /// <summary>A talk track never takes longer to say than its slide's budget.</summary>
    private static string Fit(string track, double minutes)
    {
        if (minutes <= 0 || DeckText.SpeakingMinutes(track) <= minutes)
            return track;
        var ratio = minutes / DeckText.SpeakingMinutes(track);
        return DeckText.Shorten(track, Math.Max(8, DeckText.Ems(track) * ratio * 0.95));
    }

    private static string Track(PlannedSlide slide, PlannedSlide? next, DeckContext c)
    {
        var v = c.V;
        var points = slide.Body.Where(b => b.Level == 0).Select(b => DeckText.Clause(b.Text)).Take(4).ToList();
        var text = slide.Kind switch
        {
            SlideKind.Title => v.Pick(
                $"欢迎并感谢各位抽出时间。先做自我介绍。今天交流的主题:{Theme(c)}。",
                $"Welcome and thank you for your time. Introduce yourself. Today's subject: {Theme(c)}."),
            SlideKind.Agenda => v.Pick(
                $"今天的内容分为:{v.List(slide.Body.Select(b => DeckText.Clause(b.Text)))}。欢迎随时提问。",
                $"Today we cover: {v.List(slide.Body.Select(b => DeckText.Clause(b.Text)))}. Questions are welcome at any time."),
            SlideKind.Closing => v.Pick(
                $"回顾今天的要点,重申交流目的。明确提出我们的请求:{Goal(c)}。确认下一步和日期,感谢各位。",
                $"Recap the key points and restate the purpose. Make the ask: {Goal(c)}. Confirm the next steps and dates, and thank everyone."),
            _ when slide.Table is not null => v.Pick(
                $"{slide.Title}。逐行说明,先讲与听众兴奋点相关的一行,用数据说话。",
                $"{slide.Title}. Walk through the rows, the one that answers the audience's hot buttons first; let the figures speak."),
            _ when slide.Chart is not null => v.Pick(
                $"{slide.Title}。图中是我方在各竞争要素上的评分;强调客户最看重的要素,不评价任何友商。",
                $"{slide.Title}. The chart shows our scores on the competitive elements; stress those the customer values most, judge no other vendor."),
            _ when slide.Timeline is not null => v.Pick(
                $"{slide.Title}。按阶段说明每一步的目标和时间,请客户确认节奏。",
                $"{slide.Title}. Take each stage's goal and timing in turn, and ask the customer to confirm the pace."),
            _ => v.Pick(
                $"{DeckText.Clause(slide.Title)}。要点:{v.List(points)}。每一点给出论据,回应疑问。",
                $"{slide.Title}. Points: {v.List(points)}. Back each point with evidence and answer doubts."),
        };
        if (next is not null && slide.Kind != SlideKind.Title)
            text += v.Pick($"过渡:接下来看「{next.Title}」。", $" Transition: next, \"{next.Title}\".");
        return text;
    }

    /// <summary>The ask, as the closing slide states it; notes are shared with the deck, so never the internal aim.</summary>
    private static string Goal(DeckContext c) =>
        DeckText.Clause(c.Screen.Apply(StrengthSlides.Ask(c.Exchange?.Goal) ?? c.Exchange?.Title ?? c.Deal.Project.Name));

    private static string Theme(DeckContext c) =>
        DeckText.Clause(c.Screen.Apply(DeckText.Plain(c.Exchange?.Preparation?.Theme ?? c.Exchange?.Title ?? c.Deal.Project.Name)));
}
