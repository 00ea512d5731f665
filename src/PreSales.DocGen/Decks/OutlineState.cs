using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Decks;

/// <summary>The slide being read from an outline, block by block.</summary>
internal sealed partial class OutlineState(DealLanguage language, string baseDirectory, int slideLevel)
{
    private readonly List<PlannedSlide> slides = [];
    private PlannedSlide? current;
    private bool secondColumn;
    private bool columns;

    public List<string> Warnings { get; } = [];

    public void Start(PlannedSlide slide)
    {
        Flush();
        current = slide;
        secondColumn = false;
        columns = false;
    }

    public List<PlannedSlide> Finish()
    {
        Flush();
        return slides;
    }

    private void Flush()
    {
        if (current is null)
            return;
        var slide = current;
        if (slide.Kind == SlideKind.Content && (slide.SecondColumn.Count > 0 || columns))
            slide = slide with { Kind = SlideKind.TwoColumns };
        if (slide.Title.Length > 0 || slide.Body.Count > 0 || slide.Table is not null || slide.Image is not null || slide.Chart is not null || slide.Timeline is not null)
            slides.Add(slide);
        current = null;
    }

    private PlannedSlide Current => current ??= new PlannedSlide();

    public void Block(Block block)
    {
        switch (block)
        {
            case YamlFrontMatterBlock:
                break;
            case HeadingBlock h:
                Heading(h);
                break;
            case ThematicBreakBlock:
                Start(new PlannedSlide());
                break;
            case CustomContainer container:
                Container(container);
                break;
            default:
                Content(block);
                break;
        }
    }

    private void Heading(HeadingBlock h)
    {
        var text = OutlineReader.Text(h.Inline);
        var classes = OutlineReader.Classes(h);
        var section = OutlineReader.Attribute(h, "section");
        if (h.Level < slideLevel)
        {
            Start(new PlannedSlide { Kind = SlideKind.Section, Title = text, Section = section ?? text });
            return;
        }
        if (h.Level > slideLevel)
        {
            Add(new BodyItem(text));
            return;
        }
        var kind = classes.Contains("agenda", StringComparison.Ordinal) ? SlideKind.Agenda
            : classes.Contains("closing", StringComparison.Ordinal) ? SlideKind.Closing : SlideKind.Content;
        Start(new PlannedSlide { Kind = kind, Title = text, Section = section ?? slides.LastOrDefault()?.Section });
    }

    private void Container(CustomContainer container)
    {
        var classes = OutlineReader.Classes(container);
        if (classes.StartsWith("notes", StringComparison.Ordinal))
            Notes(container);
        else if (classes.Contains("columns", StringComparison.Ordinal))
        {
            var parts = container.OfType<CustomContainer>().ToList();
            columns = parts.Count > 1;
            for (var i = 0; i < parts.Count; i++)
            {
                secondColumn = i > 0;
                foreach (var child in parts[i])
                    Block(child);
            }
            secondColumn = false;
        }
        else if (classes.Contains("chart", StringComparison.Ordinal) && container.OfType<Table>().FirstOrDefault() is { } table)
            Chart(container, OutlineReader.Table(table));
        else if (classes.Contains("timeline", StringComparison.Ordinal) && container.OfType<ListBlock>().FirstOrDefault() is { } list)
            Timeline(container, list);
        else
            foreach (var child in container)
                Block(child);
    }

