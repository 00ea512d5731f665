using PreSales.DocGen.Decks;
using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// low-contrast: text whose colour against what is actually behind it (the shape's fill, else the slide's shapes under
/// it where they lie, turned or not, a translucent one mixed over what is below it, over what the slide's background,
/// master and layout draw there: colours, every stop of a gradient, the shapes of the master and layout) is below WCAG 1.4.3: 4.5:1, 3:1 for large text (≥ 18 pt, or ≥ 14 pt bold). The worst
/// colour behind the text counts. Over a decoded picture (a background, a picture shape behind the box, the box's own)
/// what a person sees counts: the colours under each paragraph's lines, where its letters lie, cell by cell of about a
/// third of a letter (<see cref="Scene.Ground"/>), and the text is flagged when at least a tenth of its letters lie on
/// colours below the ratio, though the picture's average there passes (a busy photo, a dark stripe); an undecoded
/// picture claims nothing. A table's cells are judged
/// each on its fill (its own, else its table style's for its row, column and band); an unfilled cell on what lies
/// behind that cell, and the finding names its row and column. Footers (date, footer, slide
/// number) are template furniture and are left out.
/// </summary>
public sealed class LowContrastRule : Rule
{
    /// <inheritdoc />
    public override string Id => "low-contrast";

    /// <inheritdoc />
    public override Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public override RuleCategory Category => RuleCategory.Accessibility;

