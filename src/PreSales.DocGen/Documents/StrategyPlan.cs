using System.Globalization;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;
using PreSales.DocGen.Method;

namespace PreSales.DocGen.Documents;

/// <summary>
/// 整体策划方案, the overall strategy plan (METHOD §2): project analysis, the six key facts with unknown ones marked,
/// SWOT, positioning and its history, competitive thinking, the six-element comparison, the stage table, the
/// stakeholder map (influence × stance) and the overall strategy.
/// </summary>
public sealed record StrategyPlan(DocumentHeader Header, Deal Deal, CompetitiveSummary Competition, PositionAssessment? Position, Vocabulary Words)
{
    /// <summary>Builds the plan of a deal.</summary>
    public static StrategyPlan From(Deal deal, string docNumber, DateOnly date)
    {
        var v = Vocabulary.For(deal.Language);
        return new StrategyPlan(
            DocumentHeader.For(deal, v.Pick($"整体策划方案：{deal.Name}", $"Overall strategy plan: {deal.Name}"), docNumber, date),
            deal, CompetitiveThinking.Summarize(deal),
            deal.Positioning is { } p ? OpportunityPositioning.Assess(p) : null, v);
    }

    /// <summary>The content for the plan template.</summary>
    public DocumentContent ToContent()
    {
        var v = Words;
        var d = Deal;
        return Header.AddTo(new ContentBuilder())
            .Blocks("projectAnalysis", ProjectAnalysis())
            .Repeat("keyFacts", Enum.GetValues<KeyFactKind>().Select(kind =>
            {
                var fact = d.KeyFacts[kind];
                var unknown = fact.Status == FactStatus.Unknown || string.IsNullOrWhiteSpace(fact.Content);
                return new ContentBuilder()
                    .Text("fact", v.Label(kind))
                    .Text("status", unknown ? v.Pick("⚠ 未知", "⚠ unknown") : v.Label(fact.Status))
                    .Blocks("content", unknown
                        ? [new TextBlock(v.Pick("未知：须在下次交流中获取", "Unknown: find it out in the next exchange"), Bold: true)]
                        : [new MarkdownBlock(fact.Content!)])
                    .Text("source", fact.Source ?? "").Build();
            }))
            .Blocks("strengths", Listed(d.Swot.Strengths)).Blocks("weaknesses", Listed(d.Swot.Weaknesses))
            .Blocks("opportunities", Listed(d.Swot.Opportunities)).Blocks("threats", Listed(d.Swot.Threats))
            .Blocks("positioning", Positioning())
            .Repeat("positioningHistory", (d.Positioning?.History ?? []).Select(h => new ContentBuilder()
                .Text("date", DocumentHeader.FormatDate(h.Date)).Text("from", v.Label(h.From)).Text("to", v.Label(h.To)).Text("reason", h.Reason).Build()))
            .Blocks("competitiveThinking", CompetitiveThinkingBlocks())
            .Repeat("elementRatings", ElementRows())
            .Repeat("stages", d.Stages.OrderBy(s => s.Number).Select(s => new ContentBuilder()
                .Text("number", s.Name is { Length: > 0 } name ? $"{s.Number} {name}" : s.Number.ToString(CultureInfo.InvariantCulture))
                .Text("focus", s.Focus).Text("purpose", s.Purpose ?? "")
                .Text("audience", v.List(s.Audience.Select(id => DealExchanges.StakeholderOf(d, id)?.Name ?? id)))
                .Text("keyContent", s.KeyContent ?? "").Text("strengths", v.List(s.StrengthsToHighlight)).Build()))
            .Blocks("stageDetails", StageDetails())
            .Blocks("stakeholderMap", [StakeholderMap()])
            .Blocks("strategy", Strategy())
            .Build();
    }

