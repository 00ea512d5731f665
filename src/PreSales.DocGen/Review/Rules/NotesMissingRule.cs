using PreSales.DocGen.Language;

namespace PreSales.DocGen.Review.Rules;

/// <summary>notes-missing: a content slide without speaker notes (nothing to rehearse from).</summary>
public sealed class NotesMissingRule : Rule
{
    /// <inheritdoc />
    public override string Id => "notes-missing";

    /// <inheritdoc />
    public override Severity Severity => Severity.Tip;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Rehearsal;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("讲稿备注是演练和他人代讲的依据。", "Speaker notes are what rehearsal, and a stand-in presenter, work from.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var slide in SlideSignals.ContentSlides(context.Deck).Where(s => string.IsNullOrWhiteSpace(s.Notes)))
        {
            yield return Found(context, slide.Number, null,
                new("本页没有讲稿备注。", "The slide has no speaker notes."),
                new("在备注里写下本页要讲的要点和过渡语。", "Write the points to make and the transition in the notes."));
        }
    }
}
