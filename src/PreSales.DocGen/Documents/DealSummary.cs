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
            ? v.Pick($"售前项目总结（中期）：{deal.Name}", $"Deal summary (interim): {deal.Name}")
            : v.Pick($"售前项目总结：{deal.Name}", $"Deal summary: {deal.Name}");
        return new DealSummary(DocumentHeader.For(deal, title, docNumber, deal.Result?.Date ?? today), deal, interim, v);
    }

    /// <summary>The content for the summary template.</summary>
    public DocumentContent ToContent()
    {
        var v = Words;
        var d = Deal;
        var r = d.Result;
        var status = r is { } result
            ? v.Pick($"项目结果：{v.Label(result.Outcome)}（{DocumentHeader.FormatDate(result.Date)}）", $"Result: {v.Label(result.Outcome)} ({DocumentHeader.FormatDate(result.Date)})")
            : v.Pick($"中期总结：项目尚未结束（当前阶段：{v.Label(d.Stage)}），结果与最终经验待项目结束后补充",
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
            blocks.Add(new ListBlock(Deal.Competitors.Select(c => $"{c.Name}{v.Pick("（", " (")}{v.Label(c.StrengthClass)}{v.Pick("）", ")")}{(c.LikelyStrategy is { } s ? v.Colon + s : "")}").ToList()));
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
        var open = new List<Block> { new TextBlock(v.Pick("项目尚未结束，暂无结果。当前情况：", "The deal is still open; no result yet. Where it stands:")) };
        var lines = new List<string> { $"{v.Pick("当前阶段", "Stage")}{v.Colon}{v.Label(Deal.Stage)}" };
        if (Deal.Positioning is { } p)
            lines.Add($"{v.Pick("商机定位", "Position")}{v.Colon}{v.Label(OpportunityPositioning.Assess(p).Chosen)}");
        if (gaps.Count > 0)
            lines.Add($"{v.Pick("未确认的关键信息", "Key facts not confirmed")}{v.Colon}{v.List(gaps.Select(g => v.Label(g.Fact) + v.Pick($"（{v.Label(g.Status)}）", $" ({v.Label(g.Status)})")))}");
        open.Add(new ListBlock(lines));
        return open;
    }

    // The review of the strategy (METHOD §6): what the team wrote once the deal ended, else — for each stage — the points
    // it had to win against the exchanges actually held in it and what they showed, then every adjustment of the
    // strategy and the position; the plan's own text is not copied here (it is in the strategy plan).
    private List<Block> StrategyReview()
    {
        var v = Words;
        var blocks = new List<Block>();
        if (Deal.Result?.StrategyReview is { Length: > 0 } review)
            blocks.Add(new MarkdownBlock(review));
        if (Deal.Strategy is { } strategy && strategy.LeadElements.Count > 0)
            blocks.Add(new TextBlock(v.Pick("原定主打要素：", "Planned lead elements: ") + v.List(strategy.LeadElements.Select(e => v.Label(e)))));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var stage in Deal.Stages.OrderBy(x => x.Number))
        {
            var held = Deal.Exchanges.Where(e => e.Status == ExchangeStatus.Held
                && (stage.Start is null || e.Date >= stage.Start) && (stage.End is null || e.Date <= stage.End)).ToList();
            var happened = held.Count == 0
                ? (stage.Start is { } start && start > (Deal.Result?.Date ?? DateOnly.FromDateTime(DateTime.UtcNow))
                    ? v.Pick("尚未开始", "not started yet") : v.Pick("该阶段没有已举行的交流", "no exchange held in this stage"))
                : string.Join("\n\n", held.Select(e => $"{DocumentHeader.FormatDate(e.Date)} {e.Title}"
                    + (e.WhatWorked.Count > 0 ? v.Pick("：", ": ") + string.Join(v.Pick("；", "; "), e.WhatWorked) : "")));
            rows.Add([
                $"{stage.Number}{(stage.Name is { Length: > 0 } name ? " " + name : "")}",
                stage.PointsToWin.Count > 0 ? string.Join("\n\n", stage.PointsToWin.Select(p => "· " + p)) : v.Pick("（未定）", "(none set)"),
                happened,
            ]);
        }
        if (rows.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("各阶段加分目标与实际情况", "Each stage: points to win and what happened"), Bold: true));
            blocks.Add(new TableBlock([v.Pick("阶段", "Stage"), v.Pick("加分目标", "Points to win"), v.Pick("实际情况", "What happened")], rows));
        }
        var changes = new List<string>();
        foreach (var a in Deal.Strategy?.Adjustments ?? [])
            changes.Add($"{DocumentHeader.FormatDate(a.Date)}{v.Pick("：", ": ")}{a.Change}{v.Pick("（原因：", " (why: ")}{a.Reason}{v.Pick("）", ")")}");
        foreach (var h in Deal.Positioning?.History ?? [])
            changes.Add($"{DocumentHeader.FormatDate(h.Date)}{v.Pick("：定位由“", ": position from \"")}{v.Label(h.From)}{v.Pick("”调整为“", "\" to \"")}{v.Label(h.To)}{v.Pick("”（原因：", "\" (why: ")}{h.Reason}{v.Pick("）", ")")}");
        if (changes.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("策略与定位调整", "Adjustments of strategy and position"), Bold: true));
            blocks.Add(new ListBlock(changes.Order(StringComparer.Ordinal).ToList()));
        }
        return blocks.Count > 0 ? blocks : [DocumentHeader.None(v)];
    }

    // Customer material as a list; competitor intelligence grouped by competitor — what the plan knows of each, then
    // what the exchanges brought about it — with intelligence naming no competitor last.
    private List<Block> Material()
    {
        var v = Words;
        var blocks = new List<Block>();
        var customer = Deal.Exchanges.SelectMany(e => e.Information.Customer).Distinct().ToList();
        if (customer.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("客户资料", "On the customer"), Bold: true));
            blocks.Add(new ListBlock(customer));
        }
        var intelligence = Deal.Exchanges.SelectMany(e => e.Information.Competitors).Distinct().ToList();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Deal.Competitors)
        {
            var short_ = c.Name.Split(' ').Last();
            var heard = intelligence.Where(i => i.Contains(c.Name, StringComparison.OrdinalIgnoreCase)
                || short_.Length == 1 && System.Text.RegularExpressions.Regex.IsMatch(i, $@"(?<![A-Za-z]){short_}(?![A-Za-z])")).ToList();
            claimed.UnionWith(heard);
            var items = c.Strengths.Select(x => v.Pick("优势：", "strength: ") + x)
                .Concat(c.Weaknesses.Select(x => v.Pick("劣势：", "weakness: ") + x))
                .Concat(c.LikelyStrategy is { } ls ? [v.Pick("可能策略：", "likely strategy: ") + ls] : [])
                .Concat(heard.Select(x => v.Pick("交流所得：", "heard: ") + x)).ToList();
            if (items.Count == 0)
                continue;
            blocks.Add(new TextBlock(v.Pick($"竞争对手：{c.Name}（{v.Label(c.StrengthClass)}）", $"Competitor: {c.Name} ({v.Label(c.StrengthClass)})"), Bold: true));
            blocks.Add(new ListBlock(items));
        }
        var unnamed = intelligence.Where(i => !claimed.Contains(i)).ToList();
        if (unnamed.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("竞争情报（未指明对手）", "Competitor intelligence naming no competitor"), Bold: true));
            blocks.Add(new ListBlock(unnamed));
        }
        var other = Deal.Exchanges.SelectMany(e => e.Information.Other).Distinct().ToList();
        if (other.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("其他", "Other"), Bold: true));
            blocks.Add(new ListBlock(other));
        }
        return blocks.Count > 0 ? blocks : [DocumentHeader.None(v)];
    }

    private static bool IsDocument(string material)
    {
        var t = material.Trim().TrimStart('(', '（').ToLowerInvariant();
        return t.Length > 0 && !t.StartsWith("无", StringComparison.Ordinal) && !t.StartsWith("none", StringComparison.Ordinal)
            && !t.StartsWith("n/a", StringComparison.Ordinal) && t is not "-" and not "—";
    }

    private List<Block> Documents()
    {
        var v = Words;
        var items = new List<string>();
        foreach (var e in Deal.Exchanges.Where(e => e.Status == ExchangeStatus.Held && e.Kind == ExchangeKind.Formal))
            items.Add(v.Pick($"交流总结：{e.Title}（{DocumentHeader.FormatDate(e.Date)}）", $"Exchange summary: {e.Title} ({DocumentHeader.FormatDate(e.Date)})"));
        // Only real documents: "无（非正式交流）" / "None (informal contact)" says there was none.
        items.AddRange(Deal.Exchanges.SelectMany(e => e.Materials).Where(IsDocument).Distinct());
        items.Add(v.Pick("整体策划方案", "Overall strategy plan"));
        return [new ListBlock(items)];
    }
}
