using System.Text.Json;
using PreSales.DocGen.Method;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Method;

public class TextTermsTests
{
    [Theory]
    [InlineData("割接方案按批次进行", "分批割接，风险可控", 1)] // 割接
    [InlineData("Network cutover in batches", "a CUTOVER plan for the network", 2)] // network, cutover: case ignored
    [InlineData("5G核心网 cutover", "核心网改造", 2)] // 核心, 心网
    [InlineData("the map of it", "the map of it", 0)] // words under four letters are no terms
    [InlineData("x86abc servers", "X86ABC and servers", 2)]
    [InlineData("internationalisation plans", "Internationalisation", 1)] // a word over eleven letters
    [InlineData("", "割接", 0)]
    public void Overlap_counts_the_shared_terms(string a, string b, int shared)
    {
        Assert.Equal(shared, TextTerms.Overlap(a, b));
        Assert.Equal(shared, TextTerms.Overlap(b, a));
    }

    [Fact]
    public void Common_words_are_left_out_when_asked()
    {
        var common = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "with", "their" };
        Assert.Equal(4, TextTerms.Overlap("with their cutover plans", "cutover with plans, their way"));
        Assert.Equal(1, TextTerms.Overlap("with their cutover plans", "cutover WITH plan, THEIR way", common));
    }

    // The overlap is the size of the intersection of the texts' distinct terms (Of, case ignored), for every pair of a
    // sample deal's texts: the fast form may not drift from the definition.
    [Theory]
    [InlineData("telecom-pilot.zh-CN.json")]
    [InlineData("revenue-office.en-US.json")]
    public void Overlap_is_the_intersection_of_the_terms_of_Of(string sample)
    {
        var texts = Strings(JsonDocument.Parse(File.ReadAllText(Repo.Samples(sample))).RootElement).Distinct().Take(300).ToList();
        Assert.True(texts.Count > 100);
        var sets = texts.Select(t => TextTerms.Of(t).ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();
        for (var i = 0; i < texts.Count; i++)
            for (var j = i; j < texts.Count; j++)
                Assert.Equal(sets[i].Count(sets[j].Contains), TextTerms.Overlap(texts[i], texts[j]));
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
