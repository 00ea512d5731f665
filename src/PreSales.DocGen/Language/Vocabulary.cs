using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Language;

/// <summary>
/// The method's own words in the product's two languages: every label a user sees for a value of the model
/// comes from here, so Chinese and English stay complete and consistent across decks, documents and reports.
/// </summary>
public sealed partial class Vocabulary
{
    private readonly bool zh;

    private Vocabulary(DealLanguage language)
    {
        Language = language;
        zh = language == DealLanguage.ZhCN;
    }

    private static readonly Vocabulary Chinese = new(DealLanguage.ZhCN);
    private static readonly Vocabulary English = new(DealLanguage.EnUS);

    /// <summary>The vocabulary of a language.</summary>
    public static Vocabulary For(DealLanguage language) => language == DealLanguage.ZhCN ? Chinese : English;

    /// <summary>The language of this vocabulary.</summary>
    public DealLanguage Language { get; }

    /// <summary>Whether this is the Chinese vocabulary.</summary>
    public bool IsChinese => zh;

    /// <summary>Picks the Chinese or the English text.</summary>
    public string Pick(string chinese, string english) => zh ? chinese : english;

    /// <summary>The label of any value of the model's enums.</summary>
    public string Label<T>(T value) where T : struct, Enum =>
        Labels.TryGetValue((typeof(T), value.ToString()), out var pair) ? Pick(pair.Zh, pair.En) : value.ToString();

    /// <summary>Joins a list the way the language does (、 in Chinese, commas in English).</summary>
    public string List(IEnumerable<string> items) => string.Join(zh ? "、" : ", ", items);

    /// <summary>The colon of the language.</summary>
    public string Colon => zh ? "：" : ": ";

    /// <summary>The verbs of a benefit kind (METHOD §5), e.g. 提高/增加.</summary>
    public string BenefitVerbs(BenefitKind kind) => kind switch
    {
        BenefitKind.Raise => Pick("提高/增加", "raise / increase"),
        BenefitKind.Cut => Pick("降低/减少", "cut / reduce"),
        BenefitKind.Achieve => Pick("达成/满足", "achieve / meet"),
        BenefitKind.Keep => Pick("保持/维持", "keep / maintain"),
        _ => kind.ToString(),
    };

    /// <summary>How to answer a kind of question (METHOD §5).</summary>
    public string AnsweringPrinciple(QuestionKind kind) => kind switch
    {
        QuestionKind.Information => Pick(
            "紧扣主题；举例重新解释；过早或旁支的问题可延后；过深的技术细节会后再谈。",
            "Stay on topic; re-explain with an example; defer early or side questions; park deep technical detail."),
        QuestionKind.Capability => Pick(
            "听完整个问题，找出真正的问题、提问者的立场和意图；从客户的使用出发回答，把问题转化为我方优势。",
            "Listen fully, find the real question and the asker's stance and intent; answer from the customer's use and turn it into a strength."),
        QuestionKind.Trap => Pick(
            "保持冷静，从客户的使用出发回答；不评价竞争对手，也不贬低自己；超出能力的问题如实说明并给出替代。",
            "Answer calmly from the customer's use; do not judge a competitor or ourselves; for questions beyond our capability, say so and offer an alternative."),
        QuestionKind.Coaching => Pick(
            "若是我方优势，结合案例充分展开；若是对方优势，先表明我方不弱，再引导到更重要的方面（有风险）。",
            "If it is our strength, present it fully with examples; if it is theirs, show we are not weak, then reframe what matters more (risky)."),
        _ => kind.ToString(),
    };
}
