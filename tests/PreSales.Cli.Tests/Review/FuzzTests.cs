using PreSales.Fuzz;

namespace PreSales.Cli.Tests.Review;

/// <summary>
/// A small, fixed-seed run of the fuzzing harness (bench/PreSales.Fuzz) over the repository's own decks, Word
/// templates, deal files, outlines and notes: no crash, no framework message, no run over 10 s of processor time or
/// 500 MB, no invalid annotated copy. The full run (10,000 inputs) is `dotnet run -c Release --project bench/PreSales.Fuzz`.
/// </summary>
public class FuzzTests
{
    [Fact]
    public void A_hundred_mutated_inputs_never_crash_hang_or_leak_a_framework_message()
    {
        var folder = Path.Combine(Path.GetTempPath(), "presales-fuzz-tests", Guid.NewGuid().ToString("N"));
        var log = new StringWriter();
        var report = Harness.Run(new FuzzOptions(100, 0, 7, folder, [], VerifyEvery: 5), log);
        Assert.Equal(100, report.Inputs);
        Assert.True(report.Clean, string.Join("\n", report.Failures.Select(f => $"{f.Kind}/{f.Mutation}: {f.Command}: {f.Why}")) + "\n" + log);
        // Mutants are mostly refused (2), some reviewed (0/1): both paths ran.
        Assert.True(report.ByExit.GetValueOrDefault(2) > 0 && report.ByExit.GetValueOrDefault(0) > 0, string.Join(", ", report.ByExit));
        Directory.Delete(folder, recursive: true);
    }
}
