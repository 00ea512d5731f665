using System.Text.Json.Nodes;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Deals;

public class DealSchemaTests
{
    [Fact]
    public void The_published_schema_is_the_one_generated_from_the_model()
    {
        var published = File.ReadAllText(Path.Combine(Repo.Root, "samples", "deal.schema.json"));
        // Regenerate with: dotnet run --project src/PreSales.Cli -- schema > samples/deal.schema.json
        Assert.Equal(DealSchema.Text, published);
    }

    [Fact]
    public void Every_scale_of_the_model_is_in_the_schema()
    {
        var schema = JsonNode.Parse(DealSchema.Text)!;
        var influence = schema["properties"]!["stakeholders"]!["items"]!["properties"]!["influence"]!;
        Assert.Equal(1, influence["minimum"]!.GetValue<int>());
        Assert.Equal(5, influence["maximum"]!.GetValue<int>());
        Assert.NotEmpty(DealSchema.RangedProperties());
    }

    [Fact]
    public void Enum_values_are_camel_case_strings()
    {
        var schema = JsonNode.Parse(DealSchema.Text)!;
        var roles = schema["properties"]!["stakeholders"]!["items"]!["properties"]!["role"]!["enum"]!.AsArray()
            .Select(n => n!.GetValue<string>());
        Assert.Equal(["decisionMaker", "influencer", "user", "technicalEvaluator", "coach"], roles);
    }
}
