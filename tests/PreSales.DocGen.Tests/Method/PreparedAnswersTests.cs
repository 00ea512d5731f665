using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;
using Xunit.Abstractions;

namespace PreSales.DocGen.Tests.Method;

public sealed partial class PreparedAnswersTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("telecom-pilot.en-US.json")]
    public void Every_attendee_of_the_next_exchange_gets_questions_each_with_an_answer_a_principle_and_an_owner(string file)
    {
        var deal = TestDeals.Sample(file);
        var prepared = PreparedAnswers.For(deal);
        Assert.NotNull(prepared.Exchange);
        var expected = prepared.Exchange!.CustomerAttendees.Select(a => a.StakeholderId).OfType<string>().ToHashSet();
        Assert.Equal(expected, prepared.Attendees.Select(a => a.Person.Id).ToHashSet());
        var ourNames = prepared.Exchange.OurAttendees.Select(o => o.Name).ToList();
        foreach (var (person, q) in prepared.All)
        {
            output.WriteLine($"{person.Name} [{q.Kind}] {q.Question}\n  → {q.Answer}\n  by {q.AnsweredBy}; basis: {string.Join(" | ", q.Basis)}");
            Assert.False(string.IsNullOrWhiteSpace(q.Answer), q.Question);
            Assert.False(string.IsNullOrWhiteSpace(q.Principle), q.Question);
            Assert.Contains(ourNames, n => q.AnsweredBy.StartsWith(n, StringComparison.Ordinal));
        }
        Assert.All(prepared.Attendees, a => Assert.NotEmpty(a.Questions));
    }

    [Fact]
    public void The_opponent_attends_first_with_trap_questions_first_answered_from_the_deal()
    {
        var deal = TestDeals.Sample("telecom-pilot.en-US.json");
        var prepared = PreparedAnswers.For(deal);
        var first = prepared.Attendees[0];
        Assert.Equal("zheng-fang", first.Person.Id);
        Assert.Equal(Stance.Opponent, first.Person.Stance);
        Assert.Equal(QuestionKind.Trap, first.Questions[0].Kind);
        // Every trap answer carries evidence from the deal: a case figure or a FAB advantage, not only a stock line.
        foreach (var trap in first.Questions.Where(q => q.Kind == QuestionKind.Trap))
            Assert.True(deal.Fab.Any(f => trap.Answer.Contains(f.Advantage.TrimEnd('.'), StringComparison.Ordinal))
                || deal.Cases.Any(c => trap.Answer.Contains(c.Customer, StringComparison.Ordinal)), trap.Answer);
        // A reference question is answered with the cases' before/after figures.
        var all = prepared.All.Select(x => x.Answer).ToList();
        Assert.Contains(all, a => a.Answer.Contains("went from 4 hours to 25 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public void Phrasing_varies_no_form_is_used_for_most_questions()
    {
        var deal = TestDeals.Sample("telecom-pilot.zh-CN.json");
        var questions = PreparedAnswers.For(deal).All.Select(x => x.Answer.Question).ToList();
        // The stem of a question is what is left without the quoted deal text.
        var stems = questions.Select(q => QuotedText().Replace(q, "“”")).GroupBy(s => s).Max(g => g.Count());
        Assert.True(stems <= questions.Count / 3, $"{stems} of {questions.Count} questions share one phrasing");
    }

    [Theory]
    [InlineData("Cuts the workload and reduces the reliance on site visits", "cut the workload and reduce the reliance on site visits")]
    [InlineData("Meets MLPS 2.0 and achieves information security", "meet MLPS 2.0 and achieve information security")]
    [InlineData("Keeps the outlets running and maintains service", "keep the outlets running and maintain service")]
    [InlineData("Raises efficiency and increases the satisfaction of users", "raise efficiency and increase the satisfaction of users")]
    [InlineData("Satisfies the auditors, reduces risk", "satisfy the auditors, reduce risk")]
    [InlineData("降低终端运维工作量", "降低终端运维工作量")]
    public void Benefits_become_base_form_verb_phrases(string benefit, string phrase) =>
        Assert.Equal(phrase, BenefitPhrase.AsVerbPhrase(benefit));

    [Fact]
    public void No_English_line_puts_a_conjugated_benefit_verb_after_a_modal()
    {
        var deal = TestDeals.Sample("telecom-pilot.en-US.json");
        var lines = PreparedAnswers.For(deal).All.SelectMany(x => new[] { x.Answer.Question, x.Answer.Answer }).ToList();
        Assert.Empty(EnglishGrammar.FabPhraseProblems(lines));
        Assert.NotEmpty(EnglishGrammar.FabPhraseProblems(["If you could Cuts the cost, what would it mean?"]));
    }

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex QuotedText();
}
