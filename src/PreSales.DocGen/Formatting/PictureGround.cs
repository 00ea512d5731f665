namespace PreSales.DocGen.Formatting;

/// <summary>
/// A picture behind a part of the slide seen cell by cell of its finer grid (<see cref="PictureColors.At"/>): the
/// ground a template painted into its picture for text (Metropolis' title ribbon, Blueprint's paper) and what stands
/// out from it there (the pencil, the photo around the ribbon), which shape-based clearing does not see. The renderer
/// fits titles to the ground (<see cref="Largest"/>); the review flags letters over what stands out (<see cref="Off"/>).
/// </summary>
internal sealed class PictureGround
{
    private readonly Rgb?[,] cells;
    private readonly (long X, long Y, long Width, long Height) box;

    private PictureGround(Rgb?[,] cells, (long X, long Y, long Width, long Height) box) => (this.cells, this.box) = (cells, box);

    /// <summary>
    /// The picture behind a box, sampled at the centres of cells about the size of the picture's own on the slide;
    /// null when no decoded picture is all that lies behind it (<see cref="Scene.PictureBehind"/>) or it is empty.
    /// </summary>
    public static PictureGround? Of(Scene scene, (long X, long Y, long Width, long Height) box)
    {
        if (box.Width <= 0 || box.Height <= 0 || scene.PictureBehind(box) is not { Paint: var paint, Area: var area })
            return null;
        var (columns, rows) = paint.Image!.Fine;
        var (cellWidth, cellHeight) = (Math.Sqrt(area.UX * area.UX + area.UY * area.UY) / columns, Math.Sqrt(area.VX * area.VX + area.VY * area.VY) / rows);
        var (across, down) = ((int)Math.Clamp(Math.Round(box.Width / cellWidth), 1, 400), (int)Math.Clamp(Math.Round(box.Height / cellHeight), 1, 400));
        var cells = new Rgb?[across, down];
        for (var c = 0; c < across; c++)
            for (var r = 0; r < down; r++)
                cells[c, r] = paint.PictureAt(area, box.X + (c + 0.5) * box.Width / across, box.Y + (r + 0.5) * box.Height / down);
        // A picture mostly clear there (a drawing on a transparent ground) shows what is below it: not judged here.
        return cells.Cast<Rgb?>().Count(c => c is null) * 2 > cells.Length ? null : new PictureGround(cells, box);
    }

    /// <summary>
    /// Whether a colour is the ground's as a person sees it next to it: close in colour and lightness (an edge shows
    /// sooner than a colour is told apart on its own: Metropolis' ribbon is 1.5:1 from the blue around it), as a
    /// picture's parts are judged for clutter (<see cref="Decks.Rendering.LayoutEntry.Clutter"/>).
    /// </summary>
    public static bool OnGround(Rgb color, Rgb ground) => color.Distance(ground) < 64 && color.Contrast(ground) < 1.35;

    /// <summary>
    /// The ground of a part of the box: the colour most of its cells share (alike within a small step, so a cell that
    /// mixes a ribbon's edge with what is around it is not taken for either), when at least half of them are not told
    /// apart from it; null when there is none (a busy photo) or the part holds no cell.
    /// </summary>
    public Rgb? Ground((long X, long Y, long Width, long Height) part)
    {
        var seen = In(part).OfType<Rgb>().ToList();
        if (seen.Count == 0)
            return null;
        // Candidates from a spread of the cells: enough to find the ground without comparing every pair.
        var step = Math.Max(1, seen.Count / 200);
        var candidates = seen.Where((_, i) => i % step == 0).ToList();
        var best = candidates.MaxBy(c => seen.Count(s => s.Distance(c) < 28 && s.Contrast(c) < 1.2));
        return seen.Count(s => OnGround(s, best)) * 2 >= seen.Count ? best : null;
    }

    /// <summary>
    /// The share (0–1) of a part's cells that stand out from a ground: neither alike to it (<see cref="OnGround"/>) nor
    /// reached from it by small steps between neighbouring cells (a gradient, a vignette are ground; a ribbon's edge, a
    /// pencil, a photo's object are a jump). Clear cells are not judged.
    /// </summary>
    public double Off((long X, long Y, long Width, long Height) part, Rgb ground)
    {
        var mask = Mask(ground, 64, 1.35);
        var (count, off) = (0, 0);
        foreach (var (c, r) in Indices(part))
        {
            count++;
            if (cells[c, r] is not null && !mask[c, r])
                off++;
        }
        return count == 0 ? 0 : off / (double)count;
    }

