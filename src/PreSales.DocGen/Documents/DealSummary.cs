using System.Globalization;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Documents;

/// <summary>
/// 售前项目总结, the deal summary (METHOD §6): background and competition, the exchanges, the result, the strategy
/// and how it was carried out, what worked, lessons, the customer and competitor material, the deal's documents.
/// An open deal gets an interim summary, marked as such in the title and status line: a pre-sales team reviews a
/// long deal before the bid too, and the lessons of the exchanges so far are worth keeping; the result sections
/// then say what is still open instead of inventing an outcome.
/// </summary>
public sealed record DealSummary(DocumentHeader Header, Deal Deal, bool Interim, Vocabulary Words)
{
    /// <summary>Builds the summary of a deal (interim when it has no result yet).</summary>
    public static DealSummary From(Deal deal, string docNumber, DateOnly today)
    {
        var v = Vocabulary.For(deal.Language);
        var interim = deal.Result is null;
        var title = interim
            ? v.Pick($"售前项目总结(中期):{deal.Name}", $"Deal summary (interim): {deal.Name}")
            : v.Pick($"售前项目总结:{deal.Name}", $"Deal summary: {deal.Name}");
        return new DealSummary(DocumentHeader.For(deal, title, docNumber, deal.Result?.Date ?? today), deal, interim, v);
    }

    /// <summary>The content for the summary template.</summary>
    public DocumentContent ToContent()
    {
        var v = Words;
        var d = Deal;
        var r = d.Result;
        var status = r is { } result
            ? v.Pick($"项目结果:{v.Label(result.Outcome)}({DocumentHeader.FormatDate(result.Date)})", $"Result: {v.Label(result.Outcome)} ({DocumentHeader.FormatDate(result.Date)})")
            : v.Pick($"中期总结:项目尚未结束(当前阶段:{v.Label(d.Stage)}),结果与最终经验待项目结束后补充",
                $"Interim summary: the deal is still open (stage: {v.Label(d.Stage)}); the result and final lessons follow when it ends");
        return Header.AddTo(new ContentBuilder())
            .Text("status", status)
            .Blocks("background", Background())
            .Repeat("exchanges", d.Exchanges.Select((e, i) => new ContentBuilder()
                .Text("number", (i + 1).ToString(CultureInfo.InvariantCulture)).Text("date", DocumentHeader.FormatDate(e.Date))
                .Text("kind", v.Label(e.Kind)).Text("exchangeTitle", e.Title).Text("status", v.Label(e.Status)).Build()))
            .Blocks("result", Result())
            .Blocks("strategyReview", StrategyReview())
            .Blocks("whatWorked", Listed(r?.WhatWorked is { Count: > 0 } worked ? worked : d.Exchanges.SelectMany(e => e.WhatWorked).ToList()))
            .Blocks("lessons", Listed(r?.Lessons is { Count: > 0 } lessons ? lessons : d.Exchanges.SelectMany(e => e.Lessons).ToList()))
            .Blocks("material", Material())
            .Blocks("documents", Documents())
            .Build();
    }

    private IReadOnlyList<Block> Listed(IReadOnlyList<string> items) =>
        items.Count > 0 ? [new ListBlock(items)] : [DocumentHeader.None(Words)];

