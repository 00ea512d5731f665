using PreSales.DocGen.Formatting;

namespace PreSales.DocGen.Review.Reading;

/// <summary>
/// The pictures a deck draws behind text (backgrounds, picture shapes of slides, layouts and masters), decoded once
/// each for the contrast check. Bounded apart from the XML budget: a picture over 16 MB, or any past 64 MB in all,
/// is not decoded and its colours stay unknown, so a deck of huge photos is still reviewed, only less precisely.
/// </summary>
internal sealed class DeckPictures(PartGraph graph)
{
    private const long MaxPictureBytes = 16 << 20;
    private const long MaxTotalBytes = 64 << 20;

    private readonly Dictionary<string, PictureColors?> decoded = new(StringComparer.Ordinal);
    private long total;

    /// <summary>The pictures a part embeds, by relationship id.</summary>
    public PictureSource Of(string part) => id => graph.ById(part, id) is { } target ? Decode(target) : null;

    private PictureColors? Decode(string target)
    {
        if (decoded.TryGetValue(target, out var known))
            return known;
        var bytes = total < MaxTotalBytes ? graph.Picture(target, Math.Min(MaxPictureBytes, MaxTotalBytes - total)) : null;
        total += bytes?.Length ?? 0;
        return decoded[target] = bytes is null ? null : PictureColors.Decode(bytes);
    }
}
