using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Teams;
using PreSales.DocGen.Deals;

namespace PreSales.AddinHost.Deals;

/// <summary>The repository's sample deals (samples/*.json but the schema, copied beside the host), loaded once into a new database.</summary>
public static class SampleDeals
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static async Task LoadAsync(PreSalesDb db, ILogger log, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!Directory.Exists(Folder))
            return;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase)).OrderByDescending(f => f.Contains(".zh-CN.", StringComparison.Ordinal)).ThenBy(f => f, StringComparer.Ordinal))
        {
            var load = DealReader.ReadFile(file);
            if (!load.IsValid)
            {
                log.LogWarning("Sample {File} not loaded: {Problem}", Path.GetFileName(file), load.Problems[0]);
                continue;
            }
            // The Chinese and English twins share their id: the second is told apart by its language.
            var deal = load.Deal!;
            if (taken.Contains(deal.Id))
                deal = deal with { Id = $"{deal.Id}-{DealRecords.Name(deal.Language)}" };
            if (!taken.Add(deal.Id) || db.Deals.Any(d => d.TeamId == CurrentTeam.Local && d.Id == deal.Id))
                continue;
            db.Deals.Add(DealRecords.NewRow(CurrentTeam.Local, deal));
            log.LogInformation("Loaded the sample deal {Id} from {File}", deal.Id, Path.GetFileName(file));
        }
        await db.SaveChangesAsync(cancel);
    }
}
