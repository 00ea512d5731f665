using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Method;

public class CompetitiveThinkingTests
{
    private static Deal Deal() => TestDeals.Minimal() with
    {
        OurRating = TestDeals.Rating(3, 4, 4, 3, 5, 3),
        Competitors =
        [
            new Competitor { Id = "e", Name = "E", StrengthClass = StrengthClass.Strong, Rating = TestDeals.Rating(5, 4, 3, 4, 2, 4) },
            new Competitor { Id = "b", Name = "B", StrengthClass = StrengthClass.Medium, Rating = TestDeals.Rating(3, 3, 3, 3, 5, 3) },
            new Competitor { Id = "c", Name = "C", StrengthClass = StrengthClass.Weak },
        ],
        Strategy = new OverallStrategy { LeadElements = [CompetitiveElement.ProductAndSolution] },
    };

    [Fact]
    public void We_stress_where_no_rival_beats_us_lead_elements_first()
    {
        var summary = CompetitiveThinking.Summarize(Deal());
        Assert.True(summary.HasRatings);
        Assert.Equal(CompetitiveElement.ProductAndSolution, summary.Stress[0]);
        Assert.Equal(
            [CompetitiveElement.ProductAndSolution, CompetitiveElement.CustomersAndReferences, CompetitiveElement.Price],
            summary.Stress.Order());
    }

    [Fact]
    public void We_reframe_where_a_rival_beats_us_largest_gap_first()
    {
        var summary = CompetitiveThinking.Summarize(Deal());
        Assert.Equal(CompetitiveElement.Company, summary.Reframe[0]);
        Assert.Equal([CompetitiveElement.Company, CompetitiveElement.Implementation, CompetitiveElement.Service], summary.Reframe.Order());
    }

    [Fact]
    public void Each_competitor_gets_what_to_play_down_and_what_to_expose()
    {
        var e = CompetitiveThinking.Summarize(Deal()).Competitors.Single(p => p.Competitor.Id == "e");
        Assert.Equal(CompetitiveElement.Company, e.PlayDown[0]);
        Assert.Equal(CompetitiveElement.Price, e.Expose[0]);
        Assert.DoesNotContain(CompetitiveElement.ProductAndSolution, e.PlayDown.Concat(e.Expose)); // a tie is neither
    }

    [Fact]
    public void The_main_competitor_has_the_highest_total()
    {
        Assert.Equal("e", CompetitiveThinking.Summarize(Deal()).Main!.Id);
    }

    [Fact]
    public void Without_our_rating_only_the_competitors_are_listed()
    {
        var summary = CompetitiveThinking.Summarize(Deal() with { OurRating = null });
        Assert.False(summary.HasRatings);
        Assert.Empty(summary.Stress);
        Assert.Equal(3, summary.Competitors.Count);
    }
}
