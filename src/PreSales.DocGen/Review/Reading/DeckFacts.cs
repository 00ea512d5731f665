using PreSales.DocGen.Formatting;

namespace PreSales.DocGen.Review.Reading;

/// <summary>What a deck is made of, as the review rules see it: read once from a .pptx, never changed.</summary>
/// <param name="FileName">The deck's file name (no folder).</param>
/// <param name="Width">Slide width in EMU.</param>
/// <param name="Height">Slide height in EMU.</param>
/// <param name="Slides">The slides in show order, hidden ones included.</param>
public sealed record DeckFacts(string FileName, long Width, long Height, IReadOnlyList<SlideFacts> Slides)
{
    /// <summary>The slides a customer sees (not hidden).</summary>
    public IEnumerable<SlideFacts> Shown => Slides.Where(s => !s.Hidden);
}

/// <summary>One slide.</summary>
public sealed record SlideFacts
{
    /// <summary>1-based position in the deck.</summary>
    public required int Number { get; init; }

    /// <summary>The slide's part name in the package, e.g. <c>/ppt/slides/slide3.xml</c> (empty for facts made in code).</summary>
    public string Part { get; init; } = "";

    /// <summary>Whether the slide is hidden in the show (<c>show="0"</c>).</summary>
    public bool Hidden { get; init; }

    /// <summary>The section the slide belongs to, when the deck has sections.</summary>
    public string? Section { get; init; }

    /// <summary>The layout's name (cSld name), or its type when unnamed.</summary>
    public string Layout { get; init; } = "";

    /// <summary>The shapes, flattened out of groups, in drawing order (back to front).</summary>
    public IReadOnlyList<ShapeFacts> Shapes { get; init; } = [];

    /// <summary>The slide's title: the title placeholder's text, else the top-most, largest text in the upper part.</summary>
    public string? Title { get; init; }

    /// <summary>The id of the shape the title comes from.</summary>
    public uint? TitleShapeId { get; init; }

    /// <summary>The speaker notes' text (body placeholders of the notes slide).</summary>
    public string Notes { get; init; } = "";

    /// <summary>Comments on the slide, legacy and modern.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];

    /// <summary>Whether the slide has a transition.</summary>
    public bool HasTransition { get; init; }

    /// <summary>How many animation effects the slide's timing holds.</summary>
    public int Animations { get; init; }

    /// <summary>The solid colour of the slide's background (slide, else layout, else master); null when not solid.</summary>
    public Rgb? Background { get; init; }

    /// <summary>What the slide's background, master and layout draw behind its shapes.</summary>
    internal Scene? Scene { get; init; }

    /// <summary>All text on the slide (titles, bodies, text boxes, tables), one paragraph a line.</summary>
    public string Text => string.Join('\n', Shapes.SelectMany(s => s.Paragraphs).Select(p => p.Text));

    /// <summary>The text of everything but the title shape.</summary>
    public string BodyText => string.Join('\n', Shapes.Where(s => s.Id != TitleShapeId).SelectMany(s => s.Paragraphs).Select(p => p.Text));
}

/// <summary>What a shape is.</summary>
public enum ShapeKind
{
    /// <summary>A title or centre-title placeholder.</summary>
    Title,

    /// <summary>A body, object or subtitle placeholder.</summary>
    Body,

    /// <summary>A date, footer or slide-number placeholder.</summary>
    Footer,

    /// <summary>Another placeholder (picture, chart, table placeholder not yet filled…).</summary>
    OtherPlaceholder,

    /// <summary>A text box or an autoshape that is not a placeholder.</summary>
    TextBox,

    /// <summary>A picture.</summary>
    Picture,

    /// <summary>A table.</summary>
    Table,

    /// <summary>A chart.</summary>
    Chart,

    /// <summary>A SmartArt diagram.</summary>
    SmartArt,

    /// <summary>A video or audio clip.</summary>
    Media,

    /// <summary>A connector line.</summary>
    Connector,

    /// <summary>Another graphic frame (OLE object…).</summary>
    Other,
}

/// <summary>A rectangle in EMU, in slide coordinates.</summary>
/// <param name="X">Left.</param>
/// <param name="Y">Top.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct Bounds(long X, long Y, long Width, long Height)
{
    /// <summary>Right edge.</summary>
    public long Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public long Bottom => Y + Height;

    /// <summary>Area in EMU².</summary>
    public double Area => (double)Width * Height;

    /// <summary>The area shared with another rectangle.</summary>
    public double Overlap(Bounds other)
    {
        var w = Math.Min(Right, other.Right) - Math.Max(X, other.X);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        return w <= 0 || h <= 0 ? 0 : (double)w * h;
    }

    /// <summary>Whether a point lies inside.</summary>
    public bool Contains(long x, long y) => x >= X && x <= Right && y >= Y && y <= Bottom;
}

/// <summary>One shape on a slide.</summary>
public sealed record ShapeFacts
{
    /// <summary>The shape's id (cNvPr id).</summary>
    public required uint Id { get; init; }

    /// <summary>The shape's name (cNvPr name).</summary>
    public string Name { get; init; } = "";

    /// <summary>What it is.</summary>
    public required ShapeKind Kind { get; init; }

    /// <summary>The placeholder type (title, body, obj…), when it is a placeholder.</summary>
    public string? PlaceholderType { get; init; }

    /// <summary>
    /// Where it is, in slide coordinates (inherited from its layout placeholder when the slide does not say): its box
    /// upright around its centre, the frame its text is laid out in (a turned box's corners are <see cref="Extent"/>).
    /// </summary>
    public Bounds? Bounds { get; init; }

