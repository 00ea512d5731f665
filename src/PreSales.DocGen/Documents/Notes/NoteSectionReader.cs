using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdList = Markdig.Syntax.ListBlock;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>One entry of a section: the part it is under (a sub-heading or a "label:"), its text, and nested detail.</summary>
internal sealed record NoteEntry(string? Part, string Text, string? Detail);

/// <summary>Puts each section of the notes into the exchange.</summary>
internal static partial class NoteSectionReader
{
    public static Exchange Apply(Exchange e, NoteSection section, Deal deal, Vocabulary v)
    {
        var entries = Entries(section).ToList();
        var texts = entries.Select(x => x.Text).Where(t => t.Length > 0).ToList();
        switch (section.Section)
        {
            case MinutesSection.AgendaAndAttendees:
                return Attendees(e, entries, deal);
            case MinutesSection.StrategyAndContent:
                return StrategyAndContent(e, section);
            case MinutesSection.CustomerInterests:
                return e with { CustomerInterests = [.. e.CustomerInterests, .. texts] };
            case MinutesSection.QuestionsAndAnswers:
                return e with { Questions = [.. e.Questions, .. Questions(section, entries, deal)] };
            case MinutesSection.InformationGained:
                var competitors = entries.Where(x => PartIs(x.Part, "竞争", "对手", "competitor", "rival")).Select(x => x.Text).ToList();
                var other = entries.Where(x => PartIs(x.Part, "其他", "其它", "other")).Select(x => x.Text).ToList();
                var customer = texts.Except(competitors).Except(other).ToList();
                return e with { Information = new InformationGained { Customer = [.. e.Information.Customer, .. customer], Competitors = [.. e.Information.Competitors, .. competitors], Other = [.. e.Information.Other, .. other] } };
            case MinutesSection.Materials:
                return e with { Materials = [.. e.Materials, .. texts] };
            case MinutesSection.Lessons:
                var worked = entries.Where(x => PartIs(x.Part, "做得好", "成功", "亮点", "worked", "went well", "good")).Select(x => x.Text).ToList();
                return e with { WhatWorked = [.. e.WhatWorked, .. worked], Lessons = [.. e.Lessons, .. texts.Except(worked)] };
            case MinutesSection.NextExchange:
                return e with { NextFocus = [.. e.NextFocus, .. texts] };
            case MinutesSection.OpenIssues:
                return e with { ActionItems = [.. e.ActionItems, .. Actions(section, entries, v, e.Date)] };
            default:
                return e;
        }
    }

    private static bool PartIs(string? part, params string[] keys) =>
        part is not null && keys.Any(k => part.Contains(k, StringComparison.OrdinalIgnoreCase));

