using System.Text;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Notes;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>
/// No line is lost: for notes generated from a seeded random mix of the forms people type (headings, bold lines, label
/// lines, plain section lines, full- and half-width punctuation, lists, nested lists, tables, paragraphs, stray lines),
/// every non-empty line is placed exactly once, and what it says is in the rendered minutes — or a warning names its line.
/// </summary>
public class NotesPropertyTests
{
    private static readonly string[] Sections = ["议程", "参会人员", "交流内容", "客户关注点", "客户提的问题", "问答", "获取的信息", "交流材料", "经验教训", "下次交流", "下一步", "待办", "行动项",
        "Agenda", "Discussion", "Q&A", "Concerns", "Information gained", "Materials", "Lessons", "Next exchange", "Next steps", "Action items"];

    private sealed class Generator(int seed)
    {
        private readonly Random random = new(seed);
        private int counter;
        public readonly StringBuilder Text = new();
        public readonly List<(int Line, string[] Says)> Expected = [];
        private int line;

        private string Word() => random.Next(3) switch
        {
            0 => $"事项{++counter}号",
            1 => $"item{++counter}x",
            _ => $"要点{++counter}条",
        };

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private void Line(string text, params string[] says)
        {
            Text.Append(text).Append('\n');
            line++;
            if (text.Trim().Length > 0)
                Expected.Add((line, says));
        }

        public string Build()
        {
            Line("# 交流纪要" + Word());
            Line(Pick(["日期：2026-11-24 14:00-15:30", "Date: 2026/11/24", "时间：2026年11月24日（周二）"]));
            if (random.Next(2) == 0)
                Line("随手记" + Pick(["：", ":"]) + Word(), "随手记");
            for (var s = 0; s < 6; s++)
            {
                var name = Pick(Sections);
                Line(random.Next(5) switch
                {
                    0 => "## " + name,
                    1 => "**" + name + "**",
                    2 => name + "：",
                    3 => name + ":",
                    _ => name,
                });
                var section = NoteHeadings.Recognise(name)!.Value;
                for (var k = random.Next(1, 5); k > 0; k--)
                    Content(section);
                if (random.Next(4) == 0)
                {
                    Line("### 其他" + Word());
                    Line("- " + Word());
                }
                Line("");
            }
            return Text.ToString();
        }

        private void Item(string marker)
        {
            var w = Word();
            Line(marker + w, w);
        }

        private void Content(MinutesSection section)
        {
            switch (random.Next(6))
            {
                case 0 when section == MinutesSection.QuestionsAndAnswers:
                    var (q, a) = (Word(), Word());
                    Line($"- 问{Pick(["（", "("])}赵敏{Pick(["）", ")"])}{Pick(["：", ":"])}{q}{Pick(["？", "?"])}答{Pick(["：", ":"])}{a}", q, a);
                    return;
                case 0 when section == MinutesSection.OpenIssues:
                    var (item, owner) = (Word(), "负责人" + counter);
                    Line($"- [ ] {item} @{owner} {Pick(["12/8", "下周五", "月底", "本周内", "2026-11-30", "12月5日"])}", item, owner);
                    return;
                case 0 when section == MinutesSection.AgendaAndAttendees:
                    var (p1, remark, p2) = ("人员" + ++counter, "备注" + counter + Pick(["，", ","]) + "负责文档", "人员" + ++counter);
                    Line($"{Pick(["客户", "参会", "我方"])}{Pick(["：", ":"])}{p1}{Pick(["（", "("])}{remark}{Pick(["）", ")"])}{Pick(["、", "，", ","])}{p2}", p1, p2, "备注");
                    return;
                case 1:
                    Item(Pick(["- ", "* ", "1. ", "2、"]));
                    var nested = Word();
                    Line("  - " + nested, nested);
                    return;
                case 2:
                    var (h1, h2) = (Word(), Word());
                    var (c1, c2) = (Word(), Word());
                    Line($"| {h1} | {h2} |", h1.StartsWith("item", StringComparison.Ordinal) ? [] : []);
                    Line("|---|---|");
                    Line($"| {c1} | {c2} |", c1, c2);
                    Line("");
                    return;
                case 3:
                    var paragraph = Word();
                    Line(paragraph + Pick(["，说明了情况。", ", as discussed.", "；待确认！"]), paragraph);
                    return;
                default:
                    Item("- ");
                    return;
            }
        }
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_line_of_any_notes_lands_in_the_minutes_or_a_warning_names_it(int seed)
    {
        var generator = new Generator(seed);
        var notes = generator.Build();
        var deal = TestDeals.Sample("telecom-pilot.zh-CN.json");
        var reading = MeetingNotes.Read(notes, deal, new DateOnly(2026, 1, 1));
        var lines = notes.Split('\n');
        // Every non-empty line placed exactly once.
        var nonEmpty = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].Trim().Length > 0).ToList();
        Assert.Equal(nonEmpty, reading.Lines.Select(l => l.Number).ToList());
        // What each line says is in the minutes, or a warning names the line.
        var withExchange = deal with { Exchanges = [.. deal.Exchanges, reading.Exchange] };
        var made = Deliverables.Make(withExchange, new DocumentRequest(DocumentKind.Minutes, new DateOnly(2026, 1, 1), withExchange.Exchanges.Count));
        var text = Docx.BodyText(made.Bytes);
        var warned = reading.Warnings.Select(w => w.Line).ToHashSet();
        foreach (var (line, says) in generator.Expected)
        {
            foreach (var part in says)
                Assert.True(text.Contains(part, StringComparison.Ordinal) || warned.Contains(line),
                    $"seed {seed}, line {line} \"{lines[line - 1]}\": \"{part}\" is not in the minutes and no warning names the line\n{notes}");
        }
        Assert.Empty(Docx.Errors(made.Bytes));
    }
}
