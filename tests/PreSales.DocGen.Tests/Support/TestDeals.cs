using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Tests.Support;

/// <summary>Small deals built in code, for tests that need a precise situation; samples/ has the full ones.</summary>
public static class TestDeals
{
    public static Deal Minimal(DealLanguage language = DealLanguage.ZhCN) => new()
    {
        Id = "minimal",
        Name = language == DealLanguage.ZhCN ? "最小交易" : "Minimal deal",
        Language = language,
        OurCompany = "A",
        Customer = new Customer { Name = language == DealLanguage.ZhCN ? "某市电信分公司" : "City Telecom", Industry = "Telecom" },
        Project = new Project { Name = "Pilot" },
        Stage = DealStage.Discovery,
    };

    public static ElementRatings Rating(int company, int product, int references, int implementation, int price, int service) => new()
    {
        Company = company,
        ProductAndSolution = product,
        CustomersAndReferences = references,
        Implementation = implementation,
        Price = price,
        Service = service,
    };

    public static Stakeholder Person(string id, DecisionRole role = DecisionRole.User, Stance stance = Stance.Neutral, int influence = 3) => new()
    {
        Id = id,
        Name = id,
        Role = role,
        Stance = stance,
        Influence = influence,
    };

    /// <summary>Loads a sample deal from samples/, failing the test with every problem if it does not load.</summary>
    public static Deal Sample(string file)
    {
        var load = DealReader.ReadFile(Repo.Samples(file));
        Assert.True(load.IsValid, string.Join("\n", load.Problems));
        return load.Deal!;
    }
}
