using System.Globalization;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>A timeline drawn with native shapes: an arrow connector, a numbered circle per step, its label and date.</summary>
internal static class TimelineGraphic
{
    private const long Circle = 548640;

    /// <summary>
    /// Whether every word of the steps' labels (bold, which viewers set about 30% wider than the estimate) and dates
    /// fits across a width (EMU) at 18 pt, each label in its step's box or, staggered (<see cref="Staggered"/>), in
    /// the wider box it gets then; else a viewer breaks it inside the word.
    /// </summary>
    public static bool WordsFit(SlideTimeline timeline, long width) => LabelsFit(timeline, width, false) || LabelsFit(timeline, width, true);

    /// <summary>
    /// Whether the labels take two rows under the line, every other step's one row lower, each as wide as two steps:
    /// a word too long for one step's width (Candy's stripes narrow the box) then fits without leaving the box.
    /// </summary>
    public static bool Staggered(SlideTimeline timeline, long width) => !LabelsFit(timeline, width, false) && LabelsFit(timeline, width, true);

    private static bool LabelsFit(SlideTimeline timeline, long width, bool staggered)
    {
        var area = new Rect(0, 0, width, Circle * 4);
        var step = width / Math.Max(1, timeline.Steps.Count) - 91440 - 91440;
        return timeline.Steps.Select((s, i) => DeckText.LongestWordEms(s.Label) * 18 * 1.3 <= (LabelBox(area, timeline.Steps.Count, i, staggered, 0).Width - 91440) / 12700.0
            && DeckText.LongestWordEms(s.When ?? "") * 18 * 1.1 <= step / 12700.0).All(f => f);
    }

    // A label's box: under its circle, one step wide; staggered, two steps wide (cut at the diagram's ends), every
    // other one lower by the upper row's lines (two, or as many as its longest label takes).
    private static Rect LabelBox(Rect area, int count, int i, bool staggered, long lineY, int upperLines = 2)
    {
        var n = Math.Max(1, count);
        var step = area.Width / n;
        var top = lineY + Circle / 2 + 91440;
        var height = area.Y + area.Height - lineY - Circle;
        if (!staggered)
            return new(area.X + step * i + 45720, top, step - 91440, height);
        var centre = area.X + step * i + step / 2;
        var (left, right) = (Math.Max(area.X, centre - step) + 45720, Math.Min(area.X + area.Width, centre + step) - 45720);
        var row = i % 2 == 1 ? Math.Max(2, upperLines) * TextLine + 45720 : 0;
        return new(left, top + row, right - left, Math.Max(TextLine, height - row));
    }

    private const long TextLine = 18 * 12700 * 6 / 5;

    // A step's label is a name read at a glance: past four lines it is cut to its name.
    private const int MostLines = 4;

    // Lines a label takes in its box (within the text box's insets), bold at 18 pt as the viewers set it: bold Latin letters wider than the estimate,
    // bold Chinese characters an em as ever.
    private static int LabelLines(string label, Rect box) =>
        DeckText.WrappedLines(label, (box.Width - 91440) / 12700.0, 18 * (TextMeasure.Of(label).CjkCharacters * 2 > label.Length ? 1.0 : 1.3));

    private static int UpperLines(IReadOnlyList<TimelineStep> steps, Rect area, long lineY) =>
        Enumerable.Range(0, steps.Count).Where(i => i % 2 == 0).Max(i => LabelLines(steps[i].Label, LabelBox(area, steps.Count, i, true, lineY)));

    // The line two fifths down the diagram; higher in a low box when the labels under it need the room, no higher than
    // leaves the dates their lines above it (Lights' 248 pt body box: the lower row had 30 pt left for two lines).
    private static long Line(SlideTimeline timeline, Rect area, bool staggered)
    {
        var line = area.Y + area.Height * 2 / 5;
        var steps = timeline.Steps;
        var n = steps.Count;
        if (n == 0)
            return line;
        var step = area.Width / n;
        var dates = steps.Max(s => string.IsNullOrEmpty(s.When) ? 0 : DeckText.WrappedLines(s.When, (step - 91440) / 12700.0, 18 * 1.1));
        var least = area.Y + Math.Max(1, dates) * TextLine + Circle / 2 + 45720;
        var rows = staggered
            ? Math.Max(2, UpperLines(steps, area, line)) + Enumerable.Range(0, n).Where(i => i % 2 == 1).Select(i => LabelLines(steps[i].Label, LabelBox(area, n, i, true, line))).DefaultIfEmpty(0).Max()
            : Enumerable.Range(0, n).Max(i => LabelLines(steps[i].Label, LabelBox(area, n, i, false, line)));
        var needed = rows * TextLine + 45720;
        return line + Circle + needed <= area.Y + area.Height ? line : Math.Max(least, Math.Min(line, area.Y + area.Height - Circle - needed));
    }

