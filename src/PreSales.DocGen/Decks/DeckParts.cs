using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks;

/// <summary>The parts of a planned deck, in TQCSS order: what a single-slide insertion asks for.</summary>
public enum DeckPart
{
    /// <summary>The title slide and the agenda.</summary>
    Opening,

    /// <summary>The customer's trends (T).</summary>
    Trends,

    /// <summary>The customer's situation and questions (Q).</summary>
    Questions,

    /// <summary>A planned discussion.</summary>
    Discussion,

    /// <summary>The reference cases (C), each with its before/after chart.</summary>
    Cases,

    /// <summary>The solution (S): the features and what each does for the customer, the FAB table.</summary>
    Solution,

    /// <summary>The keys to success, each beside our commitment: what backs the ask.</summary>
    Keys,

    /// <summary>Why us: each strength with its evidence.</summary>
    Strengths,

    /// <summary>The customer's milestones as a timeline.</summary>
    Timetable,

    /// <summary>The closing: recap, the ask, the next steps.</summary>
    Closing,
}

/// <summary>
/// Which part of the deck a planned slide belongs to, read from its section: the planner names each section with one
/// of these labels (continuations keep their slide's section), so a plan, edited or not, can be cut by part.
/// </summary>
public static class DeckParts
{
    private static readonly (DeckPart Part, string Chinese, string English)[] Labels =
    [
        (DeckPart.Opening, "开场", "Opening"),
        (DeckPart.Trends, "趋势", "Trends"),
        (DeckPart.Questions, "问题", "Questions"),
        (DeckPart.Discussion, "讨论", "Discussion"),
        (DeckPart.Cases, "案例", "Case"),
        (DeckPart.Solution, "方案", "Solution"),
        (DeckPart.Keys, "成功关键", "Keys to success"),
        (DeckPart.Strengths, "我方优势", "Our strengths"),
        (DeckPart.Timetable, "时间表", "Timetable"),
        (DeckPart.Closing, "总结与下一步", "Summary and next steps"),
    ];

    /// <summary>The section label the planner gives a part, in the deck's language.</summary>
    public static string Label(DeckPart part, Vocabulary v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var (_, zh, en) = Labels.First(l => l.Part == part);
        return v.Pick(zh, en);
    }

    /// <summary>The part a slide belongs to, or null for a section the planner does not make (an outline's own).</summary>
    public static DeckPart? Of(PlannedSlide slide, DealLanguage language)
    {
        ArgumentNullException.ThrowIfNull(slide);
        if (slide.Kind == SlideKind.Closing)
            return DeckPart.Closing;
        if (slide.Kind == SlideKind.Title)
            return DeckPart.Opening;
        foreach (var (part, zh, en) in Labels)
            if (slide.Section == (language == DealLanguage.ZhCN ? zh : en))
                return part;
        return null;
    }

    /// <summary>
    /// The plan with only the slides of one part, in their order (with their continuations); <paramref name="number"/>
    /// keeps only the part's n-th slide (from 1) with its continuations, e.g. one case of several.
    /// </summary>
    public static DeckPlan Only(DeckPlan plan, DeckPart part, int? number = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var slides = plan.Slides.Where(s => Of(s, plan.Language) == part && s.Kind != SlideKind.Section).ToList();
        if (number is { } n)
        {
            // A continuation carries its slide's title with a mark; it goes with the slide before it.
            var groups = new List<List<PlannedSlide>>();
            foreach (var slide in slides)
            {
                if (groups.Count > 0 && SlideFit.Continues(slide, groups[^1][0], plan.Language))
                    groups[^1].Add(slide);
                else
                    groups.Add([slide]);
            }
            slides = n >= 1 && n <= groups.Count ? groups[n - 1] : [];
        }
        return plan with { Slides = slides };
    }

    /// <summary>The API's and CLI's name of a part (lower case, as in the enum).</summary>
    public static string Name(DeckPart part) => part.ToString().ToLowerInvariant();

    /// <summary>The part of a name, or null.</summary>
    public static DeckPart? Parse(string name) =>
        Enum.GetValues<DeckPart>().Cast<DeckPart?>().FirstOrDefault(p => Name(p!.Value) == name?.Trim().ToLowerInvariant());
}