    // What each stage needs besides its table row (METHOD §2.4): too long for table columns, so a short list per stage.
    private List<Block> StageDetails()
    {
        var v = Words;
        var blocks = new List<Block>();
        foreach (var s in Deal.Stages.OrderBy(s => s.Number))
        {
            var lines = new List<string>();
            void Line(string zh, string en, string text)
            {
                if (text.Length > 0)
                    lines.Add(v.Pick(zh, en) + v.Colon + text);
            }
            Line("情报收集", "Intelligence to gather", v.List(s.Intelligence));
            Line("实现方法", "Approach", s.Approach ?? "");
            Line("售前资源", "Pre-sales resources", v.List(s.Resources));
            Line("加分目标", "Points to win", v.List(s.PointsToWin));
            if (lines.Count == 0)
                continue;
            blocks.Add(new TextBlock(v.Pick($"阶段 {s.Number}", $"Stage {s.Number}") + (s.Name is { Length: > 0 } name ? " " + name : ""), Bold: true));
            blocks.Add(new ListBlock(lines));
        }
        return blocks.Count > 0 ? blocks : [DocumentHeader.None(v)];
    }

    private IReadOnlyList<Block> Listed(IReadOnlyList<string> items) =>
        items.Count > 0 ? [new ListBlock(items)] : [DocumentHeader.None(Words)];

