using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Packaging;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Support;

namespace PreSales.AddinHost.Tests.Pane;

/// <summary>The real host on loopback (SQLite in a temporary folder, the sample deals loaded), serving the built pane.</summary>
public sealed class PaneHostFixture : IAsyncLifetime
{
    private WebApplication? app;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"presales-i10-pane-{Guid.NewGuid():N}");

    public Uri? Address { get; private set; }

    public string Output { get; } = Path.Combine(Path.GetTempPath(), $"presales-pane-e2e-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(NodeRun.HostDir, "wwwroot", "taskpane.html")))
            return;
        app = HostApp.Build([
            "--urls", "http://127.0.0.1:0", "--environment", "Development", "--contentRoot", NodeRun.HostDir,
            "--PreSales:DataFolder", DataFolder, "--Logging:LogLevel:Default", "Warning"]);
        await HostApp.StartAsync(app);
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Directory.CreateDirectory(Output);
        using var client = new HttpClient { BaseAddress = Address };
        foreach (var sample in new[] { "telecom-pilot.zh-CN.json", "telecom-pilot.en-US.json" })
        {
            using var body = new StringContent(File.ReadAllText(Path.Combine(NodeRun.Root, "samples", sample)), System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/v1/deals/import", UriKind.Relative), body);
            if (response.StatusCode != System.Net.HttpStatusCode.Conflict)
                response.EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        foreach (var dir in new[] { Output, DataFolder })
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
    }
}

/// <summary>
/// The pane end to end: src/PreSales.AddinHost/Pane/e2e/pane.e2e.mjs drives it in headless Chromium (playwright-core,
/// the machine's /usr/bin/chromium) with a stand-in Office object recording its calls; the files the pane handed to
/// Office or downloaded are then opened here with the engine and validated with the Open XML SDK.
/// </summary>
public sealed class PaneBrowserTests(PaneHostFixture fixture) : IClassFixture<PaneHostFixture>
{
    private const string Script = "e2e/pane.e2e.mjs";
    private static readonly string Chromium = Environment.GetEnvironmentVariable("PRESALES_CHROMIUM") ?? "/usr/bin/chromium";

    [SkippableFact]
    public Task A_company_template_on_the_host_is_offered_and_used() =>
        RunAsync("template: a company template uploaded to the host is offered in the routine and used to generate");

    [SkippableFact]
    public async Task One_part_of_the_deck_is_inserted_as_the_hosts_slides_of_that_part()
    {
        await RunAsync("single slides: the cases part is inserted after the selected slide");
        var dir = Path.Combine(fixture.Output, "slides");
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json"))).RootElement;
        var bytes = File.ReadAllBytes(Path.Combine(dir, "cases.pptx"));
        var deck = DeckReader.Read(bytes, "cases.pptx");
        var plan = DeckPlanJson.Deserialize(File.ReadAllText(Path.Combine(dir, "plan.json")), "plan.json");
        var cases = DeckParts.Only(plan, DeckPart.Cases).Slides;
        Assert.NotEmpty(cases);
        Assert.Equal(cases.Select(c => c.Title), deck.Slides.Select(s => s.Title));
        Assert.Equal(expected.GetProperty("slides").GetInt32(), deck.Slides.Count);
        AssertValid(PresentationDocument.Open(new MemoryStream(bytes), false));
    }

    [SkippableFact]
    public async Task A_generated_deck_is_inserted_after_the_selected_slide_as_a_valid_pptx()
    {
        await RunAsync("deck: the routine's plan is edited, generated and inserted after the selected slide");
        var dir = Path.Combine(fixture.Output, "deck");
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json"))).RootElement;
        var bytes = File.ReadAllBytes(Path.Combine(dir, "inserted.pptx"));
        var deck = DeckReader.Read(bytes, "inserted.pptx");
        Assert.Equal(expected.GetProperty("slides").GetInt32(), deck.Slides.Count);
        Assert.Equal(expected.GetProperty("firstTitle").GetString(), deck.Slides[0].Title);
        AssertValid(PresentationDocument.Open(new MemoryStream(bytes), false));
    }

    [SkippableFact]
    public Task Reviewing_the_open_deck_lists_findings_and_a_finding_selects_its_slide() =>
        RunAsync("review: the open deck is read in slices and closed; a finding selects its slide");

    [SkippableFact]
    public Task Minutes_from_notes_are_shown_as_understood_then_saved() =>
        RunAsync("minutes: notes are shown as understood (dry run), then saved into the exchange");

    [SkippableFact]
    public Task Minutes_typed_in_the_form_are_saved() =>
        RunAsync("minutes form: a question and an action item typed in the form are saved with the deal's ETag");

    [SkippableFact]
    public async Task A_word_document_is_inserted_into_the_open_document()
    {
        await RunAsync("word: a generated document is inserted into the open document");
        var bytes = File.ReadAllBytes(Path.Combine(fixture.Output, "word", "inserted.docx"));
        Assert.Contains("瀚通", DocumentText.Extract(bytes).Text, StringComparison.Ordinal);
        AssertValid(WordprocessingDocument.Open(new MemoryStream(bytes), false));
        var brief = File.ReadAllBytes(Path.Combine(fixture.Output, "word", "brief.docx"));
        Assert.Contains("主讲人简报", DocumentText.Extract(brief).Text, StringComparison.Ordinal);
        AssertValid(WordprocessingDocument.Open(new MemoryStream(brief), false));
    }

    [SkippableFact]
    public async Task Without_office_the_pane_downloads_the_files()
    {
        await RunAsync("browser: without Office (office.js blocked) the deck and a document are downloaded");
        var dir = Path.Combine(fixture.Output, "browser");
        var deck = File.ReadAllBytes(Path.Combine(dir, "deck.pptx"));
        Assert.True(DeckReader.Read(deck, "deck.pptx").Slides.Count > 5);
        AssertValid(PresentationDocument.Open(new MemoryStream(deck), false));
        var qa = File.ReadAllBytes(Path.Combine(dir, "qa.docx"));
        Assert.Contains("瀚通", DocumentText.Extract(qa).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public Task A_host_error_is_a_sentence_and_the_typed_text_stays() =>
        RunAsync("errors: the host's problem becomes a sentence, the typed notes stay, retry is one click");

    [SkippableFact]
    public Task The_language_follows_office_and_can_be_switched() =>
        RunAsync("languages: Office's display language picks the pane's, and the switch changes it");

    [SkippableFact]
    public Task A_missing_requirement_set_is_said_and_the_file_downloaded() =>
        RunAsync("requirement sets: a PowerPoint without PowerPointApi 1.2 says so and downloads the deck");

    [SkippableFact]
    public Task Axe_finds_no_serious_violation_on_any_screen() =>
        RunAsync("accessibility: axe finds no serious or critical violation on any screen, in either host");

    [SkippableFact]
    public Task Every_control_is_reached_by_keyboard_with_visible_focus() =>
        RunAsync("keyboard: every control is reached with Tab and shows its focus");

    private async Task RunAsync(string name)
    {
        NodeRun.SkipUnlessNode();
        Skip.IfNot(File.Exists(Chromium), $"Chromium is not installed at {Chromium} (Debian's chromium package; PRESALES_CHROMIUM names another)");
        Skip.If(fixture.Address is null, "the task pane is not built (no wwwroot/taskpane.html): build src/PreSales.AddinHost with Node.js installed");
        await NodeRun.TestAsync(Script, name, new Dictionary<string, string>
        {
            ["PRESALES_PANE_URL"] = fixture.Address!.ToString().TrimEnd('/'),
            ["PRESALES_E2E_OUT"] = fixture.Output,
            ["PRESALES_CHROMIUM"] = Chromium,
        });
    }

    private static void AssertValid(OpenXmlPackage package)
    {
        using (package)
        {
            var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
        }
    }
}
