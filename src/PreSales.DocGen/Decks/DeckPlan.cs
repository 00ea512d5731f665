using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Decks;

/// <summary>What a slide is for; the renderer picks its layout from it.</summary>
public enum SlideKind
{
    /// <summary>The title slide: customer and exchange.</summary>
    Title,

    /// <summary>The agenda.</summary>
    Agenda,

    /// <summary>A section header.</summary>
    Section,

    /// <summary>A slide of bullets, a table, a chart or a diagram.</summary>
    Content,

    /// <summary>Two columns side by side.</summary>
    TwoColumns,

    /// <summary>The closing slide: recap, the ask, next steps.</summary>
    Closing,
}

/// <summary>
/// The deck plan: an intermediate, editable model of a deck (METHOD §4, the eight-step routine and TQCSS).
/// Planned from a deal or read from an outline; rendered onto a template.
/// </summary>
public sealed record DeckPlan
{
    /// <summary>The version of this file's shape.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>The language the deck is written in.</summary>
    public DealLanguage Language { get; init; } = DealLanguage.ZhCN;

    /// <summary>The customer the deck is for.</summary>
    public string Customer { get; init; } = "";

    /// <summary>The length of the exchange, in minutes.</summary>
    public int DurationMinutes { get; init; } = 30;

    /// <summary>Steps 1–4 of the deck routine: goal, audience, theme, structure.</summary>
    public DeckBrief Brief { get; init; } = new();

    /// <summary>The slides, in order.</summary>
    public IReadOnlyList<PlannedSlide> Slides { get; init; } = [];
}

/// <summary>Steps 1–4 of the eight-step deck routine (METHOD §4).</summary>
public sealed record DeckBrief
{
    /// <summary>1 明确目标: the deck's goal.</summary>
    public string? Goal { get; init; }

    /// <summary>2 分析听众及兴奋点: the audience with hot buttons and concerns.</summary>
    public IReadOnlyList<AudienceMember> Audience { get; init; } = [];

    /// <summary>3 决定主题内容: the theme.</summary>
    public string? Theme { get; init; }

    /// <summary>4 确立层次结构: the structure, one line per section.</summary>
    public IReadOnlyList<string> Structure { get; init; } = [];

    /// <summary>The deal's stage during the exchange.</summary>
    public DealStage? Stage { get; init; }
}

/// <summary>A person in the audience, as the deck sees them.</summary>
/// <param name="Name">Name.</param>
/// <param name="Title">Job title.</param>
/// <param name="Level">Level in the organisation.</param>
/// <param name="HotButtons">What excites the person.</param>
/// <param name="Concerns">What worries the person.</param>
public sealed record AudienceMember(string Name, string? Title, OrgLevel? Level, IReadOnlyList<string> HotButtons, IReadOnlyList<string> Concerns);

/// <summary>One slide of the plan.</summary>
public sealed record PlannedSlide
{
    /// <summary>What the slide is for.</summary>
    public SlideKind Kind { get; init; } = SlideKind.Content;

    /// <summary>The TQCSS section (or opening/closing) it belongs to.</summary>
    public string? Section { get; init; }

    /// <summary>The slide title.</summary>
    public string Title { get; init; } = "";

    /// <summary>A subtitle (title slide, section header).</summary>
    public string? Subtitle { get; init; }

    /// <summary>Body items with their levels (0 = top).</summary>
    public IReadOnlyList<BodyItem> Body { get; init; } = [];

    /// <summary>The second column, for two-column slides.</summary>
    public IReadOnlyList<BodyItem> SecondColumn { get; init; } = [];

    /// <summary>A table.</summary>
    public SlideTable? Table { get; init; }

    /// <summary>A native chart.</summary>
    public SlideChart? Chart { get; init; }

    /// <summary>A native timeline diagram.</summary>
    public SlideTimeline? Timeline { get; init; }

    /// <summary>A picture.</summary>
    public SlideImage? Image { get; init; }

    /// <summary>Speaker notes: talk track and time budget.</summary>
    public SpeakerNotes? Notes { get; init; }
}

/// <summary>A bullet with its level.</summary>
/// <param name="Text">The text.</param>
/// <param name="Level">0 for a top bullet, 1 and 2 below it.</param>
public sealed record BodyItem(string Text, int Level = 0);

/// <summary>A table with a header row.</summary>
/// <param name="Header">The header cells.</param>
/// <param name="Rows">The body rows.</param>
public sealed record SlideTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A clustered bar chart.</summary>
/// <param name="Categories">The category labels.</param>
/// <param name="Series">The series.</param>
/// <param name="AltText">Alternative text describing the chart.</param>
public sealed record SlideChart(IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, string AltText);

/// <summary>One series of a chart.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Values">One value per category.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>A timeline of steps drawn as native shapes.</summary>
/// <param name="Steps">The steps in order.</param>
/// <param name="AltText">Alternative text describing the diagram.</param>
public sealed record SlideTimeline(IReadOnlyList<TimelineStep> Steps, string AltText);

/// <summary>One step of a timeline.</summary>
/// <param name="Label">What the step is.</param>
/// <param name="When">Its date or period.</param>
public sealed record TimelineStep(string Label, string? When);

/// <summary>A picture from a file.</summary>
/// <param name="Path">The image file (PNG or JPEG).</param>
/// <param name="AltText">Alternative text.</param>
public sealed record SlideImage(string Path, string AltText);

/// <summary>Speaker notes.</summary>
/// <param name="TalkTrack">What to say.</param>
/// <param name="Minutes">The time budget for the slide.</param>
public sealed record SpeakerNotes(string TalkTrack, double Minutes);
