namespace PreSales.DocGen.Packaging;

/// <summary>Part names inside an Office package (OPC): where a relationship's target points.</summary>
public static class PartName
{
    /// <summary>
    /// Resolves a relationship target against the folder of the part that holds it, e.g. <c>ppt/slides</c> +
    /// <c>../slideLayouts/slideLayout1.xml</c> → <c>/ppt/slideLayouts/slideLayout1.xml</c>: escapes decoded, <c>.</c> and
    /// <c>..</c> applied (never above the package root), an absolute target taken as it is. The result starts with
    /// <c>/</c>; zip entry names are the same without it.
    /// </summary>
    public static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target : folder.TrimEnd('/') + "/" + target;
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".")
                continue;
            if (segment == "..")
            {
                if (segments.Count > 0)
                    segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return "/" + string.Join('/', segments);
    }
}