    private void Notes(CustomContainer container)
    {
        // A heading inside the notes means the closing ":::" is missing (pandoc would read the rest of the file as
        // notes): the notes end there, the slides go on, and the user is told where.
        var blocks = container.ToList();
        var cut = blocks.FindIndex(b => b is HeadingBlock h && h.Level <= slideLevel);
        var notes = cut < 0 ? blocks : blocks[..cut];
        var paragraphs = notes.OfType<LeafBlock>().Select(p => OutlineReader.Text(p.Inline)).Where(t => t.Length > 0).ToList();
        double minutes = 0;
        if (paragraphs.Count > 0 && TimePattern().Match(paragraphs[0]) is { Success: true } m)
        {
            if (double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var given) && given <= DeckPlanCheck.MaxMinutes)
                minutes = given;
            else
                Warnings.Add(language == DealLanguage.ZhCN ? $"第 {container.Line + 1} 行：备注时间 {m.Groups[1].Value} 无效，已按讲稿估算" : $"line {container.Line + 1}: the notes' time {m.Groups[1].Value} is not valid; estimated from the talk track");
            paragraphs.RemoveAt(0);
        }
        var track = string.Join("\n", paragraphs);
        if (minutes == 0)
            minutes = Math.Round(DeckText.SpeakingMinutes(track), 1);
        var target = current ?? slides.LastOrDefault();
        if (target is not null && current is null)
            slides[^1] = target with { Notes = new SpeakerNotes(track, minutes) };
        else if (target is not null)
            current = current! with { Notes = new SpeakerNotes(track, minutes) };
        if (cut < 0)
            return;
        Warnings.Add(language == DealLanguage.ZhCN
            ? $"第 {container.Line + 1} 行的：：：notes 没有结束（缺少：：：）；备注到第 {blocks[cut].Line + 1} 行的标题为止"
            : $"line {container.Line + 1}: ::: notes is not closed (no :::); the notes end at the heading on line {blocks[cut].Line + 1}");
        foreach (var block in blocks[cut..])
            Block(block);
    }

    [GeneratedRegex(@"^(?:【时间】约|\[Time\] about)\s*([0-9.]+)")]
    private static partial Regex TimePattern();

    private void Chart(CustomContainer container, SlideTable table)
    {
        var series = table.Header.Skip(1).Select((name, i) =>
            new ChartSeries(name, table.Rows.Select(r => i + 1 < r.Count ? OutlineReader.Number(r[i + 1]) : 0).ToList())).ToList();
        var categories = table.Rows.Select(r => r.Count > 0 ? r[0] : "").ToList();
        var alt = OutlineReader.Attribute(container, "alt") ?? Current.Title;
        current = Current with { Chart = new SlideChart(categories, series, alt) };
    }

    private void Timeline(CustomContainer container, ListBlock list)
    {
        var steps = list.OfType<ListItemBlock>().Select(item =>
        {
            var text = string.Join(" ", item.OfType<ParagraphBlock>().Select(p => OutlineReader.Text(p.Inline)));
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            return colon > 0 ? new TimelineStep(text[(colon + 2)..], text[..colon]) : new TimelineStep(text, null);
        }).ToList();
        var alt = OutlineReader.Attribute(container, "alt") ?? Current.Title;
        current = Current with { Timeline = new SlideTimeline(steps, alt) };
    }

    private void Content(Block block)
    {
        switch (block)
        {
            case ListBlock list:
                List(list, 0);
                break;
            case Table table:
                current = Current with { Table = OutlineReader.Table(table) };
                break;
            case ParagraphBlock p when Image(p) is { } image:
                var path = Uri.UnescapeDataString(image.Url ?? "");
                var full = SlideImages.Full(path, baseDirectory);
                if (SlideImages.Problem(full, language) is { } problem)
                    Warnings.Add(problem);
                else
                    current = Current with { Image = new SlideImage(full, OutlineReader.Text(image).Length > 0 ? OutlineReader.Text(image) : Current.Title) };
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                var text = OutlineReader.Text(leaf.Inline);
                if (text.Length > 0)
                    Add(new BodyItem(text));
                break;
        }
    }

    private static LinkInline? Image(ParagraphBlock p) =>
        p.Inline?.FirstChild is LinkInline { IsImage: true } link && link.NextSibling is null ? link : null;

    private void List(ListBlock list, int level)
    {
        foreach (var item in list.OfType<ListItemBlock>())
            foreach (var child in item)
            {
                if (child is ParagraphBlock p)
                    Add(new BodyItem(OutlineReader.Text(p.Inline), level));
                else if (child is ListBlock nested)
                    List(nested, level + 1);
            }
    }

    private void Add(BodyItem item)
    {
        if (item.Text.Length == 0)
            return;
        current = secondColumn
            ? Current with { SecondColumn = [.. Current.SecondColumn, item] }
            : Current with { Body = [.. Current.Body, item] };
    }
}
