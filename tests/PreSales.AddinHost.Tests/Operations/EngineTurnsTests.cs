using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PreSales.AddinHost.Operations;

namespace PreSales.AddinHost.Tests.Operations;

/// <summary>The engine's turns: a few at a time, the rest waiting oldest first, a full queue a 503 in the caller's language.</summary>
public sealed class EngineTurnsTests
{
    private static DefaultEndpointFilterInvocationContext Request(string language = "zh-CN")
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Headers.AcceptLanguage = language;
        http.Response.Body = new MemoryStream();
        return new DefaultEndpointFilterInvocationContext(http);
    }

    [Fact]
    public async Task Requests_beyond_the_permits_wait_and_go_in_the_order_they_came()
    {
        using var turns = new EngineTurns(permits: 1, queue: 8);
        var release = new TaskCompletionSource();
        var order = new List<int>();
        var first = turns.TakeAsync(Request(), async _ => { order.Add(1); await release.Task; return "one"; }).AsTask();
        var waiting = Enumerable.Range(2, 4).Select(n => turns.TakeAsync(Request(), _ => { lock (order) order.Add(n); return ValueTask.FromResult<object?>(n); }).AsTask()).ToList();
        await Task.Delay(50);
        Assert.Equal([1], order); // the others wait while the first holds the only turn
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        release.SetResult();
        Assert.Equal("one", await first);
        Assert.Equal([2, 3, 4, 5], (await Task.WhenAll(waiting)).Cast<int>());
        Assert.Equal([1, 2, 3, 4, 5], order);
    }

    [Fact]
    public async Task A_full_queue_is_a_503_with_retry_after_in_the_callers_language()
    {
        using var turns = new EngineTurns(permits: 1, queue: 1);
        var release = new TaskCompletionSource();
        var held = turns.TakeAsync(Request(), async _ => { await release.Task; return null; }).AsTask();
        var queued = turns.TakeAsync(Request(), _ => ValueTask.FromResult<object?>("queued")).AsTask();
        foreach (var (language, words) in new[] { ("zh-CN", "服务器正忙"), ("en-US", "the host is busy") })
        {
            var refused = Request(language);
            var answer = await turns.TakeAsync(refused, _ => throw new InvalidOperationException("a refused request never runs"));
            var result = Assert.IsAssignableFrom<IResult>(answer);
            await result.ExecuteAsync(refused.HttpContext);
            Assert.Equal(503, refused.HttpContext.Response.StatusCode);
            Assert.Equal("1", refused.HttpContext.Response.Headers.RetryAfter.ToString());
            refused.HttpContext.Response.Body.Position = 0;
            var problem = JsonDocument.Parse(refused.HttpContext.Response.Body).RootElement;
            Assert.Equal("busy", problem.GetProperty("code").GetString());
            Assert.Contains(words, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        release.SetResult();
        await held;
        Assert.Equal("queued", await queued);
    }

    [Fact]
    public async Task No_permits_configured_lets_every_request_in_at_once()
    {
        using var turns = new EngineTurns(permits: 0, queue: 0);
        var release = new TaskCompletionSource();
        var running = Enumerable.Range(0, 6).Select(_ => turns.TakeAsync(Request(), async _ => { await release.Task; return "ran"; }).AsTask()).ToList();
        await Task.Delay(20);
        Assert.All(running, r => Assert.False(r.IsCompleted));
        release.SetResult();
        Assert.All(await Task.WhenAll(running), r => Assert.Equal("ran", r));
    }
}
