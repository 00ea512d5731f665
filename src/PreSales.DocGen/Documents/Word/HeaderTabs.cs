using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PreSales.DocGen.Documents.Word;

/// <summary>
/// Headers and footers for a landscape section made from a portrait one: a tab stop set at the portrait text's right
/// edge (or its middle) is moved to the landscape text's, so "Internal ⇥ Document no." still ends at the right margin
/// instead of a third of the way short of it. Stops from the paragraph's style (Word's Header and Footer styles carry
/// them) are cleared and set again on the paragraph itself; other stops stay.
/// </summary>
internal static class HeaderTabs
{
    /// <summary>A copy of a header or footer with its edge and middle tab stops moved from one text width to another; null when it has none.</summary>
    public static OpenXmlCompositeElement? Widened(OpenXmlCompositeElement root, Styles? styles, int from, int to)
    {
        var copy = (OpenXmlCompositeElement)root.CloneNode(true);
        var changed = false;
        foreach (var paragraph in copy.Descendants<Paragraph>().ToList())
        {
            // Stops inside a table cell are set for the cell, not the page.
            if (paragraph.Ancestors<TableCell>().Any())
                continue;
            var own = paragraph.ParagraphProperties?.Tabs?.Elements<TabStop>().ToList() ?? [];
            var inherited = StyleStops(styles, paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
                .Where(s => !own.Any(o => o.Position?.Value == s.Position)).ToList();
            var moves = new List<(TabStop? Own, TabStopValues Kind, int Position, int To)>();
            foreach (var stop in own)
            {
                if (stop.Val?.Value is { } kind && stop.Position?.Value is { } position && Moved(kind, position, from, to) is { } target)
                    moves.Add((stop, kind, position, target));
            }
            foreach (var (kind, position) in inherited)
            {
                if (Moved(kind, position, from, to) is { } target)
                    moves.Add((null, kind, position, target));
            }
            if (moves.Count == 0)
                continue;
            var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
            var tabs = properties.Tabs ??= new Tabs();
            foreach (var (stop, kind, position, target) in moves)
            {
                if (stop is not null)
                    stop.Position = target;
                else
                {
                    tabs.Append(new TabStop { Val = TabStopValues.Clear, Position = position });
                    tabs.Append(new TabStop { Val = kind, Position = target });
                }
            }
            changed = true;
        }
        return changed ? copy : null;
    }

    // A right stop within a twentieth of the text's right edge moves with it; a centre stop near the middle, to the middle.
    private static int? Moved(TabStopValues kind, int position, int from, int to)
    {
        if ((kind == TabStopValues.Right || kind == TabStopValues.End) && Math.Abs(position - from) <= from / 20)
            return position + (to - from);
        if (kind == TabStopValues.Center && Math.Abs(position - from / 2) <= from / 20)
            return position + (to - from) / 2;
        return null;
    }

    // The tab stops a paragraph style sets, through its basedOn chain (a nearer style's stop, or its clear, wins).
    private static List<(TabStopValues Kind, int Position)> StyleStops(Styles? styles, string? styleId)
    {
        var stops = new Dictionary<int, TabStopValues>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cleared = new HashSet<int>();
        for (var id = styleId; id is not null && seen.Add(id);)
        {
            var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id && s.Type?.Value == StyleValues.Paragraph);
            if (style is null)
                break;
            foreach (var stop in style.StyleParagraphProperties?.Tabs?.Elements<TabStop>() ?? [])
            {
                if (stop.Position?.Value is not { } position || stop.Val?.Value is not { } kind || stops.ContainsKey(position) || cleared.Contains(position))
                    continue;
                if (kind == TabStopValues.Clear)
                    cleared.Add(position);
                else
                    stops[position] = kind;
            }
            id = style.BasedOn?.Val?.Value;
        }
        return stops.Select(s => (s.Value, s.Key)).ToList();
    }
}
