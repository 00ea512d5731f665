using System.Globalization;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Language;

// The words of dynamic adjustment (METHOD §2.5): what `check` says a held exchange changes.
public sealed partial class Vocabulary
{
    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Importance or likelihood moved after an exchange.</summary>
    public string PositionMoved(DateOnly exchange, Grade importanceBefore, Grade importanceAfter, Grade likelihoodBefore, Grade likelihoodAfter, Position chosen, Position recommended)
    {
        var moves = new List<string>();
        if (importanceBefore != importanceAfter)
            moves.Add(Pick($"重要程度{Label(importanceBefore)}→{Label(importanceAfter)}", $"importance {Label(importanceBefore)} → {Label(importanceAfter)}"));
        if (likelihoodBefore != likelihoodAfter)
            moves.Add(Pick($"成功可能性{Label(likelihoodBefore)}→{Label(likelihoodAfter)}", $"likelihood {Label(likelihoodBefore)} → {Label(likelihoodAfter)}"));
        var what = string.Join(Pick("，", ", "), moves);
        return chosen == recommended
            ? Pick($"{D(exchange)}交流后{what}：方法的定位仍是“{Label(recommended)}”，保持定位，并把新判断写入 positioning。",
                $"After the exchange of {D(exchange)}, {what}: the method's position is still \"{Label(recommended)}\"; keep it and record the new reading in positioning.")
            : Pick($"{D(exchange)}交流后{what}：建议由“{Label(chosen)}”调整为“{Label(recommended)}”，并相应调整整体策略和投入。",
                $"After the exchange of {D(exchange)}, {what}: re-position from \"{Label(chosen)}\" to \"{Label(recommended)}\" and adjust the strategy and the effort to match.");
    }

    /// <summary>A competitor's move reported in a held exchange, against our strategy.</summary>
    public string CompetitorMoved(DateOnly exchange, string competitor, string move, IReadOnlyList<CompetitiveElement> attacksLead, IReadOnlyList<CompetitiveElement> pressesWeak, bool strategyUnknown)
    {
        var notes = new List<string>();
        if (attacksLead.Count > 0)
            notes.Add(Pick($"冲击我方主打的{List(attacksLead.Select(e => Label(e)))}：下次交流用案例和数据正面回应", $"it goes at our lead element{(attacksLead.Count > 1 ? "s" : "")} {List(attacksLead.Select(e => Label(e).ToLowerInvariant()))}: answer with cases and figures in the next exchange"));
        if (pressesWeak.Count > 0)
            notes.Add(Pick($"针对我方需淡化的{List(pressesWeak.Select(e => Label(e)))}：准备转化的说法，不跟进比拼", $"it presses on {List(pressesWeak.Select(e => Label(e).ToLowerInvariant()))}, which we reframe: prepare the reframing, do not compete on it"));
        if (notes.Count == 0)
            notes.Add(Pick("是策略调整以后的新动向：判断是否需要调整要强调的要素", "news since the strategy was last adjusted: decide whether the elements we stress should change"));
        if (strategyUnknown)
            notes.Add(Pick($"{competitor}的策略原先未知：据此补写其 likelyStrategy", $"{competitor}'s strategy was unknown: write its likelyStrategy from this"));
        return Pick($"{competitor}（{D(exchange)}获悉）：{move.TrimEnd('。', '.')}。{string.Join("；", notes)}。",
            $"{competitor} (learnt {D(exchange)}): {move.TrimEnd('。', '.')}. {Capital(string.Join("; ", notes))}.");
    }

    /// <summary>A key person a stage needs, not met in any held exchange.</summary>
    public string PersonNotMet(int stage, string? stageName, string person, string role, bool stageOver, DateOnly? invited)
    {
        var name = stageName is { Length: > 0 } ? Pick($"阶段{stage}（{stageName}）", $"stage {stage} ({stageName})") : Pick($"阶段{stage}", $"stage {stage}");
        var next = invited is { } d
            ? Pick($"{D(d)}的交流已邀请此人，务必确认其出席", $"the exchange of {D(d)} invites them: make sure they come")
            : Pick("还没有计划中的交流邀请此人：安排一次接触", "no planned exchange invites them: arrange a contact");
        return Pick($"{name}{(stageOver ? "已结束，" : "")}需要{person}（{role}），但还没有在任何交流中见过：{next}。",
            $"{Capital(name)}{(stageOver ? " is over and" : "")} needs {person} ({role.ToLowerInvariant()}), who has not been met in any exchange: {next}.");
    }

    /// <summary>The decision maker met once or never by the solution stage.</summary>
    public string DecisionMakerMetOnce(string person, int met, DateOnly? invited) => met == 0
        ? Pick($"决策者{person}还没有在任何交流中见过：{(invited is { } n ? $"{D(n)}的交流之外" : "")}再安排一次高层接触，一次接触撑不起决策。",
            $"The decision maker {person} has not been met in any exchange: {(invited is { } m ? $"besides the exchange of {D(m)}, " : "")}arrange another senior contact; one contact does not carry a decision.")
        : Pick($"决策者{person}只在{met}次交流中见过：{(invited is { } d ? $"{D(d)}的交流之外" : "")}再安排一次高层接触，一次接触撑不起决策。",
            $"The decision maker {person} has been met in {met} exchange only: {(invited is { } e ? $"besides the exchange of {D(e)}, " : "")}arrange another senior contact; one contact does not carry a decision.");

    /// <summary>A stage over with no exchange held in it.</summary>
    public string StagePassedWithoutExchange(int stage, string? stageName, DateOnly end) =>
        Pick($"阶段{stage}{(stageName is { Length: > 0 } ? $"（{stageName}）" : "")}已于{D(end)}结束，期间没有举行交流：它的加分目标落后于时间表，重新安排或调整后续阶段。",
            $"Stage {stage}{(stageName is { Length: > 0 } ? $" ({stageName})" : "")} ended on {D(end)} with no exchange held in it: its points to win are behind the timetable; reschedule it or redefine the stages that follow.");

    /// <summary>A stage planned to start after the tender's last milestone.</summary>
    public string StageAfterTender(int stage, string? stageName, DateOnly start, string milestone, DateOnly date) =>
        Pick($"阶段{stage}{(stageName is { Length: > 0 } ? $"（{stageName}）" : "")}{D(start)}才开始，晚于“{milestone}”（{D(date)}）：招标时间表不等人，提前或合并该阶段。",
            $"Stage {stage}{(stageName is { Length: > 0 } ? $" ({stageName})" : "")} starts on {D(start)}, after \"{milestone}\" ({D(date)}): the tender will not wait; bring the stage forward or merge it.");

    /// <summary>A tender milestone close while the deal is still early.</summary>
    public string TenderNear(string milestone, DateOnly date, int days, string stage) =>
        Pick($"“{milestone}”（{D(date)}）只剩{days}天，交易仍在“{stage}”阶段：加快进入方案完善，或调整定位。",
            $"\"{milestone}\" ({D(date)}) is {days} day{(days == 1 ? "" : "s")} away and the deal is still at {stage.ToLowerInvariant()}: move to solution refinement sooner, or re-position.");

    private static string Capital(string text) => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
