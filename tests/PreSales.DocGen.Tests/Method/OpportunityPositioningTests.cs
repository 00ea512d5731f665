using PreSales.DocGen.Deals;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Tests.Method;

public class OpportunityPositioningTests
{
    [Theory]
    [InlineData(Grade.High, Grade.High, Position.AllOut)]
    [InlineData(Grade.High, Grade.Medium, Position.AllOut)]
    [InlineData(Grade.Medium, Grade.High, Position.AllOut)]
    [InlineData(Grade.High, Grade.Low, Position.Participate)]
    [InlineData(Grade.Medium, Grade.Medium, Position.Participate)]
    [InlineData(Grade.Low, Grade.High, Position.Participate)]
    [InlineData(Grade.Low, Grade.Low, Position.Participate)]
    public void Importance_times_likelihood_gives_the_position(Grade importance, Grade likelihood, Position expected) =>
        Assert.Equal(expected, OpportunityPositioning.Recommend(importance, likelihood));

    [Fact]
    public void A_team_choice_against_the_method_is_visible()
    {
        var assessment = OpportunityPositioning.Assess(new Positioning
        {
            Importance = Grade.Medium,
            Likelihood = Grade.Medium,
            Position = Position.AllOut,
            Reason = "strategic account",
            History = [new Repositioning { Date = new DateOnly(2026, 3, 1), From = Position.Participate, To = Position.AllOut, Reason = "coach found" }],
        });
        Assert.Equal(Position.Participate, assessment.Recommended);
        Assert.Equal(Position.AllOut, assessment.Chosen);
        Assert.False(assessment.AgreesWithMethod);
        Assert.Equal(1, assessment.Repositionings);
    }

    [Fact]
    public void Without_a_stated_position_the_method_applies()
    {
        var assessment = OpportunityPositioning.Assess(new Positioning { Importance = Grade.High, Likelihood = Grade.High });
        Assert.True(assessment.AgreesWithMethod);
        Assert.Equal(Position.AllOut, assessment.Chosen);
    }
}
