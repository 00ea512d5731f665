using System.Text;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Tests.Deals;

public class DealReaderTests
{
    private const string Valid = """
        {
          "id": "d1", "name": "Deal", "language": "en-US", "ourCompany": "A",
          "customer": { "name": "City Telecom", "industry": "Telecom" },
          "project": { "name": "Pilot" },
          "stage": "discovery",
          "stakeholders": [ { "id": "s1", "name": "Li", "role": "decisionMaker", "influence": 5 } ],
          "competitors": [ { "id": "e", "name": "E", "rating": { "company": 5, "productAndSolution": 4, "customersAndReferences": 3, "implementation": 4, "price": 2, "service": 4 } } ]
        }
        """;

    private static DealLoad Read(string json) => DealReader.Read(Encoding.UTF8.GetBytes(json), DealLanguage.EnUS);

    [Fact]
    public void A_valid_file_loads_with_defaults()
    {
        var load = Read(Valid);
        Assert.True(load.IsValid, string.Join("\n", load.Problems));
        Assert.Equal(Stance.Neutral, load.Deal!.Stakeholders[0].Stance);
        Assert.Equal(FactStatus.Unknown, load.Deal.KeyFacts.Budget.Status);
    }

    [Fact]
    public void Not_json_names_the_line_and_column()
    {
        var load = Read("{\n  \"id\": oops\n}");
        var problem = Assert.Single(load.Problems);
        Assert.Equal("$", problem.Path);
        Assert.StartsWith("line 2, column 9: not valid JSON: “o” is not expected here", problem.Message, StringComparison.Ordinal);
        Assert.Null(load.Deal);
    }

    [Fact]
    public void A_json_syntax_error_is_placed_in_characters_and_worded_in_the_language_the_file_names()
    {
        // The fallback is English, the file says zh-CN: the message is Chinese. The bad comma sits after "客户名", whose
        // three characters are nine UTF-8 bytes: the column counts characters, as an editor shows them.
        var bytes = Encoding.UTF8.GetBytes("{\n  \"language\": \"zh-CN\",\n  \"name\": \"客户名\",,\n}");
        var problem = Assert.Single(DealReader.Read(bytes, DealLanguage.EnUS).Problems);
        Assert.Equal("第 3 行第 17 列不是有效的 JSON：此处不应是 “,”（少了逗号或引号，或多了逗号？）", problem.Message);
        var end = Assert.Single(DealReader.Read(Encoding.UTF8.GetBytes("{\n  \"id\": [1, 2"), DealLanguage.EnUS).Problems);
        Assert.Equal("line 2, column 14: the file ends before the JSON is complete (a missing }, ] or quote?)", end.Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"id\": \"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var problem = Assert.Single(DealReader.Read(bytes, DealLanguage.EnUS).Problems);
        Assert.Contains("UTF-8", problem.Message);
        Assert.Contains("line 2", problem.Message);
    }

    [Fact]
    public void A_50_MB_file_is_refused_before_parsing()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var stream = File.OpenWrite(path))
                stream.SetLength(50L * 1024 * 1024);
            var problem = Assert.Single(DealReader.ReadFile(path, DealLanguage.EnUS).Problems);
            Assert.Contains("50 MB", problem.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var problem = Assert.Single(DealReader.ReadFile("/nonexistent/deal.json", DealLanguage.EnUS).Problems);
        Assert.Contains("not found", problem.Message);
    }

    [Fact]
    public void Every_schema_problem_is_reported_at_once_with_its_path()
    {
        var json = Valid
            .Replace("\"stage\": \"discovery\"", "\"stage\": \"closing\"")
            .Replace("\"influence\": 5", "\"influence\": 9, \"knowledge\": \"high\"")
            .Replace("\"price\": 2", "\"price\": 0")
            .Replace("\"name\": \"Pilot\"", "\"title\": \"Pilot\"");
        var problems = Read(json).Problems.ToDictionary(p => p.Path, p => p.Message);
        Assert.Contains("unknown value \"closing\"", problems["$.stage"]);
        Assert.Contains("discovery", problems["$.stage"]);
        Assert.Contains("outside the scale 1–5", problems["$.stakeholders[0].influence"]);
        Assert.Contains("integer", problems["$.stakeholders[0].knowledge"]);
        Assert.Contains("outside the scale 1–5", problems["$.competitors[0].rating.price"]);
        Assert.Contains("required", problems["$.project.name"]);
        Assert.Contains("unknown field", problems["$.project.title"]);
    }

