using System.Globalization;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>The relationships of one slide being written: its layout, its notes, its charts and pictures.</summary>
internal sealed class SlideRelations(DeckPackage package)
{
    private readonly List<(string Id, string Type, string Target)> list = [];

    public DeckPackage Package => package;

    public IReadOnlyList<(string Id, string Type, string Target)> List => list;

    /// <summary>Adds a relationship of a type (the part after .../relationships/) and returns its id.</summary>
    public string Add(string type, string target)
    {
        var id = "rId" + (list.Count + 1).ToString(CultureInfo.InvariantCulture);
        list.Add((id, DeckPackage.RelNs + "/" + type, target));
        return id;
    }

    /// <summary>A relationship target for a part given by its package URI, relative to ppt/slides/ when it can be.</summary>
    public static string Target(Uri partUri)
    {
        var path = partUri.OriginalString;
        return path.StartsWith("/ppt/", StringComparison.Ordinal) ? "../" + path["/ppt/".Length..] : path;
    }
}
