using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.Bench.Review;

/// <summary>
/// <c>review</c>: the time to review a 300-slide deck in a warm process, against the physical floor of merely
/// unzipping and reading every XML part of that deck once; and the peak memory of a review of a deck holding 200 MB
/// of pictures, against the same deck with the same pictures, 1×1 px, each in a fresh process. Decks are generated in a temp
/// folder and deleted afterwards.
/// </summary>
public static class ReviewBenchmark
{
    private const int Slides = 300;
    private const int MediaSlides = 40;
    private const int PictureBytes = 5 << 20;

    public static int Run(string[] args)
    {
        if (args is ["peak", var path])
            return Peak(path);
        if (args is ["phases", ..])
            return Phases(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3);
        if (args is ["photos", ..])
            return Photos(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3);
        var dir = Path.Combine(Path.GetTempPath(), "presales-bench-review-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var deck = Deck(Slides, null).Save(Path.Combine(dir, "deck-300.pptx"));
            var facts = DeckReader.Read(deck);
            var all = DeckReview.Run(facts, minutes: 60).Findings;
            var findings = all.Count;
            Console.WriteLine("findings on the generated deck: " + string.Join(", ", all.GroupBy(f => f.Rule).Select(g => $"{g.Key} {g.Count()}")));
            // The machine is shared: the review and its floor are timed in turn, run after run (the same load for both),
            // by processor time (what the work costs whatever else runs) and wall clock, three times over.
            var actions = new Action[]
            {
                () => ReadEveryXmlPart(deck),
                () => DeckReader.Read(deck),
                () => DeckReview.Run(facts, minutes: 60),
                () => DeckReview.Run(DeckReader.Read(deck), minutes: 60),
                () =>
                {
                    using var package = PreSales.DocGen.Packaging.SafePackage.Open(deck);
                    using var document = package.OpenPresentation();
                    foreach (var slide in document.PresentationPart!.SlideParts)
                    {
                        _ = slide.Slide;
                        _ = slide.NotesSlidePart?.NotesSlide;
                    }
                },
            };
            var repetitions = Enumerable.Range(0, 3).Select(_ => Timing.InterleavedMedianMs(actions, warmup: 10, runs: 30)).ToList();
            foreach (var (wall, cpu) in repetitions)
                Console.WriteLine($"  floor {cpu[0]:0.0} ms, review {cpu[3]:0.0} ms of processor time ({cpu[3] / cpu[0]:0.00}×); wall clock {wall[0]:0.0} / {wall[3]:0.0} ms ({wall[3] / wall[0]:0.00}×)");
            double MedianOf(Func<(double[] Wall, double[] Cpu), double> figure) => repetitions.Select(figure).Order().ElementAt(1);
            var (unzip, read, rules, review, typedDom) = (MedianOf(r => r.Cpu[0]), MedianOf(r => r.Cpu[1]), MedianOf(r => r.Cpu[2]), MedianOf(r => r.Cpu[3]), MedianOf(r => r.Cpu[4]));
            var ratio = MedianOf(r => r.Cpu[3] / r.Cpu[0]);
            Console.WriteLine($"review of {Slides} slides ({new FileInfo(deck).Length / 1024} KB, {findings} findings): {review:0.0} ms of processor time, median (target < 300 ms)");
            Console.WriteLine($"  reading the deck into facts {read:0.0} ms; running the rules {rules:0.0} ms");
            Console.WriteLine($"unzip + read every XML part once (floor):      {unzip:0.0} ms median");
            Console.WriteLine($"ratio review / floor:                          {ratio:0.00}× (aim < 3×; wall clock {MedianOf(r => r.Wall[3] / r.Wall[0]):0.00}×)");
            Console.WriteLine($"for reference, the SDK's typed DOM of the slides and notes alone: {typedDom:0.0} ms ({typedDom / unzip:0.0}× the floor)");

            var random = new byte[PictureBytes];
            new Random(42).NextBytes(random);
            var small = Deck(MediaSlides, DeckParts.Png).Save(Path.Combine(dir, "media-small.pptx"));
            var big = Deck(MediaSlides, random).Save(Path.Combine(dir, "media-200mb.pptx"));
            var (smallPeak, smallMs) = PeakOf(small);
            var (bigPeak, bigMs) = PeakOf(big);
            Console.WriteLine($"peak working set, {MediaSlides} slides, the same pictures, 1×1 px ({new FileInfo(small).Length / 1024} KB): {smallPeak:0} MB ({smallMs:0} ms cold)");
            Console.WriteLine($"peak working set, {MediaSlides} slides, {MediaSlides * (PictureBytes >> 20)} MB of pictures ({new FileInfo(big).Length >> 20} MB): {bigPeak:0} MB ({bigMs:0} ms cold)");
            Console.WriteLine($"growth with 200 MB of media: {bigPeak - smallPeak:+0.0;-0.0;0.0} MB");

            // The hostile set of the review's tests, each reviewed (or refused) in a fresh process: the worst of them
            // beside the 300-slide figure above.
            Console.WriteLine("hostile decks, each in a fresh process (peak working set, time to review or refuse):");
            var hostile = new (string Name, Func<string> Make)[]
            {
                ("100,000 nested groups", () => HostileDecks.Nested(100_000)),
                ("60 nested groups (within the limit)", () => HostileDecks.Nested(60)),
                ("200,000 shapes on one slide", () => HostileDecks.Shapes(200_000)),
                ("25 slides × 8,000 shapes", () => HostileDecks.Shapes(8_000, 25)),
                ("2,000 references to a 1 MB slide", () => HostileDecks.RepeatedFatSlide(2_000, distinctRelationships: false)),
                ("2,000 relationships to a 1 MB slide", () => HostileDecks.RepeatedFatSlide(2_000, distinctRelationships: true)),
                ("no slides", HostileDecks.NoSlides),
                ("a bad CRC", HostileDecks.BadCrc),
                ("shared notes", HostileDecks.SharedNotes),
                ("negative slide ids", HostileDecks.NegativeSlideIds),
            };
            var (worstMs, worstMb) = (0.0, 0.0);
            foreach (var (name, make) in hostile)
            {
                var file = make();
                var (mb, ms) = PeakOf(file);
                Console.WriteLine($"  {name,-40} {mb,6:0} MB {ms,7:0} ms ({new FileInfo(file).Length / 1024} KB)");
                (worstMs, worstMb) = (Math.Max(worstMs, ms), Math.Max(worstMb, mb));
                Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
            }
            Console.WriteLine($"worst over the hostile set: {worstMs:0} ms, {worstMb:0} MB peak (the 300-slide review: {review:0.0} ms warm; ceiling documented in docs/review.md)");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// <c>review phases [repetitions]</c>: where the 300-slide review's time goes — the zip's inspection, the SDK's
    /// acceptance of the package, reading the parts into facts, each rule — against the floor, each a median, the
    /// whole repeated (the machine is shared).
    /// </summary>
    private static int Phases(int repetitions)
    {
        var dir = Path.Combine(Path.GetTempPath(), "presales-bench-phases-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var deck = Deck(Slides, null).Save(Path.Combine(dir, "deck-300.pptx"));
            var facts = DeckReader.Read(deck);
            var context = new PreSales.DocGen.Review.Rules.RuleContext(facts, null, 60, PreSales.DocGen.Review.Rules.RuleSettings.Default);
            Action floor = () => ReadEveryXmlPart(deck);
            var phases = new (string Name, Action Run)[]
            {
                ("floor", floor),
                ("inflate", () => InflateEveryPart(deck)),
                ("dom", () => LoadEveryXmlPart(deck)),
                ("inspect", () => PreSales.DocGen.Packaging.SafePackage.Open(deck).Dispose()),
                ("sdk", () =>
                {
                    using var package = PreSales.DocGen.Packaging.SafePackage.Open(deck);
                    using var document = package.OpenPresentation();
                }),
                ("read", () => DeckReader.Read(deck)),
                ("review", () => DeckReview.Run(DeckReader.Read(deck), minutes: 60)),
            };
            for (var r = 0; r < repetitions; r++)
            {
                var (wall, cpu) = Timing.InterleavedMedianMs(phases.Select(p => p.Run).ToList(), warmup: 10, runs: 25);
                var at = phases.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => cpu[x.i]);
                Console.WriteLine($"wall clock: floor {wall[0]:0.0} ms, review {wall[^1]:0.0} ms ({wall[^1] / wall[0]:0.00}×); processor time below");
                var rules = PreSales.DocGen.Review.Rules.RuleRegistry.All
                    .Select(rule => (rule.Id, Ms: Timing.MedianMs(() => rule.Check(context).ToList(), warmup: 3, runs: 15)))
                    .OrderByDescending(x => x.Ms).ToList();
                Console.WriteLine($"repetition {r + 1}: floor {at["floor"]:0.0} ms; review {at["review"]:0.0} ms ({at["review"] / at["floor"]:0.00}×); "
                    + $"for reference: inflating every part {at["inflate"]:0.0} ms, a DOM of every XML part {at["dom"]:0.0} ms");
                Console.WriteLine($"  inspection (zip directory, CRC, relationship ids) {at["inspect"]:0.0} ms; SDK acceptance {at["sdk"] - at["inspect"]:0.0} ms; "
                    + $"parts into facts {at["read"] - at["sdk"]:0.0} ms; rules {at["review"] - at["read"]:0.0} ms");
                Console.WriteLine("  slowest rules, alone: " + string.Join(", ", rules.Take(6).Select(x => $"{x.Id} {x.Ms:0.0}")) + $"; all {rules.Sum(x => x.Ms):0.0} ms");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// <c>review photos [repetitions]</c>: a 300-slide deck whose every slide lies on a photo (a picture over the whole
    /// slide, a calm light top and a busy bottom of coloured blobs, each slide's its own), its title, bullets and a text
    /// box over it: the whole review and the low-contrast rule alone, each a median of processor time, repeated.
    /// </summary>
    private static int Photos(int repetitions)
    {
        var dir = Path.Combine(Path.GetTempPath(), "presales-bench-photos-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var deck = new TestDeck();
            for (var i = 1; i <= Slides; i++)
            {
                var n = i;
                deck.Slide(s => s.Picture($"照片 {n}", 0, 0, 13.33, 7.5, BusyPhoto(n)).Title($"第 {n} 页:四级组网的效益")
                    .Bullets("降低运维成本 30%", "故障定位缩短到 30 分钟", "新业务上线提速", "Staged acceptance ensures quality")
                    .TextBox($"数据来源:2025 年统计报告 #{n}", 0.5, 6.6, 8, 0.5, sizePt: 14, color: "FFFFFF"));
            }
            var path = deck.Save(Path.Combine(dir, "photos-300.pptx"));
            var facts = DeckReader.Read(path);
            var context = new PreSales.DocGen.Review.Rules.RuleContext(facts, null, 60, PreSales.DocGen.Review.Rules.RuleSettings.Default);
            var rule = PreSales.DocGen.Review.Rules.RuleRegistry.All.First(r => r.Id == "low-contrast");
            Console.WriteLine($"low-contrast findings on {Slides} photo-backed slides: {rule.Check(context).Count()}");
            for (var r = 0; r < repetitions; r++)
            {
                var (_, cpu) = Timing.InterleavedMedianMs([() => DeckReview.Run(facts, minutes: 60), () => rule.Check(context).ToList()], warmup: 20, runs: 31);
                Console.WriteLine($"repetition {r + 1}: rules on the read deck {cpu[0]:0.0} ms; low-contrast alone {cpu[1]:0.0} ms (processor time, medians)");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // A 640×360 "photo": a light, softly shaded top, and from the middle down a heap of coloured blobs, placed by the seed.
    private static byte[] BusyPhoto(int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SkiaSharp.SKBitmap(640, 360);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            using var shade = new SkiaSharp.SKPaint { Shader = SkiaSharp.SKShader.CreateLinearGradient(new(0, 0), new(0, 360), [new(235, 238, 240), new(170, 175, 180)], SkiaSharp.SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, 640, 360, shade);
            SkiaSharp.SKColor[] candy = [new(220, 40, 60), new(40, 150, 60), new(30, 90, 200), new(250, 200, 30), new(150, 60, 170), new(240, 110, 30)];
            for (var b = 0; b < 160; b++)
            {
                using var blob = new SkiaSharp.SKPaint { Color = candy[random.Next(candy.Length)], IsAntialias = true };
                canvas.DrawOval(random.Next(120, 640), random.Next(170, 360), random.Next(18, 40), random.Next(12, 28), blob);
            }
        }
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    /// <summary>A realistic mix: title, bullets, a text box and notes on every slide; pictures, tables and charts now and then.</summary>
    private static TestDeck Deck(int slides, byte[]? picture)
    {
        var deck = new TestDeck();
        for (var i = 1; i <= slides; i++)
        {
            var n = i;
            deck.Slide(s =>
            {
                s.Title($"第 {n} 页:四级组网的效益").Bullets("降低运维成本 30%", "故障定位缩短到 30 分钟", "新业务上线提速", "Staged acceptance ensures quality")
                    .TextBox($"数据来源:2025 年统计报告 #{n}", 0.5, 6.6, 8, 0.5, sizePt: 14, color: "595959")
                    .Notes($"第 {n} 页讲稿:先讲结论,再讲数据,最后过渡到下一页。Then move on to the next point.");
                if (picture is not null || n % 3 == 0)
                    s.Picture($"图 {n}", 8, 2, 4, 3, picture);
                if (n % 5 == 0)
                    s.Table(true, ["层级", "方案", "效益"], ["省", "统一平台", "降低成本"], ["市", "集中运维", "提高效率"]);
                if (n % 7 == 0)
                    s.Chart($"图表 {n}", 7, 2, 5, 3);
            });
        }
        return deck;
    }

    private static void InflateEveryPart(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            while (stream.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }
    }

    private static void LoadEveryXmlPart(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                continue;
            using var stream = entry.Open();
            GC.KeepAlive(System.Xml.Linq.XElement.Load(stream));
        }
    }

    /// <summary>The physical floor: open the zip and read every XML part to its end once, doing nothing with it.</summary>
    private static void ReadEveryXmlPart(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                continue;
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
            }
        }
    }

    /// <summary>Reviews one deck in a fresh process and reads back its peak working set.</summary>
    private static (double PeakMb, double Ms) PeakOf(string deck)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            info.ArgumentList.Add(typeof(ReviewBenchmark).Assembly.Location);
        foreach (var a in new[] { "review", "peak", deck })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd().Trim().Split(' ');
        process.WaitForExit();
        return (double.Parse(output[0], CultureInfo.InvariantCulture), double.Parse(output[1], CultureInfo.InvariantCulture));
    }

    private static int Peak(string deck)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            GC.KeepAlive(DeckReview.Run(DeckReader.Read(deck)));
        }
        catch (PreSales.DocGen.Packaging.PackageRejectedException)
        {
            // A refusal is the outcome measured for a hostile deck: its time and memory count the same.
        }
        var ms = watch.Elapsed.TotalMilliseconds;
        using var me = Process.GetCurrentProcess();
        me.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{me.PeakWorkingSet64 / 1048576.0:0.0} {ms:0}"));
        return 0;
    }
}
