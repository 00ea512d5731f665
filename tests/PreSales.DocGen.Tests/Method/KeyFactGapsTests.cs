using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Tests.Method;

public class KeyFactGapsTests
{
    [Fact]
    public void Unknown_facts_come_first_and_block_then_guesses_then_unconfirmed()
    {
        var facts = new KeyFacts
        {
            Requirements = new KeyFact { Content = "network all four levels", Status = FactStatus.Confirmed },
            Schedule = new KeyFact { Status = FactStatus.Known },
            Budget = new KeyFact { Status = FactStatus.Guess },
            DecisionProcess = new KeyFact { Status = FactStatus.Confirmed },
            Competition = new KeyFact { Status = FactStatus.Confirmed },
            // EvaluationCriteria stays unknown
        };
        var gaps = KeyFactGaps.Find(facts);
        Assert.Equal([KeyFactKind.EvaluationCriteria, KeyFactKind.Budget, KeyFactKind.Schedule], gaps.Select(g => g.Fact));
        Assert.Equal([true, false, false], gaps.Select(g => g.Blocking));
    }

    [Fact]
    public void A_new_deal_misses_all_six() =>
        Assert.Equal(6, KeyFactGaps.Find(new KeyFacts()).Count(g => g.Blocking));
}