    // The cells that lie on a ground: alike to it within a step, or joined to such a cell through neighbours each a
    // small step from the next.
    private bool[,] Mask(Rgb ground, double distance, double contrast)
    {
        var (across, down) = (cells.GetLength(0), cells.GetLength(1));
        var mask = new bool[across, down];
        var queue = new Queue<(int, int)>();
        for (var c = 0; c < across; c++)
        {
            for (var r = 0; r < down; r++)
            {
                if (cells[c, r] is { } color && color.Distance(ground) < distance && color.Contrast(ground) < contrast)
                {
                    mask[c, r] = true;
                    queue.Enqueue((c, r));
                }
            }
        }
        while (queue.Count > 0)
        {
            var (c, r) = queue.Dequeue();
            var here = cells[c, r]!.Value;
            foreach (var (nc, nr) in new[] { (c - 1, r), (c + 1, r), (c, r - 1), (c, r + 1) })
            {
                if (nc < 0 || nr < 0 || nc >= across || nr >= down || mask[nc, nr] || cells[nc, nr] is not { } next)
                    continue;
                if (next.Distance(here) < 16 && next.Contrast(here) < 1.08)
                {
                    mask[nc, nr] = true;
                    queue.Enqueue((nc, nr));
                }
            }
        }
        return mask;
    }

    /// <summary>
    /// The largest rectangle of the box all of whose cells lie on a ground, as a stricter eye sees it (a margin under
    /// what the review tells apart, <see cref="Off"/>); null when no cell does.
    /// </summary>
    public (long X, long Y, long Width, long Height)? Largest(Rgb ground)
    {
        var (across, down) = (cells.GetLength(0), cells.GetLength(1));
        var mask = Mask(ground, 56, 1.3);
        var heights = new int[across];
        (int Area, int Left, int Right, int Top, int Bottom) best = default;
        for (var r = 0; r < down; r++)
        {
            for (var c = 0; c < across; c++)
                heights[c] = mask[c, r] ? heights[c] + 1 : 0;
            // The largest rectangle under the row's histogram of heights.
            var stack = new Stack<int>();
            for (var c = 0; c <= across; c++)
            {
                var h = c == across ? 0 : heights[c];
                while (stack.Count > 0 && heights[stack.Peek()] >= h)
                {
                    var height = heights[stack.Pop()];
                    var left = stack.Count == 0 ? 0 : stack.Peek() + 1;
                    if (height * (c - left) > best.Area)
                        best = (height * (c - left), left, c, r - height + 1, r + 1);
                }
                stack.Push(c);
            }
        }
        if (best.Area == 0)
            return null;
        var (x0, x1) = (box.X + box.Width * best.Left / across, box.X + box.Width * best.Right / across);
        var (y0, y1) = (box.Y + box.Height * best.Top / down, box.Y + box.Height * best.Bottom / down);
        return (x0, y0, x1 - x0, y1 - y0);
    }

    // The cells whose centres lie in a part of the box.
    private IEnumerable<Rgb?> In((long X, long Y, long Width, long Height) part) => Indices(part).Select(i => cells[i.Column, i.Row]);

    private IEnumerable<(int Column, int Row)> Indices((long X, long Y, long Width, long Height) part)
    {
        var (across, down) = (cells.GetLength(0), cells.GetLength(1));
        for (var c = 0; c < across; c++)
        {
            var x = box.X + (c + 0.5) * box.Width / across;
            if (x < part.X || x > part.X + part.Width)
                continue;
            for (var r = 0; r < down; r++)
            {
                var y = box.Y + (r + 0.5) * box.Height / down;
                if (y >= part.Y && y <= part.Y + part.Height)
                    yield return (c, r);
            }
        }
    }

    /// <summary>
    /// Where a text's letters lie across its box's inner width: the widest paragraph's measured width (a little
    /// generous, capped at the width) placed by its alignment (l, ctr, r; justified lines run the whole width).
    /// </summary>
    public static (long X, long Width) Across(long x, long width, double textWidth, string? alignment)
    {
        var w = (long)Math.Min(width, textWidth * 1.1);
        return alignment switch
        {
            "ctr" => (x + (width - w) / 2, w),
            "r" => (x + width - w, w),
            "just" or "dist" => (x, width),
            _ => (x, w),
        };
    }
}
