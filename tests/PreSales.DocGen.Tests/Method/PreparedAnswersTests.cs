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
                || deal.Cases.Any(c => trap.Answer.Contains(c.ShortName ?? c.Customer, StringComparison.Ordinal)), trap.Answer);
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
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("telecom-pilot.en-US.json")]
    [InlineData("revenue-office.en-US.json")]
    public void No_two_questions_share_an_answer_and_each_answer_speaks_to_its_question(string file)
    {
        var deal = TestDeals.Sample(file);
        var v = PreSales.DocGen.Language.Vocabulary.For(deal.Language);
        var all = PreparedAnswers.For(deal).All.Select(x => x.Answer).ToList();
        Assert.True(all.Count >= 8, $"{all.Count} questions");
        foreach (var same in all.GroupBy(q => q.Answer).Where(g => g.Count() > 1))
            Assert.Fail($"{same.Count()} questions share one answer: {same.Key}\n  " + string.Join("\n  ", same.Select(q => q.Question)));
        foreach (var q in all)
        {
            output.WriteLine($"[{q.Kind}] {q.Question}\n  topic: {q.Topic}\n  → {q.Answer}");
            // Tied to its question: it shares words with the subject, names it, or (a trap on our weakness, which is
            // never quoted in the room) names the competitive element the weakness is about.
            var element = PreparedAnswers.ElementOf(q.Topic);
            Assert.True(TextTerms.Overlap(q.Topic, q.Answer) > 0 || q.Answer.Contains(q.Topic, StringComparison.OrdinalIgnoreCase)
                || element is { } e && q.Answer.Contains(v.Label(e), StringComparison.OrdinalIgnoreCase), $"{q.Question} → {q.Answer}");
        }
        // Not one stock answer with a new opening: the evidence differs too (no body sentence in more than half the answers).
        var sentences = all.SelectMany(q => SentenceSplit().Split(q.Answer).Where(t => t.Length > 12).Distinct()).GroupBy(t => t).Max(g => g.Count());
        Assert.True(sentences * 2 <= all.Count, $"one sentence is in {sentences} of {all.Count} answers");
    }

    [Theory]
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("telecom-pilot.en-US.json")]
    public void A_trap_on_our_weakness_never_quotes_the_internal_weakness_and_relationship_gaps_are_not_questions(string file)
    {
        var deal = TestDeals.Sample(file);
        var all = PreparedAnswers.For(deal).All.Select(x => x.Answer).ToList();
        foreach (var weakness in deal.Swot.Weaknesses)
            Assert.DoesNotContain(all, q => q.Answer.Contains(weakness, StringComparison.Ordinal));
        // "No relationship with top management yet" is ours to work on, not a question the customer asks.
        Assert.DoesNotContain(all, q => q.Kind == QuestionKind.Trap && PreparedAnswers.ElementOf(q.Topic) is null && deal.Swot.Weaknesses.Contains(q.Topic));
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

    [GeneratedRegex(@"(?<=[。.？?！!])\s*")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex QuotedText();
}
