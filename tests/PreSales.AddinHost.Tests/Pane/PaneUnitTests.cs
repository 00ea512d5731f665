namespace PreSales.AddinHost.Tests.Pane;

/// <summary>
/// The pane's unit tests (src/PreSales.AddinHost/Pane/test, node's test runner): the office module with
/// office-addin-mock standing in for PowerPoint and Word, the host client against a loopback server, the pane's logic.
/// One xunit case per test file.
/// </summary>
public class PaneUnitTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(NodeRun.PaneDir, "test"), "*.test.mjs").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Pane_unit_tests_pass(string file)
    {
        NodeRun.SkipUnlessNode();
        await NodeRun.TestAsync(Path.Combine("test", file));
    }
}
