namespace PreSales.DocGen.Formatting;

/// <summary>
/// Where a shape's box lies on the slide: the image of its own box (u across its width, v down its height, both 0–1)
/// under its rotation, its flips and the transforms of the groups around it, as (X, Y) + u·(UX, UY) + v·(VX, VY).
/// A turned box is no axis-aligned rectangle: what lies behind text, and whether a corner leaves the slide, are
/// judged on this, not on the box's off and ext.
/// </summary>
internal readonly record struct Placement(double X, double Y, double UX, double UY, double VX, double VY)
{
    /// <summary>An axis-aligned, unflipped box.</summary>
    public static Placement Of(double x, double y, double width, double height) => new(x, y, width, 0, 0, height);

    /// <summary>Whether the box is turned or flipped (not its own axis-aligned rectangle).</summary>
    public bool Turned => UY != 0 || VX != 0 || UX < 0 || VY < 0;

    /// <summary>Whether the box has no area (a line, a point): nothing lies on it.</summary>
    public bool Flat => Math.Abs(UX * VY - VX * UY) < 1e-9;

    /// <summary>The slide point at a place of the box.</summary>
    public (double X, double Y) At(double u, double v) => (X + u * UX + v * VX, Y + u * UY + v * VY);

    /// <summary>The place of the box at a slide point (outside 0–1 when the point is off the box); null for a box of no area.</summary>
    public (double U, double V)? Local(double x, double y)
    {
        if (Flat)
            return null;
        var determinant = UX * VY - VX * UY;
        var (dx, dy) = (x - X, y - Y);
        return ((dx * VY - dy * VX) / determinant, (UX * dy - UY * dx) / determinant);
    }

    /// <summary>Whether a slide point lies on the box (its edges included).</summary>
    public bool Contains(double x, double y) =>
        Local(x, y) is { } place && place.U is >= -Edge and <= 1 + Edge && place.V is >= -Edge and <= 1 + Edge;

    /// <summary>The part of the box between two of its places, as a box of its own.</summary>
    public Placement Part(double u0, double v0, double u1, double v1)
    {
        var (x, y) = At(u0, v0);
        return new(x, y, UX * (u1 - u0), UY * (u1 - u0), VX * (v1 - v0), VY * (v1 - v0));
    }

    /// <summary>Its four corners on the slide.</summary>
    public IEnumerable<(double X, double Y)> Corners => [At(0, 0), At(1, 0), At(1, 1), At(0, 1)];

    /// <summary>
    /// The axis-aligned rectangle the box covers on the slide. An unturned one is its off and ext as before
    /// (truncated, as they always were); a turned one is rounded outwards.
    /// </summary>
    public (long X, long Y, long Width, long Height) Extent
    {
        get
        {
            if (!Turned)
                return ((long)X, (long)Y, (long)UX, (long)VY);
            var corners = Corners.ToList();
            var (left, top) = (Math.Floor(corners.Min(c => c.X)), Math.Floor(corners.Min(c => c.Y)));
            var (right, bottom) = (Math.Ceiling(corners.Max(c => c.X)), Math.Ceiling(corners.Max(c => c.Y)));
            return ((long)left, (long)top, (long)(right - left), (long)(bottom - top));
        }
    }

    /// <summary>
    /// The box as its text is laid out in it: its size, upright, around its centre (a turned text box wraps its text
    /// to its own width, not to the rectangle it covers).
    /// </summary>
    public (long X, long Y, long Width, long Height) Frame
    {
        get
        {
            if (!Turned)
                return Extent;
            var (width, height) = (Math.Sqrt(UX * UX + UY * UY), Math.Sqrt(VX * VX + VY * VY));
            var (cx, cy) = At(0.5, 0.5);
            return ((long)Math.Round(cx - width / 2), (long)Math.Round(cy - height / 2), (long)Math.Round(width), (long)Math.Round(height));
        }
    }

    // A point on the box's edge belongs to it (as Bounds.Contains counts its edges), give or take rounding.
    private const double Edge = 1e-9;
}
