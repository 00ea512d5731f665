using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Runtime.InteropServices;
using PreSales.AddinHost.Deals;
using PreSales.AddinHost.Http;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;

namespace PreSales.AddinHost.Generation;

/// <summary>
/// Deals already read and planned, by the deal's stored text and the request. Planning is pure (the same deal text and
/// options give the same plan), and a deck is often asked for again unchanged: the pane's single slides plan the whole
/// deck for each part, a second template, a second download. Keyed by content, not by id or version, so an edited deal
/// is planned anew and several instances give the same answers without sharing anything.
/// </summary>
/// <param name="capacity">How many plans are kept (<c>PreSales:PlanMemo</c>, 128 by default; 0 keeps none). When full,
/// all are let go at once: simpler than an LRU, and a plan costs milliseconds to make again.</param>
public sealed class PlannedDecks(int capacity)
{
    private readonly ConcurrentDictionary<(string Deal, int? Exchange, int? Minutes), (Deal Deal, DeckPlanning Planning)> kept = new();

    /// <summary>The stored deal as the engine's model, and its deck's plan; 422 with the planner's reason when it has none.</summary>
    public (Deal Deal, DeckPlanning Planning) Of(StoredDeal row, int? exchange, int? minutes)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (capacity <= 0)
            return Plan(DealRecords.Model(row), exchange, minutes);
        // The text's own UTF-16 bytes: the same identity as its UTF-8, without a copy of the deal on every request.
        var key = (Convert.ToBase64String(SHA256.HashData(MemoryMarshal.AsBytes(row.Json.AsSpan()))), exchange, minutes);
        if (kept.TryGetValue(key, out var found))
            return found;
        var made = Plan(DealRecords.Model(row), exchange, minutes);
        if (kept.Count >= capacity)
            kept.Clear();
        kept.TryAdd(key, made);
        return made;
    }

    private static (Deal, DeckPlanning) Plan(Deal deal, int? exchange, int? minutes)
    {
        try
        {
            return (deal, DeckPlanner.Plan(deal, new DeckRequest(exchange, minutes)));
        }
        catch (DeckInputException e)
        {
            throw new ApiProblem(422, e.Chinese, e.English);
        }
    }
}
