using PreSales.DocGen.Decks;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>Every planned slide belongs to a part, so a single-slide insertion can ask for any of them.</summary>
public sealed class DeckPartsTests
{
    public static TheoryData<string> Samples() => ["telecom-pilot.zh-CN.json", "telecom-pilot.en-US.json", "revenue-office.en-US.json"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_planned_slide_of_a_sample_has_a_part_and_the_parts_keep_tqcss_order(string sample)
    {
        var plan = DeckPlanner.Plan(TestDeals.Sample(sample), new DeckRequest()).Plan;
        var parts = plan.Slides.Select(s => DeckParts.Of(s, plan.Language)).ToList();
        Assert.All(parts.Zip(plan.Slides), p => Assert.True(p.First is not null, $"no part for '{p.Second.Title}' (section '{p.Second.Section}')"));
        Assert.Equal(DeckPart.Opening, parts[0]);
        Assert.Equal(DeckPart.Closing, parts[^1]);
        // Cut by part and put back together, the plan is whole: no slide in two parts, none in none.
        var cut = Enum.GetValues<DeckPart>().SelectMany(p => DeckParts.Only(plan, p).Slides).ToHashSet();
        Assert.Equal(plan.Slides.Count(s => s.Kind != SlideKind.Section), cut.Count);
    }

    [Fact]
    public void The_nth_slide_of_a_part_comes_with_its_continuations()
    {
        var plan = new DeckPlan
        {
            Language = PreSales.DocGen.Deals.DealLanguage.ZhCN,
            Customer = "客户",
            Slides =
            [
                new PlannedSlide { Section = "案例", Title = "案例一" },
                new PlannedSlide { Section = "案例", Title = "案例一（续）" },
                new PlannedSlide { Section = "案例", Title = "案例二" },
                new PlannedSlide { Section = "方案", Title = "方案" },
            ],
        };
        Assert.Equal(["案例一", "案例一（续）"], DeckParts.Only(plan, DeckPart.Cases, 1).Slides.Select(s => s.Title));
        Assert.Equal(["案例二"], DeckParts.Only(plan, DeckPart.Cases, 2).Slides.Select(s => s.Title));
        Assert.Empty(DeckParts.Only(plan, DeckPart.Cases, 3).Slides);
        Assert.Equal(DeckPart.Cases, DeckParts.Parse(" Cases "));
        Assert.Null(DeckParts.Parse("brochure"));
    }
}
