using System.Text.RegularExpressions;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Tests.Method;

/// <summary>
/// A simple grammar check for the FAB phrase forms: after a modal or "to" ("could", "will", "can", "to", "it will")
/// a benefit verb must be in its base form ("could cut", never "could Cuts"), and no line starts lower-case.
/// </summary>
public static partial class EnglishGrammar
{
    public static IReadOnlyList<string> FabPhraseProblems(IEnumerable<string> lines)
    {
        var problems = new List<string>();
        foreach (var line in lines)
        {
            foreach (Match m in AfterModal().Matches(line))
            {
                if (BenefitPhrase.IsThirdPerson(m.Groups[2].Value) || char.IsUpper(m.Groups[2].Value[0]) && BenefitPhrase.BaseForm(m.Groups[2].Value) is not null)
                    problems.Add($"\"{m.Value}\" in: {line}");
            }
            foreach (Match m in AfterAnd().Matches(line))
            {
                if (BenefitPhrase.IsThirdPerson(m.Groups[2].Value) && ModalBefore(line, m.Index))
                    problems.Add($"\"{m.Value}\" after a modal in: {line}");
            }
            if (LineStart().Match(line) is { Success: true } lower)
                problems.Add($"the line starts lower-case at \"{lower.Value}\": {line}");
        }
        return problems;
    }

    // "could Cuts … and reduces": a conjugated verb joined to a phrase that started after a modal in the same clause.
    private static bool ModalBefore(string line, int index)
    {
        var clause = line[..index];
        var stop = clause.LastIndexOfAny(['.', '?', '!', ';', ':']);
        return AfterModal().IsMatch(clause[(stop + 1)..]);
    }

    [GeneratedRegex(@"\b(could|would|will|can|may|might|must|should|to)\s+([A-Za-z]+)\b")]
    private static partial Regex AfterModal();

    [GeneratedRegex(@"\b(and|or)\s+([A-Za-z]+)\b")]
    private static partial Regex AfterAnd();

    [GeneratedRegex(@"^[""“]?[a-z]\w*")]
    private static partial Regex LineStart();
}
