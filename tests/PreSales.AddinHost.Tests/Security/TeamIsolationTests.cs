using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PreSales.AddinHost.Tests.Support;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Tests.Support;

namespace PreSales.AddinHost.Tests.Security;

/// <summary>
/// Deals, exchanges, generation, reviews and templates of team A are 404 to team B (never 403), and B's lists hold none
/// of them; the same deal id can exist in both teams. With API keys, on SQLite and PostgreSQL.
/// </summary>
public abstract class TeamIsolationTests(SecuredHostTests.Secured fixture)
{
    private const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    [SkippableFact]
    public async Task A_team_never_reads_lists_changes_or_generates_from_another_teams_deals_reviews_and_templates()
    {
        Skip.IfNot(fixture.Available, TestDatabase.NoPostgres);
        using var a = fixture.Host.Client(await fixture.NewKeyAsync("iso-a"));
        using var b = fixture.Host.Client(await fixture.NewKeyAsync("iso-b"));
        var deal = JsonNode.Parse(File.ReadAllText(Repo.Samples("telecom-pilot.zh-CN.json")))!;
        deal["id"] = "shared-id";
        var created = await a.PostAsync("/v1/deals", new StringContent(deal.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var deck = await a.GetByteArrayAsync("/v1/deals/shared-id/deck");
        var content = new ByteArrayContent(deck);
        content.Headers.ContentType = new MediaTypeHeaderValue(Pptx);
        var review = JsonDocument.Parse(await (await a.PostAsync("/v1/reviews?dealId=shared-id&annotate=true", content)).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var template = new ByteArrayContent(DeckRenderer.DefaultTemplate);
        template.Headers.ContentType = new MediaTypeHeaderValue(Pptx);
        var templateId = JsonDocument.Parse(await (await a.PostAsync("/v1/templates?kind=deck&name=A", template)).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        foreach (var (method, path) in new[]
        {
            ("GET", "/v1/deals/shared-id"), ("GET", "/v1/deals/shared-id/export"), ("GET", "/v1/deals/shared-id/check"),
            ("GET", "/v1/deals/shared-id/deck"), ("GET", "/v1/deals/shared-id/deck/plan"), ("GET", "/v1/deals/shared-id/documents/plan"),
            ("POST", "/v1/deals/shared-id/exchanges/1/held"), ("DELETE", "/v1/deals/shared-id"), ("POST", "/v1/deals/shared-id/restore"),
            ("GET", $"/v1/reviews/{review}"), ("GET", $"/v1/reviews/{review}/annotated"),
            ("PUT", $"/v1/templates/{templateId}/default"), ("GET", $"/v1/deals/telecom-pilot/deck?template={templateId}"),
        })
        {
            var response = await b.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {response.StatusCode}");
        }
        Assert.DoesNotContain("shared-id", await b.GetStringAsync("/v1/deals?pageSize=200"), StringComparison.Ordinal);
        Assert.DoesNotContain(templateId!, await b.GetStringAsync("/v1/templates"), StringComparison.Ordinal);

        // B's own deal of the same id is B's, and A's is untouched by anything B did.
        Assert.Equal(HttpStatusCode.Created, (await b.PostAsync("/v1/deals", new StringContent(deal.ToJsonString(), Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/v1/deals/shared-id")).StatusCode);
        Assert.Equal(created.Headers.ETag, (await a.GetAsync("/v1/deals/shared-id")).Headers.ETag);
    }
}

public sealed class TeamIsolationSqliteTests(SecuredSqlite fixture) : TeamIsolationTests(fixture), IClassFixture<SecuredSqlite>;

public sealed class TeamIsolationPostgresTests(SecuredPostgres fixture) : TeamIsolationTests(fixture), IClassFixture<SecuredPostgres>;