    /// <inheritdoc />
    public override Bilingual Rationale { get; } = new("对比度不足的文字在投影上看不清（WCAG 4.5:1，大字 3:1）。", "Low-contrast text is unreadable on a projector (WCAG 4.5:1, 3:1 for large text).");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["minRatio"] = 4.5,
        ["minRatioLarge"] = 3,
        ["minShare"] = 0.1,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var normal = Threshold(context, "minRatio");
        var large = Threshold(context, "minRatioLarge");
        var share = Threshold(context, "minShare");
        foreach (var slide in context.Deck.Shown)
        {
            SlideScene? seen = null;
            for (var i = 0; i < slide.Shapes.Count; i++)
            {
                var shape = slide.Shapes[i];
                if (!shape.HasText || shape.Kind is ShapeKind.Footer)
                    continue;
                seen ??= new SlideScene(slide);
                var cell = shape.Kind == ShapeKind.Table ? WorstCell(seen, i, normal, large) : null;
                var worst = shape.Kind == ShapeKind.Table ? cell?.Low
                    : OnLetters(seen, i, normal, large, share, out var low) ? low
                    : BehindAll(seen, i, null) is { Count: > 0 } behind ? Worst(shape.Paragraphs, behind, normal, large) : null;
                if (worst is not { } w)
                    continue;
                var where = cell is { Cell: var c }
                    ? new Bilingual($"表格第 {c.Row + 1} 行第 {c.Column + 1} 列的单元格“{Clip(w.Run.Text)}”的", $"In the table cell \"{Clip(w.Run.Text)}\" (row {c.Row + 1}, column {c.Column + 1}), the text")
                    : new Bilingual("", "Text");
                var under = w.Share is { } part
                    ? new Bilingual($"{part:0%} 的文字笔画压在这样的颜色上", $" under {part:0%} of its letters")
                    : new Bilingual("", "");
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new($"{where.Chinese}文字颜色 {w.Run.Color} 与背景 {w.Back} 的对比度只有 {w.Ratio:0.0}:1（至少需要 {w.Needed:0.#}:1）{(under.Chinese.Length > 0 ? "，" + under.Chinese : "")}。", $"{where.English} colour {w.Run.Color} on {w.Back} has a contrast of {w.Ratio:0.0}:1 (needs {w.Needed:0.#}:1){under.English}."),
                    new("加深文字或减淡背景（深色背景用白字），让对比度达标。", "Darken the text or lighten the background (white text on dark backgrounds) to reach the ratio."));
            }
        }
    }

    // Share: of the letters on colours below the ratio, when judged cell by cell over a picture.
    private readonly record struct Low(RunFacts Run, Rgb Back, double Ratio, double Needed, double? Share = null);

    /// <summary>
    /// Judges a text over a decoded picture by the cells under its letters (<see cref="Lines"/>, <see
    /// cref="Scene.Ground"/>): the run of lowest contrast among those below their ratio under at least
    /// <paramref name="least"/> of their paragraph's letters (or against a gradient's stop on top of some of them).
    /// False when no decoded picture lies under its box (or an own opaque fill or an unknown one covers it): judged as before.
    /// </summary>
    private static bool OnLetters(SlideScene seen, int index, double normal, double large, double least, out Low? low)
    {
        low = null;
        var shape = seen.Slide.Shapes[index];
        if (shape.UnknownFill || shape.Fill is not null && shape.Paint is not { Opacity: < 1 } and not { Picture: true }
            || shape.Bounds is not { } box || box.Width <= 0 || box.Height <= 0)
            return false;
        var placement = shape.Placement ?? Placement.Of(box.X, box.Y, box.Width, box.Height);
        if (!seen.Scene.PictureNear(placement, seen.LayersUpTo[index]))
            return false;
        foreach (var (paragraph, size, part) in Lines(shape, placement))
        {
            var ground = seen.Scene.Ground(part, size * 12700 / 3, seen.LayersUpTo[index]);
            foreach (var run in paragraph.Runs)
            {
                if (run.Text.Trim().Length == 0 || run.Color is not { } color)
                    continue;
                var needed = Contrast.IsLarge(run.SizePt, run.Bold) ? large : normal;
                Low? found = null;
                if (ground.Others.Count > 0 && ground.Others.MinBy(color.Contrast) is var stop && color.Contrast(stop) < needed)
                    found = new Low(run, stop, color.Contrast(stop), needed);
                else if (ground.Below(color, needed) is var below && below >= least && ground.Typical(color, needed) is { } typical)
                    found = new Low(run, typical, color.Contrast(typical), needed, below);
                if (found is { } f && (low is null || f.Ratio < low.Value.Ratio))
                    low = f;
            }
        }
        return true;
    }

    /// <summary>
    /// Where each paragraph's lines lie in a text's box, as parts of its placement (turned with it): down from the top
    /// of the part its text fills (<see cref="OverlapRule.TextArea"/>) inside its insets, each its lines' height
    /// (1.2 spacing, the review's measure of width); across its measured width, a little generous, placed by its
    /// alignment, the whole width when it wraps (<see cref="PictureGround.Across"/>), with the size of its largest letters.
    /// </summary>
    internal static IEnumerable<(ParagraphFacts Paragraph, double Size, Placement Part)> Lines(ShapeFacts shape, Placement placement)
    {
        var box = shape.Bounds!.Value;
        var text = OverlapRule.TextArea(shape);
        var (left, width) = (box.X + shape.Insets.Horizontal / 2, Math.Max(1, box.Width - shape.Insets.Horizontal));
        var (y, bottom) = (text.Y + shape.Insets.Vertical / 2.0, (double)box.Bottom);
        var widthPt = width / 12700.0;
        var lastSize = 18.0;
        foreach (var paragraph in shape.Paragraphs)
        {
            var size = paragraph.Runs.Where(r => r.SizePt > 0).Select(r => r.SizePt).DefaultIfEmpty(lastSize).Max();
            lastSize = size;
            var lines = TextOverflowRule.Lines(paragraph, size, widthPt);
            var height = lines * size * 1.2 * 12700;
            if (paragraph.Text.Length > 0 && y < bottom)
            {
                var (x, w) = PictureGround.Across(left, width, lines > 1 ? width : DeckText.Ems(paragraph.Text) * size * 12700, paragraph.Alignment);
                var (u0, u1) = ((x - box.X) / (double)box.Width, (x + Math.Max(1, w) - box.X) / (double)box.Width);
                var (v0, v1) = ((y - box.Y) / box.Height, (Math.Min(bottom, y + height) - box.Y) / box.Height);
                yield return (paragraph, size, placement.Part(u0, v0, u1, v1));
            }
            y += height;
        }
    }

    private static string Clip(string text) => text.Trim().Length <= 16 ? text.Trim() : text.Trim()[..16] + "…";

    /// <summary>The run of lowest contrast below its ratio against the worst colour behind it, or null.</summary>
    private static Low? Worst(IEnumerable<ParagraphFacts> paragraphs, IReadOnlyList<Rgb> behind, double normal, double large)
    {
        var worst = paragraphs.SelectMany(p => p.Runs)
            .Where(r => r.Text.Trim().Length > 0 && r.Color is not null)
            .Select(r => (Run: r, Back: behind.MinBy(b => r.Color!.Value.Contrast(b)), Needed: Contrast.IsLarge(r.SizePt, r.Bold) ? large : normal))
            .Select(x => new Low(x.Run, x.Back, x.Run.Color!.Value.Contrast(x.Back), x.Needed))
            .Where(x => x.Ratio < x.Needed)
            .OrderBy(x => x.Ratio)
            .FirstOrDefault();
        return worst.Run is null ? null : worst;
    }

    /// <summary>
    /// A table's worst cell: each cell's text against its fill (its own or its table style's; a translucent one
    /// mixed over what lies behind that cell); an unfilled cell against what lies behind that cell (a slide shape
    /// under it, else what the background, master and layout draw there: a stripe may lie under one column and not
    /// the next).
    /// </summary>
    private static (Low Low, TableCellFacts Cell)? WorstCell(SlideScene slide, int index, double normal, double large)
    {
        var shape = slide.Slide.Shapes[index];
        IReadOnlyList<Rgb>? underTable = null;
        (Low Low, TableCellFacts Cell)? worst = null;
        foreach (var cell in shape.Cells)
        {
            var behind = cell.Fill switch
            {
                { IsNone: true } => cell.Bounds is { } area ? BehindAll(slide, index, area) : underTable ??= BehindAll(slide, index, null),
                // A translucent cell shows what lies behind the table through its fill.
                { Picture: false, Colors.Count: 1, Opacity: < 1 } veil when cell.Bounds is { } area => BehindAll(slide, index, area, veil),
                { Picture: true, Image: { } image } => image.Average(0, 0, 1, 1) is { Opacity: >= 0.5 } seen ? [seen.Color] : [],
                { Picture: true } => [],
                var fill => fill.Colors,
            };
            if (behind.Count > 0 && Worst(cell.Paragraphs, behind, normal, large) is { } low && (worst is null || low.Ratio < worst.Value.Low.Ratio))
                worst = (low, cell);
        }
        return worst;
    }

    /// <summary>
    /// A slide's scene with its own shapes drawn over the template's, built once for all its texts, and for each
    /// shape how many of the scene's layers lie at or below it: one compositing for what the template and the slide draw.
    /// </summary>
    private sealed class SlideScene
    {
        public SlideScene(SlideFacts slide)
        {
            Slide = slide;
            var template = slide.Scene ?? new Scene(new Paint([slide.Background ?? new Rgb(255, 255, 255)], false), []);
            var own = new List<Layer>();
            LayersUpTo = new int[slide.Shapes.Count];
            for (var i = 0; i < slide.Shapes.Count; i++)
            {
                if (slide.Shapes[i] is { Paint: { IsNone: false } paint, Placement: { } where })
                    own.Add(new Layer(where, paint));
                LayersUpTo[i] = template.Count + own.Count;
            }
            Scene = template.With(own);
        }

        public SlideFacts Slide { get; }

        public Scene Scene { get; }

        /// <summary>For each shape, the layers at or below it (its own fill included).</summary>
        public int[] LayersUpTo { get; }
    }

    /// <summary>
    /// Every colour behind a shape's text, or a part of it (a table's cell): its own opaque fill, else what the slide
    /// shows under it, sampled at nine points of the box as it is turned: the slide's own shapes below it (a
    /// translucent fill, its own one too, mixed over what lies below it; a decoded picture by its average colour under
    /// each ninth of the box) over what the background, master and layout draw. Empty when an unknown fill or an
    /// undecoded picture is behind it all.
    /// </summary>
    private static IReadOnlyList<Rgb> BehindAll(SlideScene seen, int index, Bounds? part, Paint? over = null)
    {
        var shape = seen.Slide.Shapes[index];
        if (shape.PictureFill is { Image: not null } ownPicture && shape.Bounds is { } own)
            return OnPicture(ownPicture, own);
        if (shape.UnknownFill)
            return [];
        if (shape.Fill is { } ownFill && shape.Paint is not { Opacity: < 1 })
            return [ownFill];
        var box = part is { } p ? Placement.Of(p.X, p.Y, p.Width, p.Height)
            : shape.Placement ?? (shape.Bounds is { } b ? Placement.Of(b.X, b.Y, b.Width, b.Height) : null);
        if (box is not { } where)
            return seen.Slide.Background is { } background ? [background] : [];
        return seen.Scene.Under(where, seen.LayersUpTo[index], over).Colors;
    }

    // The shape's own picture's average colour under each ninth of it; empty where it is mostly transparent.
    private static IReadOnlyList<Rgb> OnPicture(Paint picture, Bounds box)
    {
        var area = Placement.Of(box.X, box.Y, box.Width, box.Height);
        var colors = new List<Rgb>();
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                if (picture.PictureUnder(area, area.Part(column / 3.0, row / 3.0, (column + 1) / 3.0, (row + 1) / 3.0)) is not { Opacity: >= 0.5 } seen)
                    return [];
                colors.Add(seen.Color);
            }
        }
        return colors.Distinct().ToList();
    }
}
