using SkiaSharp;

namespace PreSales.DocGen.Formatting;

/// <summary>Finds a picture part's decoded colours by the relationship id that embeds it (null when it cannot be read).</summary>
internal delegate PictureColors? PictureSource(string relationshipId);

/// <summary>
/// A picture's colours on a coarse grid, to tell what colour text over part of it sits on: the picture decoded once
/// (PNG, JPEG, GIF, BMP, WebP by SkiaSharp; a JPEG at a reduced scale) and averaged into cells. Transparent pixels
/// count by their alpha, so a logo on a clear ground is known as mostly see-through.
/// </summary>
internal sealed class PictureColors
{
    private const int Grid = 24;

    // Larger pictures are not decoded (a hostile or absurd file): their colour stays unknown, as before.
    private const long MaxPixels = 12_000_000;

    // The finer grid's cells along the picture's longer side: a few points on a slide, so a pencil or a ribbon's edge
    // shows, while a one-pixel grid line of a blueprint is mixed into its ground.
    private const int FineCells = 192;

    private readonly double[,,] sums; // per cell: alpha-weighted R, G, B, alpha, pixel count

    private readonly Rgb?[,] fine; // per finer cell: its colour, null where it is mostly transparent

    private PictureColors(double[,,] sums, Rgb?[,] fine) => (this.sums, this.fine) = (sums, fine);

    /// <summary>The finer grid's columns and rows (<see cref="At"/>).</summary>
    public (int Columns, int Rows) Fine => (fine.GetLength(0), fine.GetLength(1));

    /// <summary>
    /// The colour of the finer grid's cell at a point of the picture (fractions of its width and height): what the
    /// letters over that point lie on; null off the picture or where it is mostly transparent.
    /// </summary>
    public Rgb? At(double u, double v) =>
        u < 0 || u > 1 || v < 0 || v > 1 ? null : fine[Math.Min((int)(u * fine.GetLength(0)), fine.GetLength(0) - 1), Math.Min((int)(v * fine.GetLength(1)), fine.GetLength(1) - 1)];

    /// <summary>Decodes a picture's bytes; null when the format is not one SkiaSharp reads, it is damaged or too large.</summary>
    public static PictureColors? Decode(byte[] bytes)
    {
        try
        {
            using var data = SKData.CreateCopy(bytes);
            using var codec = SKCodec.Create(data);
            if (codec is null)
                return null;
            var info = codec.Info;
            if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels)
                return null;
            // JPEG decodes straight to 1/2, 1/4 or 1/8 of its size; other formats at full size.
            var size = codec.GetScaledDimensions(Math.Min(1f, 256f / Math.Max(info.Width, info.Height)));
            var target = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
            using var bitmap = new SKBitmap();
            if (!bitmap.TryAllocPixels(target))
                return null;
            var result = codec.GetPixels(target, bitmap.GetPixels());
            if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            {
                target = info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Unpremul);
                if (!bitmap.TryAllocPixels(target) || codec.GetPixels(target, bitmap.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
                    return null;
            }
            return new PictureColors(Cells(bitmap.GetPixelSpan(), target.Width, target.Height), FineColors(bitmap.GetPixelSpan(), target.Width, target.Height));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The average colour of a part of the picture (fractions of its width and height) and how much of it is opaque
    /// (0–1); null when the part is empty.
    /// </summary>
    public (Rgb Color, double Opacity)? Average(double left, double top, double right, double bottom)
    {
        var (x0, x1) = Range(left, right);
        var (y0, y1) = Range(top, bottom);
        double r = 0, g = 0, b = 0, a = 0, n = 0;
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                r += sums[x, y, 0];
                g += sums[x, y, 1];
                b += sums[x, y, 2];
                a += sums[x, y, 3];
                n += sums[x, y, 4];
            }
        }
        if (n == 0)
            return null;
        if (a == 0)
            return (new Rgb(255, 255, 255), 0);
        return (new Rgb((byte)Math.Round(r / a), (byte)Math.Round(g / a), (byte)Math.Round(b / a)), a / (255 * n));
    }

    private static (int, int) Range(double from, double to)
    {
        var a = Math.Clamp((int)Math.Floor(Math.Clamp(from, 0, 1) * Grid), 0, Grid - 1);
        var b = Math.Clamp((int)Math.Ceiling(Math.Clamp(to, 0, 1) * Grid) - 1, a, Grid - 1);
        return (a, b);
    }

    private static double[,,] Cells(ReadOnlySpan<byte> pixels, int width, int height)
    {
        var sums = Sums(pixels, width, height, Grid, Grid);
        // A picture smaller than the grid leaves cells empty: they take the colour of the pixel that covers them.
        if (width < Grid || height < Grid)
        {
            for (var cy = 0; cy < Grid; cy++)
            {
                for (var cx = 0; cx < Grid; cx++)
                {
                    if (sums[cx, cy, 4] > 0)
                        continue;
                    var i = (cy * height / Grid * width + cx * width / Grid) * 4;
                    var alpha = pixels[i + 3];
                    for (var c = 0; c < 3; c++)
                        sums[cx, cy, c] = pixels[i + c] * (double)alpha;
                    sums[cx, cy, 3] = alpha;
                    sums[cx, cy, 4] = 1;
                }
            }
        }
        return sums;
    }

    // Box averages over cells of at most FineCells along the longer side (a small picture keeps its pixels).
    private static Rgb?[,] FineColors(ReadOnlySpan<byte> pixels, int width, int height)
    {
        var scale = Math.Min(1.0, FineCells / (double)Math.Max(width, height));
        var (columns, rows) = (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
        var sums = Sums(pixels, width, height, columns, rows);
        var colors = new Rgb?[columns, rows];
        for (var cy = 0; cy < rows; cy++)
        {
            for (var cx = 0; cx < columns; cx++)
            {
                var a = sums[cx, cy, 3];
                if (sums[cx, cy, 4] > 0 && a >= 127.5 * sums[cx, cy, 4])
                    colors[cx, cy] = new Rgb((byte)Math.Round(sums[cx, cy, 0] / a), (byte)Math.Round(sums[cx, cy, 1] / a), (byte)Math.Round(sums[cx, cy, 2] / a));
            }
        }
        return colors;
    }

    // Alpha-weighted sums of red, green and blue, the alpha and the pixel count of each cell of a columns × rows grid.
    private static double[,,] Sums(ReadOnlySpan<byte> pixels, int width, int height, int columns, int rows)
    {
        var sums = new double[columns, rows, 5];
        for (var y = 0; y < height; y++)
        {
            var cy = y * rows / height;
            for (var x = 0; x < width; x++)
            {
                var cx = x * columns / width;
                var i = (y * width + x) * 4;
                var alpha = pixels[i + 3];
                for (var c = 0; c < 3; c++)
                    sums[cx, cy, c] += pixels[i + c] * (double)alpha;
                sums[cx, cy, 3] += alpha;
                sums[cx, cy, 4]++;
            }
        }
        return sums;
    }
}