    private List<Block> ProjectAnalysis()
    {
        var v = Words;
        var d = Deal;
        var blocks = new List<Block> { new TextBlock(v.Pick("客户分析", "Customer"), Bold: true) };
        blocks.Add(new TextBlock($"{d.Customer.Name}{v.Pick("（", " (")}{d.Customer.Industry}{v.Pick("）", ")")}"));
        if (d.Customer.Background is { Length: > 0 } background)
            blocks.Add(new MarkdownBlock(background));
        blocks.Add(new TextBlock(v.Pick("项目背景", "Project background"), Bold: true));
        blocks.Add(new TextBlock(d.Project.Name + (d.Project.BusinessDomain is { Length: > 0 } domain ? $"{v.Pick("（业务领域：", " (business domain: ")}{domain}{v.Pick("）", ")")}" : "")));
        if (d.Project.Background is { Length: > 0 } project)
            blocks.Add(new MarkdownBlock(project));
        if (d.Project.EstimatedAmount is { } money)
            blocks.Add(new TextBlock(v.Pick("估算金额：", "Estimated amount: ") + $"{money.Amount.ToString("#,0.##", CultureInfo.InvariantCulture)} {money.Currency}"));
        if (d.Stakeholders.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("干系人", "Stakeholders"), Bold: true));
            blocks.Add(new ListBlock(d.Stakeholders.Select(s =>
                $"{s.Name}{(s.Title is null ? "" : v.Pick("，" + s.Title, ", " + s.Title))}{v.Pick("：", ": ")}{v.Label(s.Role)} · {v.Label(s.Stance)} · {v.Pick("影响力", "influence")} {s.Influence}/5").ToList()));
        }
        if (d.Project.Participants.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("其他参与方", "Other participants"), Bold: true));
            blocks.Add(new ListBlock(d.Project.Participants.Select(p => $"{p.Name}{v.Pick("：", ": ")}{p.Role}{(p.Notes is null ? "" : v.Pick("。", ". ") + p.Notes)}").ToList()));
        }
        if (d.Competitors.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("主要竞争对手", "Main competitors"), Bold: true));
            blocks.Add(new ListBlock(d.Competitors.Select(c =>
                $"{c.Name}{v.Pick("（", " (")}{v.Label(c.StrengthClass)}{v.Pick("）", ")")}{v.Pick("：", ": ")}{v.List(c.Strengths)}").ToList()));
        }
        return blocks;
    }

    private List<Block> Positioning()
    {
        var v = Words;
        if (Position is not { } p)
            return [new TextBlock(v.Pick("尚未做商机定位：请评估商机重要程度和成功可能性。", "The opportunity is not positioned yet: judge its importance and the likelihood of winning."))];
        var lines = new List<string>
        {
            $"{v.Pick("商机重要程度", "Importance")}{v.Colon}{v.Label(p.Importance)}",
            $"{v.Pick("成功可能性", "Likelihood of winning")}{v.Colon}{v.Label(p.Likelihood)}",
            $"{v.Pick("方法建议的定位", "The method's position")}{v.Colon}{v.Label(p.Recommended)}",
            $"{v.Pick("团队选择的定位", "The team's position")}{v.Colon}**{v.Label(p.Chosen)}**",
        };
        if (!p.AgreesWithMethod)
            lines.Add(v.Pick("与方法建议不同，理由：", "Differs from the method; reason: ") + (p.Reason ?? v.Pick("（未说明）", "(not stated)")));
        return [new ListBlock(lines)];
    }

    private List<Block> CompetitiveThinkingBlocks()
    {
        var v = Words;
        var c = Competition;
        var blocks = new List<Block>();
        if (c.HasRatings)
        {
            blocks.Add(new ListBlock(
            [
                $"{v.Pick("突出我方优势", "Stress our strengths")}{v.Colon}{(c.Stress.Count > 0 ? v.List(c.Stress.Select(v.Label)) : v.Pick("无明显领先项", "no clear lead"))}",
                $"{v.Pick("淡化或重新诠释我方劣势", "Play down or reframe our weaknesses")}{v.Colon}{(c.Reframe.Count > 0 ? v.List(c.Reframe.Select(v.Label)) : v.Pick("无", "none"))}",
            ]));
        }
        if (c.Main is { } main)
            blocks.Add(new TextBlock(v.Pick($"主要竞争对手：{main.Name}", $"Main competitor: {main.Name}"), Bold: true));
        var items = c.Competitors.Select(play =>
        {
            var parts = new List<string>();
            if (play.PlayDown.Count > 0)
                parts.Add(v.Pick("淡化其优势：", "play down its strengths: ") + v.List(play.PlayDown.Select(v.Label)));
            if (play.Expose.Count > 0)
                parts.Add(v.Pick("揭示其劣势：", "expose its weaknesses: ") + v.List(play.Expose.Select(v.Label)));
            if (play.Competitor.Weaknesses.Count > 0)
                parts.Add(v.Pick("已知劣势：", "known weaknesses: ") + v.List(play.Competitor.Weaknesses));
            parts.Add(v.Pick("可能策略：", "likely strategy: ") + (play.Competitor.LikelyStrategy ?? v.Pick("未知", "unknown")));
            return $"**{play.Competitor.Name}**{v.Colon}{string.Join(v.Pick("；", "; "), parts)}";
        }).ToList();
        if (items.Count > 0)
            blocks.Add(new ListBlock(items));
        return blocks.Count > 0 ? blocks : [DocumentHeader.None(v)];
    }

    private IEnumerable<DocumentContent> ElementRows()
    {
        var v = Words;
        var rows = new List<(string Bidder, ElementRatings? Rating)> { (v.Pick($"{Deal.OurCompany}（我方）", $"{Deal.OurCompany} (us)"), Deal.OurRating) };
        rows.AddRange(Deal.Competitors.Select(c => (c.Name, c.Rating)));
        return rows.Select(r =>
        {
            string Score(CompetitiveElement e) => r.Rating is { } rating ? rating[e].ToString(CultureInfo.InvariantCulture) : "—";
            return new ContentBuilder().Text("bidder", r.Bidder)
                .Text("company", Score(CompetitiveElement.Company)).Text("product", Score(CompetitiveElement.ProductAndSolution))
                .Text("references", Score(CompetitiveElement.CustomersAndReferences)).Text("implementation", Score(CompetitiveElement.Implementation))
                .Text("price", Score(CompetitiveElement.Price)).Text("service", Score(CompetitiveElement.Service))
                .Text("total", r.Rating?.Total.ToString(CultureInfo.InvariantCulture) ?? "—").Build();
        });
    }

    /// <summary>Influence (rows, high to low) × stance (columns): where each stakeholder stands; key persons starred.</summary>
    private TableBlock StakeholderMap()
    {
        var v = Words;
        (string Label, int Min, int Max)[] bands =
        [
            (v.Pick("高（4–5）", "High (4–5)"), 4, 5), (v.Pick("中（3）", "Medium (3)"), 3, 3), (v.Pick("低（1–2）", "Low (1–2)"), 1, 2),
        ];
        var stances = new[] { Stance.Supporter, Stance.Neutral, Stance.Opponent };
        var rows = bands.Select(b => (IReadOnlyList<string>)new[] { b.Label }.Concat(stances.Select(st => v.List(Deal.Stakeholders
            .Where(s => s.Stance == st && s.Influence >= b.Min && s.Influence <= b.Max)
            .OrderByDescending(s => s.Influence)
            .Select(s => (AudienceAnalysis.IsKey(s) ? "★" : "") + s.Name)))).ToList()).ToList();
        return new TableBlock([v.Pick("影响力 \\ 立场", "Influence \\ stance"), .. stances.Select(s => v.Label(s))], rows);
    }

    private List<Block> Strategy()
    {
        var blocks = StrategyOnly();
        blocks.AddRange(FabAndCases());
        return blocks;
    }

    // The FAB table (METHOD §5) and the reference cases with their before/after figures: the evidence the strategy
    // leads with, in the plan the team files.
    private List<Block> FabAndCases()
    {
        var v = Words;
        var blocks = new List<Block>();
        if (Deal.Fab.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("产品和方案优势（FAB）", "Product and solution strengths (FAB)"), Bold: true));
            blocks.Add(new TableBlock(
                [v.Pick("特色", "Feature"), v.Pick("功能", "Function"), v.Pick("优点", "Advantage"), v.Pick("效益", "Benefit")],
                Deal.Fab.Select(f => (IReadOnlyList<string>)[f.Feature, f.Function, f.Advantage, $"{f.Benefit}{v.Pick("（", " (")}{v.BenefitVerbs(f.BenefitKind)}{v.Pick("）", ")")}"]).ToList()));
        }
        foreach (var c in Deal.Cases)
        {
            blocks.Add(new TextBlock(v.Pick($"参考案例：{c.Customer}", $"Reference case: {c.Customer}") + (c.Year is { } year ? $" ({year})" : ""), Bold: true));
            var lines = new List<string>
            {
                v.Pick("问题：", "Problem: ") + c.Problem,
                v.Pick("方案：", "Solution: ") + c.Solution,
            };
            if (c.Benefit is { Length: > 0 } benefit)
                lines.Add(v.Pick("效益：", "Benefit: ") + benefit);
            blocks.Add(new ListBlock(lines));
            if (c.Metrics.Count > 0)
                blocks.Add(new TableBlock([v.Pick("指标", "Measure"), v.Pick("实施前", "Before"), v.Pick("实施后", "After")],
                    c.Metrics.Select(m => (IReadOnlyList<string>)[m.Name, m.Before + (m.Unit is { } u ? (u == "%" ? u : " " + u) : ""), m.After + (m.Unit is { } u2 ? (u2 == "%" ? u2 : " " + u2) : "")]).ToList()));
        }
        return blocks;
    }

    private List<Block> StrategyOnly()
    {
        var v = Words;
        if (Deal.Strategy is not { } s)
            return [new TextBlock(v.Pick("尚未制定整体策略。", "No overall strategy yet."))];
        var blocks = new List<Block>
        {
            new ListBlock(
            [
                $"{v.Pick("竞争方式", "Mode")}{v.Colon}{v.Label(s.Mode)}{(s.Partners.Count > 0 ? v.Pick("（伙伴：", " (partners: ") + v.List(s.Partners) + v.Pick("）", ")") : "")}",
                $"{v.Pick("态势", "Posture")}{v.Colon}{v.Label(s.Posture)}",
                $"{v.Pick("主打要素", "Lead elements")}{v.Colon}{(s.LeadElements.Count > 0 ? v.List(s.LeadElements.Select(v.Label)) : v.Pick("未定", "not chosen"))}",
            ]),
        };
        if (s.Summary is { Length: > 0 } summary)
            blocks.Add(new MarkdownBlock(summary));
        if (s.StrengthOrder.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("优势展示步骤", "Order of showing our strengths"), Bold: true));
            blocks.Add(new MarkdownBlock(string.Join("\n", s.StrengthOrder.Select((x, i) => $"{i + 1}. {x}"))));
        }
        if (s.ContactOrder.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("干系人接触顺序", "Order of stakeholder contacts"), Bold: true));
            blocks.Add(new TextBlock(string.Join(" → ", s.ContactOrder.Select(id => DealExchanges.StakeholderOf(Deal, id)?.Name ?? id))));
        }
        if (s.Adjustments.Count > 0)
        {
            blocks.Add(new TextBlock(v.Pick("策略调整", "Adjustments"), Bold: true));
            blocks.Add(new ListBlock(s.Adjustments.Select(a => $"{DocumentHeader.FormatDate(a.Date)}{v.Colon}{a.Change}{v.Pick("（原因：", " (why: ")}{a.Reason}{v.Pick("）", ")")}").ToList()));
        }
        return blocks;
    }
}