    [Fact]
    public void Missing_required_fields_are_each_named()
    {
        var problems = Read("""{ "id": "x", "language": "en-US" }""").Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.name", problems);
        Assert.Contains("$.customer", problems);
        Assert.Contains("$.project", problems);
        Assert.Contains("$.stage", problems);
        Assert.Contains("$.ourCompany", problems);
    }

    [Fact]
    public void Unpaired_surrogate_escapes_are_named_where_they_are_not_as_a_conversion_failure()
    {
        var json = Valid.Replace("\"Pilot\"", "\"Pi\\ud800lot\"").Replace("\"Li\"", "\"L\\udc00i\"");
        var problems = Read(json).Problems.ToDictionary(p => p.Path, p => p.Message);
        Assert.Equal(2, problems.Count);
        Assert.Contains("unpaired surrogate", problems["$.project.name"]);
        Assert.Contains("unpaired surrogate", problems["$.stakeholders[0].name"]);
        // A pair escaped in full is a character like any other (U+20BB7, 𠮷).
        Assert.True(Read(Valid.Replace("\"Pilot\"", "\"\\ud842\\udfb7\"")).IsValid);
    }

    [Fact]
    public void Wrong_types_are_reported()
    {
        var problems = Read(Valid.Replace("\"stakeholders\": [", "\"stakeholders\": 3, \"x\": [")).Problems;
        Assert.Contains(problems, p => p.Path == "$.stakeholders" && p.Message.Contains("array"));
    }

    [Fact]
    public void Duplicate_stakeholder_ids_and_unknown_references_are_reported()
    {
        var json = Valid.Replace(
            "\"stakeholders\": [ { \"id\": \"s1\", \"name\": \"Li\", \"role\": \"decisionMaker\", \"influence\": 5 } ]",
            """
            "stakeholders": [ { "id": "s1", "name": "Li", "role": "decisionMaker" }, { "id": "s1", "name": "Wang", "role": "user" } ],
            "strategy": { "contactOrder": [ "s1", "s9" ] },
            "exchanges": [ { "date": "2026-05-01", "kind": "formal", "stage": "discovery", "title": "Kick-off",
                             "customerAttendees": [ { "stakeholderId": "nobody" }, { "title": "CIO" } ] } ]
            """);
        var problems = Read(json).Problems.ToDictionary(p => p.Path, p => p.Message);
        Assert.Contains("duplicate id \"s1\"", problems["$.stakeholders[1].id"]);
        Assert.Contains("$.stakeholders[0].id", problems["$.stakeholders[1].id"]);
        Assert.Contains("s9", problems["$.strategy.contactOrder[1]"]);
        Assert.Contains("nobody", problems["$.exchanges[0].customerAttendees[0].stakeholderId"]);
        Assert.True(problems.ContainsKey("$.exchanges[0].customerAttendees[1]"));
    }

    [Fact]
    public void Consistency_problems_come_with_schema_problems_in_one_pass()
    {
        var json = Valid.Replace(
            "\"stakeholders\": [ { \"id\": \"s1\", \"name\": \"Li\", \"role\": \"decisionMaker\", \"influence\": 5 } ]",
            "\"stakeholders\": [ { \"id\": \"s1\", \"name\": \"Li\", \"role\": \"boss\" }, { \"id\": \"s1\", \"name\": \"Wang\", \"role\": \"user\", \"lastContact\": \"2026-13-45\" } ]");
        var paths = Read(json).Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.stakeholders[0].role", paths);
        Assert.Contains("$.stakeholders[1].id", paths);
        var date = Read(json).Problems.Single(p => p.Path == "$.stakeholders[1].lastContact");
        Assert.Contains("YYYY-MM-DD", date.Message);
    }

    [Fact]
    public void Messages_follow_the_language_the_file_declares()
    {
        var problems = DealReader.Read(Encoding.UTF8.GetBytes(Valid.Replace("en-US", "zh-CN").Replace("\"discovery\"", "\"x\"")), DealLanguage.EnUS).Problems;
        Assert.Contains("未知的取值", Assert.Single(problems).Message);
    }

    [Fact]
    public void Deeply_nested_json_is_refused_without_crashing()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);
        var problem = Assert.Single(Read(json).Problems);
        Assert.Equal("$", problem.Path);
    }

    [Fact]
    public void A_deal_round_trips_through_its_json()
    {
        var deal = Read(Valid).Deal!;
        var again = DealReader.Read(Encoding.UTF8.GetBytes(DealJson.Serialize(deal)));
        Assert.True(again.IsValid, string.Join("\n", again.Problems));
        Assert.Equal(DealJson.Serialize(deal), DealJson.Serialize(again.Deal!));
        Assert.DoesNotContain("\"total\"", DealJson.Serialize(deal)); // computed, not data: --save must not add it
    }
}
