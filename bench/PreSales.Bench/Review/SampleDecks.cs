namespace PreSales.DocGen.Tests.Review.Support;

/// <summary>
/// The deck the linked hostile builders (<see cref="HostileDecks"/>) start from. The tests' own sample deck comes with
/// their deal fixtures and asserts; the benchmark starts from ten slides of its realistic mix instead.
/// </summary>
internal static class SampleDecks
{
    public static TestDeck CleanChinese()
    {
        var deck = new TestDeck();
        for (var i = 1; i <= 9; i++)
        {
            var n = i;
            deck.Slide(s => s.Title($"第 {n} 页:四级组网的效益").Bullets("降低运维成本 30%", "故障定位缩短到 30 分钟").Notes($"第 {n} 页讲稿。"));
        }
        return deck;
    }
}