    private List<Block> Background()
    {
        var v = Words;
        var blocks = new List<Block> { new TextBlock($"{Deal.Customer.Name} · {Deal.Project.Name}", Bold: true) };
        if (Deal.Customer.Background is { Length: > 0 } customer)
            blocks.Add(new MarkdownBlock(customer));
        if (Deal.Project.Background is { Length: > 0 } project)
            blocks.Add(new MarkdownBlock(project));
        if (Deal.Competitors.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("竞争情况", "Competition"), Bold: true));
            blocks.Add(new ListBlock(Deal.Competitors.Select(c => $"{c.Name}{v.Pick("(", " (")}{v.Label(c.StrengthClass)}{v.Pick(")", ")")}{(c.LikelyStrategy is { } s ? v.Colon + s : "")}").ToList()));
        }
        return blocks;
    }

    private List<Block> Result()
    {
        var v = Words;
        if (Deal.Result is { } r)
        {
            var blocks = new List<Block> { new TextBlock($"{v.Label(r.Outcome)}({DocumentHeader.FormatDate(r.Date)})", Bold: true) };
            if (r.Summary is { Length: > 0 } summary)
                blocks.Add(new MarkdownBlock(summary));
            return blocks;
        }
        var gaps = KeyFactGaps.Find(Deal.KeyFacts);
        var open = new List<Block> { new TextBlock(v.Pick("项目尚未结束,暂无结果。当前情况:", "The deal is still open; no result yet. Where it stands:")) };
        var lines = new List<string> { $"{v.Pick("当前阶段", "Stage")}{v.Colon}{v.Label(Deal.Stage)}" };
        if (Deal.Positioning is { } p)
            lines.Add($"{v.Pick("商机定位", "Position")}{v.Colon}{v.Label(OpportunityPositioning.Assess(p).Chosen)}");
        if (gaps.Count > 0)
            lines.Add($"{v.Pick("未确认的关键信息", "Key facts not confirmed")}{v.Colon}{v.List(gaps.Select(g => v.Label(g.Fact) + v.Pick($"({v.Label(g.Status)})", $" ({v.Label(g.Status)})")))}");
        open.Add(new ListBlock(lines));
        return open;
    }

    private List<Block> StrategyReview()
    {
        var v = Words;
        if (Deal.Result?.StrategyReview is { Length: > 0 } review)
            return [new MarkdownBlock(review)];
        var blocks = new List<Block>();
        if (Deal.Strategy?.Summary is { Length: > 0 } summary)
            blocks.Add(new MarkdownBlock(summary));
        if (Deal.Strategy?.Adjustments is { Count: > 0 } adjustments)
            blocks.Add(new ListBlock(adjustments.Select(a => $"{DocumentHeader.FormatDate(a.Date)}{v.Colon}{a.Change}{v.Pick("(原因:", " (why: ")}{a.Reason}{v.Pick(")", ")")}").ToList()));
        return blocks.Count > 0 ? blocks : [DocumentHeader.None(v)];
    }

    private List<Block> Material()
    {
        var v = Words;
        var blocks = new List<Block>();
        void Add(string label, IEnumerable<string> items)
        {
            var list = items.Distinct().ToList();
            if (list.Count == 0)
                return;
            blocks.Add(new TextBlock(label, Bold: true));
            blocks.Add(new ListBlock(list));
        }
        Add(v.Pick("客户资料", "On the customer"), Deal.Exchanges.SelectMany(e => e.Information.Customer));
        Add(v.Pick("竞争对手资料", "On competitors"), Deal.Competitors.SelectMany(c => c.Strengths.Concat(c.Weaknesses).Select(x => $"{c.Name}{v.Colon}{x}"))
            .Concat(Deal.Exchanges.SelectMany(e => e.Information.Competitors)));
        Add(v.Pick("其他", "Other"), Deal.Exchanges.SelectMany(e => e.Information.Other));
        return blocks.Count > 0 ? blocks : [DocumentHeader.None(v)];
    }

    private List<Block> Documents()
    {
        var v = Words;
        var items = new List<string>();
        foreach (var e in Deal.Exchanges.Where(e => e.Status == ExchangeStatus.Held && e.Kind == ExchangeKind.Formal))
            items.Add(v.Pick($"交流总结:{e.Title}({DocumentHeader.FormatDate(e.Date)})", $"Exchange summary: {e.Title} ({DocumentHeader.FormatDate(e.Date)})"));
        items.AddRange(Deal.Exchanges.SelectMany(e => e.Materials).Distinct());
        items.Add(v.Pick("整体策划方案", "Overall strategy plan"));
        return [new ListBlock(items)];
    }
}
