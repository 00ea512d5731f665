using DocumentFormat.OpenXml.Packaging;
using PreSales.Cli.Tests.Support;

namespace PreSales.Cli.Tests.Deck;

/// <summary>Pictures in an edited plan: found beside the plan wherever the command runs, and never lost silently.</summary>
public sealed class PlanImageTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("plan-images");

    public void Dispose() => dir.Delete(true);

    private string Plan(string image)
    {
        var plan = Path.Combine(dir.FullName, "plan.json");
        File.WriteAllText(plan, $$"""
            { "schemaVersion": 1, "language": "en-US", "customer": "City Telecom", "durationMinutes": 10,
              "slides": [ { "kind": "title", "title": "Pilot" },
                          { "kind": "content", "title": "Architecture", "body": [ { "text": "One platform" } ],
                            "image": { "path": "{{image}}", "altText": "Architecture diagram" } } ] }
            """);
        return plan;
    }

    private static int Pictures(string pptx)
    {
        using var document = PresentationDocument.Open(pptx, false);
        return document.PresentationPart!.SlideParts.Sum(s => s.ImageParts.Count());
    }

    [Fact]
    public void A_relative_picture_is_found_beside_the_plan_from_any_folder()
    {
        File.Copy(Path.Combine(CliProcess.Root, "tests", "fixtures", "decks", "arch.png"), Path.Combine(dir.FullName, "arch.png"));
        var output = Path.Combine(dir.FullName, "out.pptx");
        var result = CliProcess.RunIn(Path.GetTempPath(), "en-US", "deck", "--from-plan", Plan("arch.png"), "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Equal(1, Pictures(output));
    }

    [Theory]
    [InlineData("missing.png", "image not found")]
    [InlineData("notes.txt", "only PNG and JPEG")]
    public void An_unusable_picture_is_left_out_with_a_warning(string image, string warning)
    {
        File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "not a picture");
        var output = Path.Combine(dir.FullName, "out.pptx");
        var result = CliProcess.RunIn(Path.GetTempPath(), "en-US", "deck", "--from-plan", Plan(image), "-o", output);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains(warning, result.Err);
        Assert.Equal(0, Pictures(output));
    }
}
