using System.Text;

namespace PreSales.DocGen.Documents.Notes;

/// <summary>
/// People in a line of notes: "王处长（网络部）、李工" or "Wang (network), Li". Separators inside parentheses do not
/// split: "小陈(信息部新来的,负责文档)" is one person with the remark "信息部新来的,负责文档".
/// </summary>
internal static class NotePeople
{
    public static IEnumerable<(string Name, string? Remark)> Split(string text)
    {
        foreach (var raw in Parts(text))
        {
            var person = raw.Trim().Trim('*', '_').Trim();
            if (person.Length == 0)
                continue;
            var folded = MeetingNotes.Fold(person);
            var open = folded.IndexOf('(', StringComparison.Ordinal);
            if (open > 0 && folded.EndsWith(')'))
            {
                yield return (person[..open].Trim(), person[(open + 1)..^1].Trim());
                continue;
            }
            var dash = new[] { " — ", " – ", " - ", "——", "—" }.Select(d => (d, i: person.IndexOf(d, StringComparison.Ordinal))).Where(p => p.i > 0).OrderBy(p => p.i).FirstOrDefault();
            if (dash.d is not null)
                yield return (person[..dash.i].Trim(), person[(dash.i + dash.d.Length)..].Trim());
            else
                yield return (person, null);
        }
    }

    // Splits at 、 , ， ; ； outside parentheses (both widths).
    private static IEnumerable<string> Parts(string text)
    {
        var depth = 0;
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            var f = MeetingNotes.Fold(c.ToString())[0];
            if (f == '(')
                depth++;
            else if (f == ')')
                depth = Math.Max(0, depth - 1);
            if (depth == 0 && f is '、' or ',' or ';')
            {
                yield return builder.ToString();
                builder.Clear();
                continue;
            }
            builder.Append(c);
        }
        yield return builder.ToString();
    }
}
