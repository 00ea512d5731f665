namespace PreSales.DocGen.Review.Rules;

/// <summary>Every review rule, in one place, in report order.</summary>
public static class RuleRegistry
{
    /// <summary>All rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new GenericContentRule(),
        new CustomerFactsRule(),
        new InternalContentRule(),
        new WeaknessShownRule(),
        new CaseMissingRule(),
        new AskUnbackedRule(),
        new DealDatesRule(),
        new NoStructureRule(),
        new TqcssMissingRule(),
        new NoFocusRule(),
        new DepthMismatchRule(),
        new NoEvidenceRule(),
        new TextHeavyRule(),
        new FewVisualsRule(),
        new RigidRule(),
        new FlashyRule(),
        new NoAskRule(),
        new TitleMissingRule(),
        new TitleDuplicateRule(),
        new TitleSmallerRule(),
        new TitleShrunkRule(),
        new LevelsInvertedRule(),
        new AltTextMissingRule(),
        new TableHeaderMissingRule(),
        new LowContrastRule(),
        new ChartContrastRule(),
        new FontTooSmallRule(),
        new OffSlideRule(),
        new OverlapRule(),
        new DecorationOverlapRule(),
        new TextOverflowRule(),
        new TextCrampedRule(),
        new EmptyPlaceholderRule(),
        new EmptySlideRule(),
        new LeftoverTextRule(),
        new CommentsLeftRule(),
        new HiddenSlideRule(),
        new NotesMissingRule(),
        new OverTimeRule(),
        new OpeningLongRule(),
    ];

    /// <summary>A rule by id, or null.</summary>
    public static Rule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