    // A label longer than its box is cut to its name, the part before its colon ("Cutover batch 3 complete" of
    // "…: about 415 village stations, …"), the upper row's first, since the lower row starts under it; the whole label
    // stays in the alt text, and a warning names it. Else it would run past the slide's foot.
    private static SlideTimeline Fitted(SlideTimeline timeline, Rect area, bool staggered, long lineY, RenderWarnings warnings, int? mostLines = null)
    {
        var steps = timeline.Steps.ToList();
        var n = steps.Count;
        bool Overflows(int i)
        {
            var box = LabelBox(area, n, i, staggered, lineY, staggered ? UpperLines(steps, area, lineY) : 2);
            var lines = LabelLines(steps[i].Label, box);
            return mostLines is { } most ? lines > most : lines * TextLine > box.Height;
        }
        foreach (var i in Enumerable.Range(0, n).OrderBy(i => staggered ? i % 2 : 0))
        {
            if (!Overflows(i))
                continue;
            var name = DeckText.Clause(steps[i].Label.Split([':', '：'], 2)[0]);
            if (name.Length == 0 || name.Length == steps[i].Label.Length)
                name = DeckText.Clause(DeckText.FirstClause(steps[i].Label));
            if (name.Length == 0 || name.Length >= steps[i].Label.Length)
                continue;
            warnings.Add(new($"时间线第 {i + 1} 步“{steps[i].Label}”在框里放不下，页面上只写“{name}”，完整文字在替代文字里。",
                $"timeline step {i + 1} \"{steps[i].Label}\" does not fit its box; the slide shows \"{name}\", the whole text is in the alt text."));
            steps[i] = steps[i] with { Label = name };
        }
        return timeline with { Steps = steps };
    }

