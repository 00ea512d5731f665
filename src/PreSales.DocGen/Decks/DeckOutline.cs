using System.Globalization;
using System.Text;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Decks;

/// <summary>
/// Writes a deck plan as a Markdown outline in pandoc's slide conventions: a YAML title block, <c>##</c> slide
/// titles, nested lists, pipe tables, <c>::: notes</c>, <c>:::: columns</c>. Charts and timelines are fenced divs
/// (<c>::: {.chart}</c> holding a table, <c>::: {.timeline}</c> holding a list) that pandoc shows as plain content.
/// </summary>
public static class DeckOutline
{
    /// <summary>The outline's text.</summary>
    public static string Write(DeckPlan plan)
    {
        var md = new StringBuilder();
        var title = plan.Slides.FirstOrDefault(s => s.Kind == SlideKind.Title);
        md.Append("---\n");
        md.Append("title: ").Append(Yaml(title?.Title ?? plan.Customer)).Append('\n');
        if (title?.Subtitle is { Length: > 0 } sub)
            md.Append("subtitle: ").Append(Yaml(sub.Replace("\n", " · ", StringComparison.Ordinal))).Append('\n');
        md.Append("lang: ").Append(plan.Language == DealLanguage.ZhCN ? "zh-CN" : "en-US").Append('\n');
        md.Append("customer: ").Append(Yaml(plan.Customer)).Append('\n');
        md.Append("minutes: ").Append(plan.DurationMinutes.ToString(CultureInfo.InvariantCulture)).Append('\n');
        md.Append("---\n");
        if (title?.Notes is { } titleNotes)
            Notes(md, plan, titleNotes);
        foreach (var slide in plan.Slides.Where(s => s != title))
            Slide(md, plan, slide);
        return md.ToString();
    }

    private static void Slide(StringBuilder md, DeckPlan plan, PlannedSlide slide)
    {
        var attrs = new List<string>();
        if (slide.Kind is SlideKind.Agenda or SlideKind.Closing or SlideKind.Section)
            attrs.Add("." + JsonName(slide.Kind));
        if (slide.Section is { Length: > 0 } section)
            attrs.Add($"section=\"{section.Replace("\"", "'", StringComparison.Ordinal)}\"");
        md.Append('\n').Append(slide.Kind == SlideKind.Section ? "# " : "## ").Append(Inline(slide.Title));
        if (attrs.Count > 0)
            md.Append(" {").Append(string.Join(' ', attrs)).Append('}');
        md.Append("\n\n");
        if (slide.Kind == SlideKind.Section && slide.Subtitle is { Length: > 0 } subtitle)
            md.Append(Inline(subtitle)).Append("\n\n");
        if (slide.Kind == SlideKind.TwoColumns)
        {
            md.Append(":::: columns\n::: column\n");
            List(md, slide.Body);
            md.Append(":::\n::: column\n");
            List(md, slide.SecondColumn);
            Graphic(md, slide);
            md.Append(":::\n::::\n\n");
        }
        else
        {
            List(md, slide.Body);
            Graphic(md, slide);
        }
        if (slide.Notes is { } notes)
            Notes(md, plan, notes);
    }

    private static void List(StringBuilder md, IReadOnlyList<BodyItem> items)
    {
        if (items.Count == 0)
            return;
        foreach (var item in items)
            md.Append(' ', item.Level * 4).Append("- ").Append(Inline(item.Text)).Append('\n');
        md.Append('\n');
    }

    private static void Graphic(StringBuilder md, PlannedSlide slide)
    {
        if (slide.Table is { } table)
            Table(md, table.Header, table.Rows);
        if (slide.Chart is { } chart)
        {
            md.Append("::: {.chart alt=\"").Append(Attr(chart.AltText)).Append("\"}\n");
            var rows = chart.Categories.Select((c, i) => (IReadOnlyList<string>)
                [c, .. chart.Series.Select(s => i < s.Values.Count ? s.Values[i].ToString(CultureInfo.InvariantCulture) : "")]).ToList();
            Table(md, ["", .. chart.Series.Select(s => s.Name)], rows);
            md.Append(":::\n\n");
        }
        if (slide.Timeline is { } timeline)
        {
            md.Append("::: {.timeline alt=\"").Append(Attr(timeline.AltText)).Append("\"}\n");
            foreach (var step in timeline.Steps)
                md.Append("- ").Append(step.When is { Length: > 0 } w ? Inline(w) + ": " : "").Append(Inline(step.Label)).Append('\n');
            md.Append(":::\n\n");
        }
        if (slide.Image is { } image)
            md.Append("![").Append(Inline(image.AltText)).Append("](").Append(image.Path.Replace(" ", "%20", StringComparison.Ordinal)).Append(")\n\n");
    }

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        md.Append("| ").Append(string.Join(" | ", header.Select(Cell))).Append(" |\n|");
        md.Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
            md.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        md.Append('\n');
    }

    private static void Notes(StringBuilder md, DeckPlan plan, SpeakerNotes notes)
    {
        md.Append("::: notes\n").Append(TimeLine(plan.Language, notes.Minutes)).Append("\n\n").Append(notes.TalkTrack.Trim()).Append("\n:::\n");
    }

    /// <summary>The time line of a notes block, read back by <see cref="OutlineReader"/>.</summary>
    internal static string TimeLine(DealLanguage language, double minutes) =>
        language == DealLanguage.ZhCN ? $"【时间】约 {DeckText.Minutes(minutes)} 分钟" : $"[Time] about {DeckText.Minutes(minutes)} min";

    private static string JsonName(SlideKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

    private static string Inline(string text) =>
        DeckText.Clean(text).Replace("\n", " ", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("{", "\\{", StringComparison.Ordinal);

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Attr(string text) => DeckText.Clean(text).Replace("\"", "'", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Yaml(string text) => "\"" + DeckText.Clean(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
