using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review;

/// <summary>
/// Estimated speaking time: the notes when a slide has them, else the slide's text, at about 200 Chinese
/// characters or 140 English words a minute; every shown slide takes at least half a minute.
/// </summary>
public static class SpeakingTime
{
    /// <summary>The least time a shown slide takes, minutes.</summary>
    public const double MinutesPerSlideAtLeast = 0.5;

    /// <summary>Minutes for one slide (zero when hidden).</summary>
    public static double Of(SlideFacts slide)
    {
        if (slide.Hidden)
            return 0;
        var spoken = TextMeasure.Of(slide.Notes.Length > 0 ? slide.Notes : slide.Text).SpeakingMinutes;
        return Math.Max(MinutesPerSlideAtLeast, spoken);
    }

    /// <summary>Minutes for the whole deck.</summary>
    public static double Of(DeckFacts deck) => deck.Slides.Sum(Of);
}