    /// <summary>The entries of a section: list items, lines of paragraphs, under the current sub-heading or label.</summary>
    private static IEnumerable<NoteEntry> Entries(NoteSection section)
    {
        // The section's own heading is the first part: "参会人员" lists attendees, "What worked" lists what worked.
        string? part = section.Heading;
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    part = MeetingNotes.InlineText(heading.Inline).Trim();
                    break;
                case MdList list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var first = item.FirstOrDefault() as ParagraphBlock;
                        var text = first is null ? "" : MeetingNotes.Source(first, section.Source);
                        var rest = item.Skip(first is null ? 0 : 1).Select(b => MeetingNotes.Source(b, section.Source)).Where(s => s.Length > 0).ToList();
                        // "- 预算已批复\n竞争对手:" — a bare label typed under the last item starts a new part.
                        var lines = text.Split('\n');
                        var cut = Array.FindIndex(lines, 1, l => MeetingNotes.Label(l) is { Label: { Length: <= 24 }, Value.Length: 0 });
                        string? next = null;
                        if (cut > 0)
                        {
                            next = MeetingNotes.Label(lines[cut]).Label;
                            text = string.Join("\n", lines[..cut]);
                        }
                        yield return new NoteEntry(part, text, rest.Count > 0 ? string.Join("\n\n", rest) : null);
                        if (next is not null)
                            part = next;
                    }
                    break;
                case ParagraphBlock paragraph:
                    foreach (var line in MeetingNotes.Source(paragraph, section.Source).Split('\n'))
                    {
                        var (label, value) = MeetingNotes.Label(line);
                        if (label is not null && label.Length <= 24)
                        {
                            part = label;
                            if (value.Length > 0)
                                yield return new NoteEntry(part, value, null);
                        }
                        else if (line.Trim().Length > 0)
                        {
                            yield return new NoteEntry(part, line.Trim(), null);
                        }
                    }
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                        yield return new NoteEntry(part, string.Join(" | ", row.OfType<TableCell>().Select(c => MeetingNotes.Source(c, section.Source))), null);
                    break;
            }
        }
    }

    private static Exchange Attendees(Exchange e, List<NoteEntry> entries, Deal deal)
    {
        var agenda = new List<string>(e.Agenda);
        var customer = new List<CustomerAttendee>(e.CustomerAttendees);
        var ours = new List<OurAttendee>(e.OurAttendees);
        foreach (var entry in entries)
        {
            var part = entry.Part?.Trim().ToLowerInvariant() ?? "";
            if (new[] { "我方", "我们", "our", "us", "vendor" }.Any(k => part.StartsWith(k, StringComparison.Ordinal)))
                ours.AddRange(People(entry.Text).Select(p => new OurAttendee { Name = p.Name, Role = p.Title }));
            else if (!PartIs(part, "议程", "agenda") && PartIs(part, "客户", "customer", "client", "参会", "attendee", "与会", "participant"))
                customer.AddRange(People(entry.Text).Select(p => CustomerAttendee(p.Name, p.Title, deal)));
            else
                agenda.Add(entry.Text);
        }
        return e with { Agenda = agenda, CustomerAttendees = customer, OurAttendees = ours };
    }

    private static CustomerAttendee CustomerAttendee(string name, string? title, Deal deal)
    {
        var known = deal.Stakeholders.FirstOrDefault(s => s.Name == name || s.Id == name);
        return known is not null ? new CustomerAttendee { StakeholderId = known.Id } : new CustomerAttendee { Name = name, Title = title };
    }

    /// <summary>"王处长(网络部)、李工" or "Wang (network), Li" → names with optional titles.</summary>
    private static IEnumerable<(string Name, string? Title)> People(string text)
    {
        foreach (var raw in PeopleSeparator().Split(text))
        {
            var person = raw.Trim().Trim('*');
            if (person.Length == 0)
                continue;
            var match = PersonPattern().Match(person);
            if (match.Success)
                yield return (match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim());
            else if (person.Split([" — ", " - ", " – "], 2, StringSplitOptions.None) is [var name, var title])
                yield return (name.Trim(), title.Trim());
            else
                yield return (person, null);
        }
    }

    private static Exchange StrategyAndContent(Exchange e, NoteSection section)
    {
        string? part = section.Heading;
        var strategy = new List<string>();
        var content = new List<string>();
        foreach (var block in section.Blocks)
        {
            if (block is HeadingBlock heading)
            {
                part = MeetingNotes.InlineText(heading.Inline);
                continue;
            }
            var source = MeetingNotes.Source(block, section.Source);
            var (label, value) = block is ParagraphBlock ? MeetingNotes.Label(source.Split('\n')[0]) : (null, "");
            if (label is not null && label.Length <= 24)
            {
                part = label;
                source = (value + "\n" + string.Join("\n", source.Split('\n').Skip(1))).Trim();
            }
            if (source.Length == 0)
                continue;
            (PartIs(part, "策略", "strategy") ? strategy : content).Add(source);
        }
        return e with
        {
            Strategy = Join(e.Strategy, strategy),
            Content = Join(e.Content, content),
        };
    }

    private static string? Join(string? before, List<string> parts)
    {
        var all = (before is null ? parts : parts.Prepend(before)).ToList();
        return all.Count == 0 ? null : string.Join("\n\n", all);
    }

    [GeneratedRegex(@"[、,,;;]")]
    private static partial Regex PeopleSeparator();

    [GeneratedRegex(@"^(.+?)\s*[((](.+?)[))]$")]
    private static partial Regex PersonPattern();
}
