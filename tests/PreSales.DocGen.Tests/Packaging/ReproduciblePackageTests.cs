using System.IO.Compression;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Tests.Documents;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Packaging;

/// <summary>
/// The same input makes the same bytes: no entry of a deck (its chart workbooks included) or of a Word document
/// carries the clock's time, so the knowledge base can keep a file made again unchanged once.
/// </summary>
public class ReproduciblePackageTests
{
    // A zip entry's time is a wall-clock time without a zone: compared as such, so any machine's zone reads the same.
    private static readonly DateTime OfficeEntryTime = new(1980, 1, 1, 0, 0, 0);

    [Fact]
    public void A_deck_and_its_chart_workbooks_carry_no_clock_time()
    {
        var plan = DeckPlanner.Plan(TestDeals.Sample("telecom-pilot.zh-CN.json"), new DeckRequest()).Plan;
        var deck = DeckRenderer.Render(plan);
        var workbooks = EntryTimes(deck, "ppt/embeddings/");
        Assert.NotEmpty(workbooks);
        Assert.All(EntryTimes(deck), t => Assert.Equal(OfficeEntryTime, t.Time));
        Assert.All(workbooks, book => Assert.All(EntryTimes(book.Bytes), t => Assert.Equal(OfficeEntryTime, t.Time)));
        Assert.Equal(deck, DeckRenderer.Render(plan));
    }

    [Fact]
    public void A_word_document_carries_no_clock_time()
    {
        var request = new DocumentRequest(DocumentKind.Minutes, new DateOnly(2026, 3, 20));
        var made = Deliverables.Make(DocumentDeals.Telecom(DealLanguage.ZhCN), request);
        Assert.All(EntryTimes(made.Bytes), t => Assert.Equal(OfficeEntryTime, t.Time));
        Assert.Equal(made.Bytes, Deliverables.Make(DocumentDeals.Telecom(DealLanguage.ZhCN), request).Bytes);
    }

    private static List<(DateTime Time, byte[] Bytes)> EntryTimes(byte[] package, string under = "")
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return [.. zip.Entries.Where(e => e.FullName.StartsWith(under, StringComparison.Ordinal)).Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.LastWriteTime.DateTime, copy.ToArray());
        })];
    }
}
