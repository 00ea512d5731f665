using System.Globalization;
using System.Text.RegularExpressions;
using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Decks;

/// <summary>
/// A case's before/after figures as numbers, so they can be charted on one axis: the improvement in per cent. Times
/// are brought to minutes ("4小时" → 240, "2 days" → 2880); a rate near 100 % (availability) improves by the share of
/// the gap to 100 % it closed, which is how engineers read it (98.2 % → 99.9 % removes 94 % of the downtime).
/// </summary>
public static partial class CaseFigures
{
    /// <summary>The value with its unit when the value does not carry it.</summary>
    public static string Unit(string value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) || value.EndsWith(unit, StringComparison.Ordinal) ? value : value + (unit == "%" ? "" : " ") + unit;

    /// <summary>The improvement of a figure in per cent, rounded; null when either side is not a number or units differ.</summary>
    public static double? Improvement(CaseMetric metric)
    {
        if (Parse(metric.Before, metric.Unit) is not { } before || Parse(metric.After, metric.Unit) is not { } after || before.Kind != after.Kind)
            return null;
        var (b, a) = (before.Value, after.Value);
        if (b == a)
            return null;
        double gain;
        if (before.Kind == "%" && a > b && a <= 100 && b < 100)
            gain = (a - b) / (100 - b) * 100;
        else if (a < b)
            gain = b == 0 ? 0 : (b - a) / b * 100;
        else
            gain = b == 0 ? 0 : (a - b) / b * 100;
        return gain <= 0 ? null : Math.Round(gain, 0);
    }

    private readonly record struct Figure(double Value, string Kind);

    private static Figure? Parse(string text, string? unit)
    {
        var m = Number().Match(text.Replace(",", "", StringComparison.Ordinal));
        if (!m.Success || !double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        var rest = (m.Groups[2].Value.Trim() is { Length: > 0 } given ? given : unit ?? "").Trim().ToLowerInvariant();
        var minutes = rest switch
        {
            "秒" or "秒钟" or "s" or "sec" or "seconds" or "second" => 1 / 60.0,
            "分钟" or "分" or "min" or "mins" or "minutes" or "minute" => 1,
            "小时" or "h" or "hr" or "hrs" or "hours" or "hour" => 60,
            "天" or "日" or "d" or "day" or "days" or "工作日" => 1440,
            "周" or "week" or "weeks" => 10080,
            _ => (double?)null,
        };
        if (minutes is { } factor)
            return new Figure(value * factor, "time");
        return new Figure(value, rest.StartsWith('%') ? "%" : rest);
    }

    [GeneratedRegex(@"^\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$")]
    private static partial Regex Number();
}
