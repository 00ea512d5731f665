using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// low-contrast: text whose colour against what is actually behind it (the shape's fill, else the slide's shapes under
/// it where they lie, turned or not, a translucent one mixed over what is below it, over what the slide's background,
/// master and layout draw there: colours, every stop of a gradient, the shapes of the master and layout) is below WCAG 1.4.3: 4.5:1, 3:1 for large text (≥ 18 pt, or ≥ 14 pt bold). The worst
/// colour behind the text counts; over a picture (a background, a picture shape behind the box) the picture's average
/// colour under each ninth of the box, where it could be decoded (else nothing is claimed). A table's cells are judged
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
    public override Bilingual Rationale { get; } = new("对比度不足的文字在投影上看不清(WCAG 4.5:1,大字 3:1)。", "Low-contrast text is unreadable on a projector (WCAG 4.5:1, 3:1 for large text).");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>
    {
        ["minRatio"] = 4.5,
        ["minRatioLarge"] = 3,
    };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var normal = Threshold(context, "minRatio");
        var large = Threshold(context, "minRatioLarge");
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
                    : BehindAll(seen, i, null) is { Count: > 0 } behind ? Worst(shape.Paragraphs, behind, normal, large) : null;
                if (worst is not { } w)
                    continue;
                var where = cell is { Cell: var c }
                    ? new Bilingual($"表格第 {c.Row + 1} 行第 {c.Column + 1} 列的单元格“{Clip(w.Run.Text)}”的", $"In the table cell \"{Clip(w.Run.Text)}\" (row {c.Row + 1}, column {c.Column + 1}), the text")
                    : new Bilingual("", "Text");
                yield return Found(context, slide.Number, SlideSignals.NameOf(shape),
                    new($"{where.Chinese}文字颜色 {w.Run.Color} 与背景 {w.Back} 的对比度只有 {w.Ratio:0.0}:1(至少需要 {w.Needed:0.#}:1)。", $"{where.English} colour {w.Run.Color} on {w.Back} has a contrast of {w.Ratio:0.0}:1 (needs {w.Needed:0.#}:1)."),
                    new("加深文字或减淡背景(深色背景用白字),让对比度达标。", "Darken the text or lighten the background (white text on dark backgrounds) to reach the ratio."));
            }
        }
    }

    private readonly record struct Low(RunFacts Run, Rgb Back, double Ratio, double Needed);

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