    /// <summary>
    /// The rectangle it really covers on the slide: its box turned by its rotation and flips and by its groups'
    /// (a turned box reaches further than its upright frame); its bounds when it is not turned.
    /// </summary>
    public Bounds? Extent => Placement is { Turned: true } turned ? new Bounds(turned.Extent.X, turned.Extent.Y, turned.Extent.Width, turned.Extent.Height) : Bounds;

    /// <summary>Its box as the slide shows it, turned and flipped with its groups (null for frames: tables and charts do not turn).</summary>
    internal Placement? Placement { get; init; }

    /// <summary>
    /// What it paints over what lies below it (a translucent fill lets that show through); null when it paints
    /// nothing there (no fill, a table, a line). A fill of unknown colours (a chart, a group's fill) is a picture of
    /// unknown colours: nothing is claimed about text on it.
    /// </summary>
    internal Paint? Paint { get; init; }

    /// <summary>Its text, paragraph by paragraph (tables: one paragraph per cell paragraph).</summary>
    public IReadOnlyList<ParagraphFacts> Paragraphs { get; init; } = [];

    /// <summary>Alternative text (cNvPr descr, else title).</summary>
    public string? AltText { get; init; }

    /// <summary>Marked decorative (needs no alt text).</summary>
    public bool Decorative { get; init; }

    /// <summary>For tables: whether the first row is marked as the header row.</summary>
    public bool? TableHeader { get; init; }

    /// <summary>Whether the text is warped or has WordArt-like effects.</summary>
    public bool WordArt { get; init; }

    /// <summary>The solid fill of the shape itself; null when it has none or it is not solid.</summary>
    public Rgb? Fill { get; init; }

    /// <summary>Whether the shape has a fill that is not solid (gradient, picture, pattern): the colour behind text is unknown.</summary>
    public bool UnknownFill { get; init; }

    /// <summary>A picture's (or a picture-filled shape's) paint, with its decoded colours when they could be read.</summary>
    internal Paint? PictureFill { get; init; }

    /// <summary>For charts: each series' fill colour, in order (a series without one takes the theme's accents in turn).</summary>
    public IReadOnlyList<Rgb> SeriesColors { get; init; } = [];

    /// <summary>For charts: the chart's own solid background (its chart space's, else its plot area's); null when it has none.</summary>
    public Rgb? ChartFill { get; init; }

    /// <summary>For tables: each cell's fill and text, as the cell and its table style draw them.</summary>
    internal IReadOnlyList<TableCellFacts> Cells { get; init; } = [];

    /// <summary>Text-box autofit: none, shrink (normAutofit) or grow (spAutoFit).</summary>
    public TextFit Fit { get; init; }

    /// <summary>Vertical anchoring of the text: <c>t</c> (top, the default), <c>ctr</c> or <c>b</c>.</summary>
    public string Anchor { get; init; } = "t";

    /// <summary>Inner margins of the text box in EMU (left+right, top+bottom).</summary>
    public (long Horizontal, long Vertical) Insets { get; init; } = (182880, 91440);

    /// <summary>Whether the shape carries any text.</summary>
    public bool HasText => Paragraphs.Any(p => p.Text.Length > 0);

    /// <summary>All its text, one paragraph a line.</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.Text));
}

/// <summary>How a text box fits its text.</summary>
public enum TextFit
{
    /// <summary>No autofit: text may overflow.</summary>
    None,

    /// <summary>Text shrinks to fit (normAutofit).</summary>
    Shrink,

    /// <summary>The shape grows to fit (spAutoFit).</summary>
    Grow,
}

/// <summary>One paragraph.</summary>
/// <param name="Level">Indent level, 0-based.</param>
/// <param name="Runs">Its runs, with effective formatting.</param>
/// <param name="Bullet">Whether the paragraph shows a bullet or number.</param>
public sealed record ParagraphFacts(int Level, IReadOnlyList<RunFacts> Runs, bool Bullet)
{
    /// <summary>The paragraph's text.</summary>
    public string Text { get; } = string.Concat(Runs.Select(r => r.Text)).Trim();

    /// <summary>Its alignment as set or inherited: l, ctr, r, just or dist.</summary>
    public string Alignment { get; init; } = "l";

    /// <summary>The sizes of the runs that show text (not blank ones), points.</summary>
    public IEnumerable<double> ShownSizes => Runs.Where(r => r.Text.Trim().Length > 0).Select(r => r.SizePt);
}

/// <summary>A run of text with its effective formatting, resolved through the inheritance chain.</summary>
/// <param name="Text">The text.</param>
/// <param name="SizePt">Font size in points.</param>
/// <param name="Typeface">The typeface used for this text (East Asian face for CJK text).</param>
/// <param name="Color">The text colour, when it resolves to a solid colour.</param>
/// <param name="Bold">Whether it is bold.</param>
public sealed record RunFacts(string Text, double SizePt, string Typeface, Rgb? Color, bool Bold);

/// <summary>A table cell as the review sees it: what fills it (<see cref="Paint.None"/>: the table's background shows) and its text.</summary>
/// <param name="Fill">The cell's fill, its own or its table style's.</param>
/// <param name="Paragraphs">Its paragraphs, their colours resolved through the table style.</param>
/// <param name="Row">0-based row.</param>
/// <param name="Column">0-based grid column.</param>
/// <param name="Bounds">Where it lies on the slide (its rows grown to their text), when the table's frame is known.</param>
internal sealed record TableCellFacts(Paint Fill, IReadOnlyList<ParagraphFacts> Paragraphs, int Row = 0, int Column = 0, Bounds? Bounds = null);
