using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks;

/// <summary>
/// A Chinese slide's texts with Chinese punctuation (<see cref="ChinesePunctuation"/>), as the Word documents have
/// them: the deal's own text typed with Latin marks ("先讲行业大势,再落到客户自身") shows as the product's does. Done
/// before the slide is fitted, since a full-width mark takes a whole em.
/// </summary>
public static class SlidePunctuation
{
    /// <summary>The slide with every text it shows (title, body, table, chart, timeline, picture's alt text, notes) punctuated.</summary>
    public static PlannedSlide Of(PlannedSlide slide)
    {
        static string P(string text) => ChinesePunctuation.Apply(text);
        static IReadOnlyList<BodyItem> Items(IReadOnlyList<BodyItem> items) => [.. items.Select(b => b with { Text = P(b.Text) })];
        return slide with
        {
            Title = P(slide.Title),
            Subtitle = slide.Subtitle is { } s ? P(s) : null,
            Body = Items(slide.Body),
            SecondColumn = Items(slide.SecondColumn),
            Table = slide.Table is { } t ? new SlideTable([.. t.Header.Select(P)], [.. t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(P)])]) : null,
            Chart = slide.Chart is { } c ? c with { Categories = [.. c.Categories.Select(P)], Series = [.. c.Series.Select(x => x with { Name = P(x.Name) })], AltText = P(c.AltText) } : null,
            Timeline = slide.Timeline is { } l ? l with { Steps = [.. l.Steps.Select(x => x with { Label = P(x.Label), When = x.When is { } w ? P(w) : null })], AltText = P(l.AltText) } : null,
            Image = slide.Image is { } i ? i with { AltText = P(i.AltText) } : null,
            Notes = slide.Notes is { } n ? n with { TalkTrack = P(n.TalkTrack) } : null,
        };
    }
}
