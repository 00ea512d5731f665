using System.Globalization;
using System.Text.RegularExpressions;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review;

/// <summary>
/// The one speaking-time model of the product, for the planner's budgets, the notes it writes and the review: the
/// time a slide takes is what the presenter says (about 200 Chinese characters or 140 English words a minute) plus
/// the discussion the notes plan for it ("【讨论】约 5 分钟", "[Discussion] about 5 min"). Lines for the presenter's eyes
/// only — the time line, who is in the room, prepared answers (said only if asked, in the discussion time) — are not
/// counted. Notes without these marks are counted whole; a slide without notes by its text. Every shown slide takes
/// at least half a minute.
/// </summary>
public static partial class SpeakingTime
{
    /// <summary>The least time a shown slide takes, minutes.</summary>
    public const double MinutesPerSlideAtLeast = 0.5;

    /// <summary>Marks of the notes' parts, in both languages, as the planner writes them.</summary>
    public static class Marks
    {
        /// <summary>The time budget line.</summary>
        public static string Time(bool zh) => zh ? "【时间】" : "[Time]";

        /// <summary>Who is in the room and what each cares about (not said).</summary>
        public static string Room(bool zh) => zh ? "【在场】" : "[In the room]";

        /// <summary>What to say.</summary>
        public static string Say(bool zh) => zh ? "【讲】" : "[Say]";

        /// <summary>Planned discussion, with its minutes.</summary>
        public static string Discussion(bool zh) => zh ? "【讨论】" : "[Discussion]";

        /// <summary>Answers prepared for likely questions (said only if asked).</summary>
        public static string Answers(bool zh) => zh ? "【备答】" : "[Prepared answers]";

        /// <summary>The transition to the next slide (said).</summary>
        public static string Transition(bool zh) => zh ? "【过渡】" : "[Transition]";
    }

    /// <summary>Minutes for one slide (zero when hidden).</summary>
    public static double Of(SlideFacts slide)
    {
        if (slide.Hidden)
            return 0;
        var minutes = slide.Notes.Length > 0 ? OfNotes(slide.Notes) : TextMeasure.Of(slide.Text).SpeakingMinutes;
        return Math.Max(MinutesPerSlideAtLeast, minutes);
    }

    /// <summary>Minutes for the whole deck.</summary>
    public static double Of(DeckFacts deck) => deck.Slides.Sum(Of);

    /// <summary>Minutes a slide's notes take: what is said, plus the discussion they plan.</summary>
    public static double OfNotes(string notes) => Spoken(notes) + DiscussionMinutes(notes);

    /// <summary>Minutes to say the parts of the notes that are said (all of them when they carry no marks).</summary>
    public static double Spoken(string notes) => TextMeasure.Of(SaidText(notes)).SpeakingMinutes;

    /// <summary>The minutes of discussion the notes plan ("【讨论】约 5 分钟", "[Discussion] about 5 min").</summary>
    public static double DiscussionMinutes(string notes) =>
        DiscussionPattern().Matches(notes).Sum(m => double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : 0);

    /// <summary>
    /// The text the presenter says: paragraphs outside the unsaid parts (time, room, prepared answers) and outside a
    /// discussion's own line (its minutes are counted instead of its questions).
    /// </summary>
    public static string SaidText(string notes)
    {
        var said = new List<string>();
        var saying = true;
        foreach (var line in notes.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (UnsaidPattern().IsMatch(trimmed))
            {
                saying = false;
                continue;
            }
            if (SaidPattern().Match(trimmed) is { Success: true } said0)
            {
                saying = true;
                said.Add(trimmed[said0.Length..]);
                continue;
            }
            if (saying)
                said.Add(line);
        }
        return string.Join('\n', said);
    }

    [GeneratedRegex(@"^(【时间】|\[Time\]|【在场】|\[In the room\]|【备答】|\[Prepared answers\]|【讨论】|\[Discussion\])")]
    private static partial Regex UnsaidPattern();

    [GeneratedRegex(@"^(【讲】|\[Say\]|【过渡】|\[Transition\])\s*")]
    private static partial Regex SaidPattern();

    [GeneratedRegex(@"(?:【讨论】约|\[Discussion\] about)\s*([0-9]+(?:\.[0-9]+)?)")]
    private static partial Regex DiscussionPattern();
}
