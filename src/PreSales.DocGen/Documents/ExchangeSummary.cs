using System.Globalization;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents;

/// <summary>An attendee row of the minutes.</summary>
public sealed record AttendeeRow(string Name, string JobTitle, string Department, string Role);

/// <summary>A question row of the minutes.</summary>
public sealed record QuestionRow(int Number, string Question, string Kind, string AskedBy, string Answer);

/// <summary>An action-item row of the minutes.</summary>
public sealed record ActionRow(string Item, string Owner, string Due, string Status);

/// <summary>
/// 交流总结, the minutes of one exchange (METHOD §6): the nine sections in their order, built from the deal alone.
/// </summary>
public sealed record ExchangeSummary(
    DocumentHeader Header,
    Exchange Exchange,
    int Number,
    IReadOnlyList<AttendeeRow> CustomerAttendees,
    IReadOnlyList<AttendeeRow> OurAttendees,
    IReadOnlyList<QuestionRow> Questions,
    IReadOnlyList<ActionRow> ActionItems,
    Vocabulary Words)
{
    /// <summary>The naming parts of the minutes of an exchange.</summary>
    public static NameParts NameOf(Deal deal, Exchange exchange, int number, int version) =>
        new(deal.Customer.ShortName ?? deal.Customer.Name, deal.Id, Vocabulary.For(deal.Language).Label(exchange.Stage),
            exchange.Date, DocumentKinds.Title(DocumentKind.Minutes, Vocabulary.For(deal.Language)), version, number);

    /// <summary>Builds the minutes of exchange <paramref name="number"/> (1-based).</summary>
    public static ExchangeSummary From(Deal deal, Exchange exchange, int number, string docNumber)
    {
        var v = Vocabulary.For(deal.Language);
        var header = DocumentHeader.For(deal, v.Pick($"交流总结：{exchange.Title}", $"Exchange summary: {exchange.Title}"), docNumber, exchange.Date);
        var customer = exchange.CustomerAttendees.Select(a =>
        {
            var s = DealExchanges.StakeholderOf(deal, a.StakeholderId);
            return s is null
                ? new AttendeeRow(a.Name ?? "", a.Title ?? "", "", "")
                : new AttendeeRow(s.Name, s.Title ?? "", s.Department ?? "", $"{v.Label(s.Role)} · {v.Label(s.Stance)}");
        }).ToList();
        var ours = exchange.OurAttendees.Select(a => new AttendeeRow(a.Name, "", "", a.Role ?? "")).ToList();
        var questions = exchange.Questions.Select((q, i) => new QuestionRow(
            i + 1, q.Question, v.Label(q.Kind),
            DealExchanges.StakeholderOf(deal, q.AskedBy)?.Name ?? q.AskedBy ?? "", q.Answer ?? "")).ToList();
        var actions = exchange.ActionItems.Select(a => new ActionRow(
            a.Item, a.Owner, a.Due is { } due ? DocumentHeader.FormatDate(due) : "", v.Label(a.Status))).ToList();
        return new ExchangeSummary(header, exchange, number, customer, ours, questions, actions, v);
    }

    /// <summary>The content for the minutes template.</summary>
    public DocumentContent ToContent()
    {
        var v = Words;
        var e = Exchange;
        var content = Header.AddTo(new ContentBuilder())
            .Text("exchangeTitle", v.Pick($"{e.Title}（{v.Label(e.Kind)}，第 {Number} 次交流）", $"{e.Title} ({v.Label(e.Kind)}, exchange {Number})"))
            .Text("place", Place(e, v))
            .Blocks("agenda", Listed(e.Agenda, e.Goal is { Length: > 0 } goal ? [new TextBlock(v.Pick("目标：", "Goal: ") + goal)] : []))
            .Repeat("customerAttendees", CustomerAttendees.Select(Attendee))
            .Repeat("ourAttendees", OurAttendees.Select(Attendee))
            .Blocks("strategy", Markdown(e.Strategy))
            .Blocks("content", Markdown(e.Content))
            .Blocks("interests", Listed(e.CustomerInterests))
            .Repeat("questions", Questions.Select(q => new ContentBuilder()
                .Text("number", q.Number.ToString(CultureInfo.InvariantCulture)).Text("question", q.Question).Text("kind", q.Kind)
                .Text("askedBy", q.AskedBy).Blocks("answer", q.Answer.Length > 0 ? [new MarkdownBlock(q.Answer)] : []).Build()))
            .Blocks("information", Information())
            .Blocks("materials", Listed(e.Materials))
            .Blocks("lessons", Lessons())
            .Blocks("nextFocus", Listed(e.NextFocus))
            .Repeat("actionItems", ActionItems.Select(a => new ContentBuilder()
                .Text("item", a.Item).Text("owner", a.Owner).Text("due", a.Due).Text("status", a.Status).Build()))
            // Lines of the notes that fit no section: kept, in an appendix that says so (the reader warned about each);
            // a template may place the "unplaced" control, otherwise the renderer appends it.
            .Blocks("unplaced", e.UnplacedNotes is { Count: > 0 } unplaced
                ? [new TextBlock(v.Pick("以下笔记未能归入九个章节之一，原样保留：", "These lines of the notes fit none of the nine sections and are kept as typed:")), new ListBlock(unplaced.Select(Literal).ToList())]
                : []);
        return content.Build();
    }

    // A line of notes as typed, shown literally (a "#" or "|" in it is text, not Markdown).
    private static string Literal(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"([\\`*_\[\]#|<>])", @"\$1");

    /// <summary>"地点，14:00–16:30（150 分钟）": the place, the time and the length, those known.</summary>
    private static string Place(Exchange e, Vocabulary v)
    {
        var parts = new List<string>();
        if (e.Place is { Length: > 0 } place)
            parts.Add(place);
        if (e.Time is { Length: > 0 } time)
            parts.Add(e.DurationMinutes is { } m ? v.Pick($"{time}（{m} 分钟）", $"{time} ({m} minutes)") : time);
        else if (e.DurationMinutes is { } minutes)
            parts.Add(v.Pick($"{minutes} 分钟", $"{minutes} minutes"));
        return string.Join(v.Pick("，", ", "), parts);
    }

    private static DocumentContent Attendee(AttendeeRow a) => new ContentBuilder()
        .Text("name", a.Name).Text("jobTitle", a.JobTitle).Text("department", a.Department).Text("role", a.Role).Build();

    private IReadOnlyList<Block> Markdown(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [DocumentHeader.None(Words)] : [new MarkdownBlock(text)];

    private IReadOnlyList<Block> Listed(IReadOnlyList<string> items, IReadOnlyList<Block>? before = null)
    {
        var blocks = new List<Block>(before ?? []);
        if (items.Count > 0)
            blocks.Add(new ListBlock(items));
        if (blocks.Count == 0)
            blocks.Add(DocumentHeader.None(Words));
        return blocks;
    }

    private List<Block> Information()
    {
        var v = Words;
        var info = Exchange.Information;
        var blocks = new List<Block>();
        foreach (var (label, items) in new[]
        {
            (v.Pick("客户", "Customer"), info.Customer),
            (v.Pick("竞争对手", "Competitors"), info.Competitors),
            (v.Pick("其他", "Other"), info.Other),
        })
        {
            if (items.Count == 0)
                continue;
            blocks.Add(new TextBlock(label, Bold: true));
            blocks.Add(new ListBlock(items));
        }
        return blocks.Count > 0 ? blocks : [DocumentHeader.None(v)];
    }

    private List<Block> Lessons()
    {
        var v = Words;
        var blocks = new List<Block>();
        if (Exchange.WhatWorked.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("做得好的", "What worked"), Bold: true));
            blocks.Add(new ListBlock(Exchange.WhatWorked));
        }
        if (Exchange.Lessons.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("经验教训与待改进", "Lessons and open points"), Bold: true));
            blocks.Add(new ListBlock(Exchange.Lessons));
        }
        return blocks.Count > 0 ? blocks : [DocumentHeader.None(v)];
    }
}