    // cover: stand on the theme's background colour whatever lies behind (a line drawing the diagram is widened over).
    public static void Write(SlideXml slide, SlideTimeline timeline, Rect area, TemplateColors colors, RenderWarnings warnings, bool cover = false)
    {
        var n = Math.Max(1, timeline.Steps.Count);
        var step = area.Width / n;
        var staggered = Staggered(timeline, area.Width);
        // Labels past four lines are cut first, then the line finds room for the rest, then what still overflows is cut.
        timeline = Fitted(timeline, area, staggered, area.Y + area.Height * 2 / 5, warnings, MostLines);
        var lineY = Line(timeline, area, staggered);
        timeline = Fitted(timeline, area, staggered, lineY, warnings);
        // Staggered, the lower row starts under the upper row's longest label, so a third line of it does not run
        // into the labels beside it (Candy's "Leadership hears the bidders' proposals" over "Tender documents issued").
        var upper = staggered ? UpperLines(timeline.Steps, area, lineY) : 0;
        Rect DateBox(int i) => new(area.X + step * i, area.Y, step, lineY - Circle / 2 - area.Y);
        Rect LabelBox(int i) => TimelineGraphic.LabelBox(area, timeline.Steps.Count, i, staggered, lineY, upper);
        // Marks at 3:1 and text at its ratio against what the layout shows behind each part of the diagram: the band
        // of the line and circles, and where each date and label sets its lines (a date's one line at the foot of its
        // box, a label's two at the head of its own): a stripe may lie under one step and not the next.
        const long textLine = TextLine;
        var parts = new List<Rect> { new(area.X, lineY - Circle / 2, area.Width, Circle) };
        parts.AddRange(Enumerable.Range(0, timeline.Steps.Count).SelectMany(i => new[]
        {
            DateBox(i) with { Y = Math.Max(area.Y, lineY - Circle / 2 - textLine), Height = Math.Min(textLine, lineY - Circle / 2 - area.Y) },
            LabelBox(i) with { Height = Math.Min(2 * textLine, LabelBox(i).Height) },
        }));
        IReadOnlyList<Formatting.Rgb> behind = parts.SelectMany(r => colors.Under(r).Colors).Distinct().ToList();
        Formatting.Rgb? backing = cover || colors.TryText(behind, 18, false, "tx1") is null ? colors.Backing(colors.Scheme("tx1", new(0, 0, 0))) : null;
        if (backing is { } b)
            behind = [b];
        var line = colors.Mark(behind, "accent1", [], new("时间线", "timeline"));
        var first = colors.Mark(behind, "accent2", [line], new("时间线的第一步", "timeline's first step"));
        var number = colors.Text([line, first], 18, true, "bg1", new("步骤编号", "step numbers"));
        var date = colors.Text(behind, 18, false, "accent1", new("时间线日期", "timeline dates"));
        var label = colors.Text(behind, 18, true, "tx1", new("时间线文字", "timeline labels"));
        var id = slide.NextId();
        var x = slide.Raw;
        x.Append(CultureInfo.InvariantCulture, $"<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"{id}\" name=\"Timeline {id}\" descr=\"{RunStyle.Escape(timeline.AltText)}\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>")
            .Append(CultureInfo.InvariantCulture, $"<p:grpSpPr><a:xfrm><a:off x=\"{area.X}\" y=\"{area.Y}\"/><a:ext cx=\"{area.Width}\" cy=\"{area.Height}\"/><a:chOff x=\"{area.X}\" y=\"{area.Y}\"/><a:chExt cx=\"{area.Width}\" cy=\"{area.Height}\"/></a:xfrm></p:grpSpPr>");
        if (backing is { } fill)
        {
            // On a background no colour reads on everywhere, the diagram stands on the theme's background colour.
            var backId = slide.NextId();
            x.Append(CultureInfo.InvariantCulture, $"<p:sp><p:nvSpPr><p:cNvPr id=\"{backId}\" name=\"Backing {backId}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>")
                .Append(SlideXml.Xfrm(area)).Append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill>").Append(SlideXml.Color(fill.Hex)).Append("</a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>");
        }
        var lineId = slide.NextId();
        x.Append(CultureInfo.InvariantCulture, $"<p:cxnSp><p:nvCxnSpPr><p:cNvPr id=\"{lineId}\" name=\"Connector {lineId}\"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr>")
            .Append(SlideXml.Xfrm(new Rect(area.X, lineY, area.Width, 0)))
            .Append(CultureInfo.InvariantCulture, $"<a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom><a:ln w=\"38100\"><a:solidFill>{SlideXml.Color(line.Hex)}</a:solidFill><a:tailEnd type=\"triangle\"/></a:ln></p:spPr></p:cxnSp>");
        for (var i = 0; i < timeline.Steps.Count; i++)
        {
            var s = timeline.Steps[i];
            var centre = area.X + step * i + step / 2;
            var circleId = slide.NextId();
            x.Append(CultureInfo.InvariantCulture, $"<p:sp><p:nvSpPr><p:cNvPr id=\"{circleId}\" name=\"Step {i + 1}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>")
                .Append(SlideXml.Xfrm(new Rect(centre - Circle / 2, lineY - Circle / 2, Circle, Circle)))
                .Append(CultureInfo.InvariantCulture, $"<a:prstGeom prst=\"ellipse\"><a:avLst/></a:prstGeom><a:solidFill>{SlideXml.Color((i == 0 ? first : line).Hex)}</a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>")
                .Append("<p:txBody><a:bodyPr lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"ctr\"/><a:lstStyle/><a:p><a:pPr algn=\"ctr\"/>")
                .Append(slide.Run((i + 1).ToString(CultureInfo.InvariantCulture), 1800, number.Hex, true)).Append("</a:p></p:txBody></p:sp>");
            if (s.When is { Length: > 0 } when)
                slide.TextBox(DateBox(i), when, 1800, date.Hex, false, anchor: "b");
            slide.TextBox(LabelBox(i), s.Label, 1800, label.Hex, true, align: staggered && i == 0 ? "l" : staggered && i == timeline.Steps.Count - 1 ? "r" : "ctr", anchor: "t");
        }
        x.Append("</p:grpSp>");
    }
}
