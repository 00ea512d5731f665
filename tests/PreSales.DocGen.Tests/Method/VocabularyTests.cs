using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Tests.Method;

public class VocabularyTests
{
    public static TheoryData<Type> ModelEnums() =>
        new(typeof(Deal).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace!.StartsWith("PreSales.DocGen.Deals", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void Every_value_of_the_model_has_a_chinese_and_an_english_label(Type type)
    {
        foreach (var name in Enum.GetNames(type))
        {
            Assert.Contains((type, name), Vocabulary.LabelledValues);
            var value = Enum.Parse(type, name);
            var label = typeof(Vocabulary).GetMethod(nameof(Vocabulary.Label))!.MakeGenericMethod(type);
            var zh = (string)label.Invoke(Vocabulary.For(DealLanguage.ZhCN), [value])!;
            var en = (string)label.Invoke(Vocabulary.For(DealLanguage.EnUS), [value])!;
            Assert.NotEqual(zh, en);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh);
        }
    }

    [Fact]
    public void Answering_principles_and_benefit_verbs_exist_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<QuestionKind>())
            Assert.NotEqual(Vocabulary.For(DealLanguage.ZhCN).AnsweringPrinciple(kind), Vocabulary.For(DealLanguage.EnUS).AnsweringPrinciple(kind));
        Assert.Equal("提高/增加", Vocabulary.For(DealLanguage.ZhCN).BenefitVerbs(BenefitKind.Raise));
    }
}
