namespace PreSales.DocGen.Documents.Templates;

/// <summary>What a content control holds.</summary>
public enum TagShape
{
    /// <summary>A plain text value (a run-level or block-level control).</summary>
    Text,

    /// <summary>Paragraphs, lists and tables (a block-level control, or one in a table cell).</summary>
    Blocks,

    /// <summary>A repeating table row or section whose copies hold the inner tags.</summary>
    Repeat,
}

/// <summary>One content-control tag a template of a document kind must (or may) have.</summary>
/// <param name="Tag">The tag (w:tag) value.</param>
/// <param name="Shape">What the control holds.</param>
/// <param name="Inner">For a repeat: the tags inside each copy.</param>
/// <param name="Required">Whether a template without it is refused.</param>
public sealed record TagSpec(string Tag, TagShape Shape, IReadOnlyList<TagSpec> Inner, bool Required = true)
{
    /// <summary>A text tag.</summary>
    public static TagSpec Text(string tag, bool required = true) => new(tag, TagShape.Text, [], required);

    /// <summary>A blocks tag.</summary>
    public static TagSpec Blocks(string tag, bool required = true) => new(tag, TagShape.Blocks, [], required);

    /// <summary>A repeating row or section.</summary>
    public static TagSpec Repeat(string tag, params TagSpec[] inner) => new(tag, TagShape.Repeat, inner);
}

/// <summary>The tags of each document kind: the contract between deliverable models, default templates and user templates.</summary>
public static class TemplateTags
{
    private static readonly TagSpec[] Header =
    [
        TagSpec.Text("title"), TagSpec.Text("dealName"), TagSpec.Text("customer"),
        TagSpec.Text("docNumber"), TagSpec.Text("date"),
        TagSpec.Text("confidentiality", required: false),
    ];

    /// <summary>The tags of a document kind.</summary>
    public static IReadOnlyList<TagSpec> For(DocumentKind kind) => kind switch
    {
        DocumentKind.Minutes => Minutes,
        DocumentKind.Plan => Plan,
        DocumentKind.Summary => Summary,
        DocumentKind.QaPreparation => QaPreparation,
        DocumentKind.Brief => Brief,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static readonly TagSpec[] Minutes =
    [
        .. Header,
        TagSpec.Text("exchangeTitle"), TagSpec.Text("place", required: false),
        TagSpec.Blocks("agenda"),
        TagSpec.Repeat("customerAttendees", TagSpec.Text("name"), TagSpec.Text("jobTitle"), TagSpec.Text("department", required: false), TagSpec.Text("role", required: false)),
        TagSpec.Repeat("ourAttendees", TagSpec.Text("name"), TagSpec.Text("role")),
        TagSpec.Blocks("strategy"), TagSpec.Blocks("content"),
        TagSpec.Blocks("interests"),
        TagSpec.Repeat("questions", TagSpec.Text("number", required: false), TagSpec.Text("question"), TagSpec.Text("kind"), TagSpec.Text("askedBy", required: false), TagSpec.Blocks("answer")),
        TagSpec.Blocks("information"),
        TagSpec.Blocks("materials"),
        TagSpec.Blocks("lessons"),
        TagSpec.Blocks("nextFocus"),
        TagSpec.Repeat("actionItems", TagSpec.Text("item"), TagSpec.Text("owner"), TagSpec.Text("due"), TagSpec.Text("status")),
        TagSpec.Blocks("unplaced", required: false),
    ];

    private static readonly TagSpec[] Plan =
    [
        .. Header,
        TagSpec.Blocks("projectAnalysis"),
        TagSpec.Repeat("keyFacts", TagSpec.Text("fact"), TagSpec.Text("status"), TagSpec.Blocks("content"), TagSpec.Text("source", required: false)),
        TagSpec.Blocks("strengths"), TagSpec.Blocks("weaknesses"), TagSpec.Blocks("opportunities"), TagSpec.Blocks("threats"),
        TagSpec.Blocks("positioning"),
        TagSpec.Repeat("positioningHistory", TagSpec.Text("date"), TagSpec.Text("from"), TagSpec.Text("to"), TagSpec.Text("reason")),
        TagSpec.Blocks("competitiveThinking"),
        TagSpec.Repeat("elementRatings", TagSpec.Text("bidder"), TagSpec.Text("company"), TagSpec.Text("product"), TagSpec.Text("references"),
            TagSpec.Text("implementation"), TagSpec.Text("price"), TagSpec.Text("service"), TagSpec.Text("total")),
        TagSpec.Repeat("stages", TagSpec.Text("number"), TagSpec.Text("focus"), TagSpec.Text("purpose"), TagSpec.Text("audience"),
            TagSpec.Text("keyContent"), TagSpec.Text("strengths")),
        TagSpec.Blocks("stageDetails", required: false),
        TagSpec.Blocks("stakeholderMap"),
        TagSpec.Blocks("strategy"),
    ];

    private static readonly TagSpec[] Summary =
    [
        .. Header,
        TagSpec.Text("status"),
        TagSpec.Blocks("background"),
        TagSpec.Repeat("exchanges", TagSpec.Text("number"), TagSpec.Text("date"), TagSpec.Text("kind"), TagSpec.Text("exchangeTitle"), TagSpec.Text("status")),
        TagSpec.Blocks("result"),
        TagSpec.Blocks("strategyReview"),
        TagSpec.Blocks("whatWorked"),
        TagSpec.Blocks("lessons"),
        TagSpec.Blocks("material"),
        TagSpec.Blocks("documents"),
    ];

    private static readonly TagSpec[] QaPreparation =
    [
        .. Header,
        TagSpec.Text("audience"),
        TagSpec.Repeat("stakeholders", TagSpec.Text("name"), TagSpec.Text("profile"), TagSpec.Blocks("questions")),
        TagSpec.Repeat("spin", TagSpec.Text("kind"), TagSpec.Text("question"), TagSpec.Text("purpose", required: false)),
    ];

    private static readonly TagSpec[] Brief =
    [
        .. Header,
        TagSpec.Text("exchange"),
        TagSpec.Blocks("goal"),
        TagSpec.Blocks("checks"),
        TagSpec.Repeat("attendees", TagSpec.Text("name"), TagSpec.Text("profile", required: false), TagSpec.Text("hotButtons"), TagSpec.Blocks("approach")),
        TagSpec.Repeat("flow", TagSpec.Text("time"), TagSpec.Text("part"), TagSpec.Blocks("what")),
        TagSpec.Blocks("team", required: false),
        TagSpec.Blocks("answering"),
        TagSpec.Repeat("prepared", TagSpec.Text("askedBy"), TagSpec.Text("kind", required: false), TagSpec.Text("question"), TagSpec.Text("answer"), TagSpec.Text("answeredBy", required: false)),
        TagSpec.Blocks("asking"),
        TagSpec.Blocks("roomControl"),
        TagSpec.Blocks("delivery"),
    ];
}
