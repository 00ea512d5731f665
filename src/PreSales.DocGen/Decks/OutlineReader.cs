using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Decks;

/// <summary>What reading an outline gave: the plan, and what was dropped (missing images).</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Warnings">What the user should know.</param>
public sealed record OutlineReading(DeckPlan Plan, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads a Markdown outline into a deck plan, following pandoc's slide conventions so an existing pandoc outline
/// works: the YAML (or <c>%</c>) title block makes the title slide; the slide level is the highest heading level
/// followed by content, headings above it make section slides; <c>---</c> starts a slide; lists keep their levels;
/// tables, images, <c>::: notes</c> and <c>:::: columns</c> are kept.
/// </summary>
public static class OutlineReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UseCustomContainers().UseGenericAttributes().UsePipeTables().UseCjkFriendlyEmphasis().Build();

    /// <summary>Reads an outline; image paths are resolved against <paramref name="baseDirectory"/>.</summary>
    public static OutlineReading Read(string markdown, string baseDirectory)
    {
        markdown = DeckText.Clean(markdown);
        var (meta, body) = PercentTitleBlock(markdown);
        var doc = Markdown.Parse(body, Pipeline);
        foreach (var (k, v) in FrontMatter(doc))
            meta[k] = v;
        var language = meta.TryGetValue("lang", out var lang) && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? DealLanguage.EnUS
            : meta.ContainsKey("lang") || markdown.Any(DeckText.IsWide) ? DealLanguage.ZhCN : DealLanguage.EnUS;
        var state = new OutlineState(language, baseDirectory, SlideLevel(doc));
        if (meta.TryGetValue("title", out var title))
        {
            var sub = string.Join("\n", new[] { "subtitle", "author", "date" }.Where(meta.ContainsKey).Select(k => meta[k]));
            state.Start(new PlannedSlide { Kind = SlideKind.Title, Title = title, Subtitle = sub.Length > 0 ? sub : null });
        }
        foreach (var block in doc)
            state.Block(block);
        var slides = state.Finish();
        if (slides.Count == 0)
            throw new DeckInputException("大纲中没有幻灯片：请加上标题块或标题行", "the outline has no slides: give it a title block or headings");
        var minutes = meta.TryGetValue("minutes", out var m) && int.TryParse(m, out var parsed) && parsed > 0 ? parsed
            : (int)Math.Max(1, Math.Round(slides.Sum(s => s.Notes?.Minutes ?? 0)));
        var plan = new DeckPlan
        {
            Language = language,
            Customer = meta.TryGetValue("customer", out var customer) ? customer : meta.GetValueOrDefault("title", ""),
            DurationMinutes = minutes,
            Slides = slides,
        };
        return new OutlineReading(plan, state.Warnings);
    }

    private static (Dictionary<string, string> Meta, string Body) PercentTitleBlock(string markdown)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!markdown.StartsWith('%'))
            return (meta, markdown);
        var lines = markdown.Split('\n').ToList();
        string[] keys = ["title", "author", "date"];
        var i = 0;
        for (; i < lines.Count && i < 3 && lines[i].StartsWith('%'); i++)
            if (lines[i].Length > 1 && lines[i][1..].Trim() is { Length: > 0 } value)
                meta[keys[i]] = value;
        return (meta, string.Join('\n', lines.Skip(i)));
    }

    private static Dictionary<string, string> FrontMatter(MarkdownDocument doc)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (doc.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is not { } yaml)
            return meta;
        // An empty front matter ("---" on three lines running) has no line array at all; the array is longer than Count.
        foreach (var line in (yaml.Lines.Lines ?? []).Take(yaml.Lines.Count).Select(l => l.ToString()))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
                continue;
            var value = line[(colon + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
                value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            if (value.Length > 0)
                meta[line[..colon].Trim()] = value;
        }
        return meta;
    }

    /// <summary>pandoc's rule: the highest heading level that is followed directly by content.</summary>
    private static int SlideLevel(MarkdownDocument doc)
    {
        var level = int.MaxValue;
        var blocks = doc.Where(b => b is not YamlFrontMatterBlock).ToList();
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i] is HeadingBlock h && i + 1 < blocks.Count && blocks[i + 1] is not HeadingBlock and not ThematicBreakBlock)
                level = Math.Min(level, h.Level);
        return level == int.MaxValue ? 1 : level;
    }

    /// <summary>The plain text of inlines (emphasis kept as text, links as their text, breaks as spaces).</summary>
    internal static string Text(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        Append(sb, inline?.FirstChild);
        return sb.ToString().Trim();
    }

    private static void Append(StringBuilder sb, Inline? inline)
    {
        for (var node = inline; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline container:
                    Append(sb, container.FirstChild);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.ToString());
                    break;
            }
        }
    }

    internal static string Classes(Block block)
    {
        var attrs = block.TryGetAttributes();
        var info = block is CustomContainer c ? c.Info ?? "" : "";
        return (info + " " + string.Join(' ', attrs?.Classes ?? [])).Trim().ToLowerInvariant();
    }

    internal static string? Attribute(Block block, string name) =>
        block.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == name).Value;

    internal static SlideTable Table(Table table)
    {
        var rows = table.OfType<TableRow>().Select(r => (IReadOnlyList<string>)r.OfType<TableCell>()
            .Select(c => string.Join(" ", c.OfType<ParagraphBlock>().Select(p => Text(p.Inline)))).ToList()).ToList();
        var header = rows.Count > 0 ? rows[0] : [];
        return new SlideTable(header, rows.Skip(1).ToList());
    }

    internal static double Number(string text) =>
        double.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
}
