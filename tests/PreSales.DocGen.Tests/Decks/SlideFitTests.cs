using PreSales.DocGen.Deals;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Language;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

public class SlideFitTests
{
    private static IReadOnlyList<PlannedSlide> Fit(DealLanguage language, params string[] bullets) =>
        DeckPlanner.Fit(new DeckPlan
        {
            Language = language,
            Customer = "C",
            DurationMinutes = 30,
            Slides = [new PlannedSlide { Title = "Trends", Body = bullets.Select(b => new BodyItem(b)).ToList() }],
        }).Slides;

    [Fact]
    public void A_slide_holds_no_more_chinese_than_a_listener_reads()
    {
        // Four short bullets of 45 characters each: they fit the box, but 180 characters are too many to read.
        var bullet = new string('网', 45);
        var slides = Fit(DealLanguage.ZhCN, bullet, bullet, bullet, bullet);
        Assert.Equal(2, slides.Count);
        Assert.All(slides, s => Assert.True(SlideRoom.Readable(TextMeasure.Of(string.Concat(s.Body.Select(b => b.Text))))));
        Assert.Equal("Trends（续）", slides[1].Title);
    }

    [Fact]
    public void A_40_column_table_continues_by_column_groups_keeping_every_cell_and_the_row_names()
    {
        var header = Enumerable.Range(0, 40).Select(c => $"列{c}").ToList();
        var rows = Enumerable.Range(0, 3).Select(r => (IReadOnlyList<string>)Enumerable.Range(0, 40).Select(c => $"格{r}-{c}").ToList()).ToList();
        var slides = DeckPlanner.Fit(new DeckPlan
        {
            Language = DealLanguage.ZhCN,
            Customer = "C",
            Slides = [new PlannedSlide { Title = "宽表", Table = new SlideTable(header, rows) }],
        }).Slides;
        // Before: one slide whose 40 cells a row were each shortened to "…".
        Assert.Equal(7, slides.Count);
        Assert.All(slides, s => Assert.True(s.Table!.Header.Count <= SlideRoom.MaxTableColumns));
        Assert.All(slides, s => Assert.Equal("列0", s.Table!.Header[0]));
        Assert.All(slides, s => Assert.All(s.Table!.Rows, r => Assert.StartsWith("格", r[0], StringComparison.Ordinal)));
        var cells = slides.SelectMany(s => s.Table!.Rows.SelectMany(r => r.Skip(1))).Where(c => c.Length > 0).ToList();
        Assert.Equal(3 * 39, cells.Count);
        Assert.DoesNotContain(cells, c => c.Contains('…', StringComparison.Ordinal));
        Assert.Equal(["宽表", "宽表（续）", "宽表（续2）"], slides.Take(3).Select(s => s.Title));
        Assert.Equal(slides.Count, slides.Select(s => s.Title).Distinct().Count());
    }

    [Fact]
    public void English_is_budgeted_in_words()
    {
        var bullet = string.Join(' ', Enumerable.Repeat("word", 30));
        var slides = Fit(DealLanguage.EnUS, bullet, bullet, bullet, bullet);
        Assert.True(slides.Count >= 2);
        Assert.All(slides, s => Assert.True(s.Body.Sum(b => TextMeasure.Of(b.Text).Words) <= SlideRoom.MaxEnglishWords));
    }

    [Fact]
    public void Later_continuations_are_numbered_so_no_two_titles_repeat()
    {
        var bullet = new string('网', 45);
        var slides = Fit(DealLanguage.ZhCN, Enumerable.Repeat(bullet, 9).ToArray());
        Assert.Equal(["Trends", "Trends（续）", "Trends（续2）"], slides.Select(s => s.Title).Take(3));
        Assert.Equal(slides.Count, slides.Select(s => s.Title).Distinct().Count());
    }

    [Fact]
    public void The_second_samples_FAB_table_does_not_leave_one_row_on_a_continuation_slide()
    {
        // Before: three rows at 18 pt, then a continuation slide with the fourth row alone.
        var plan = DeckPlanner.Plan(TestDeals.Sample("revenue-office.en-US.json"), new DeckRequest()).Plan;
        var fab = plan.Slides.Where(s => s.Table is { } t && t.Header.Count == 4 && plan.Slides.First(f => f.Table?.Header.Count == 4) is var first
            && (s == first || SlideFit.Continues(s, first, plan.Language))).ToList();
        Assert.NotEmpty(fab);
        Assert.Equal(4, fab.Sum(s => s.Table!.Rows.Count));
        Assert.All(fab, s => Assert.True(s.Table!.Rows.Count >= 2, string.Join(" | ", fab.Select(f => $"{f.Title} [{f.Table!.Rows.Count}]"))));
    }

    [Fact]
    public void A_table_shrinks_to_the_floor_before_it_continues_and_balances_the_rows_it_must_continue()
    {
        SlideTable Table(int rows) => new(["特点", "功能", "优点", "效益"],
            Enumerable.Range(0, rows).Select(r => (IReadOnlyList<string>)Enumerable.Range(0, 4).Select(c => $"第{r}行第{c}列：" + new string('网', 40)).ToList()).ToList());
        IReadOnlyList<PlannedSlide> Fit(int rows) => DeckPlanner.Fit(new DeckPlan
        {
            Language = DealLanguage.ZhCN,
            Customer = "C",
            Slides = [new PlannedSlide { Title = "表", Table = Table(rows) }],
        }).Slides;
        // At 18 pt a row of these cells takes five lines and two rows fit under the header; at the 14 pt floor, four.
        Assert.Single(Fit(4));
        var five = Fit(5);
        Assert.Equal(2, five.Count);
        Assert.Equal([3, 2], five.Select(s => s.Table!.Rows.Count));
    }

    [Fact]
    public void A_table_cell_is_measured_as_it_wraps_word_by_word()
    {
        // LibreOffice sets this cell of the second sample's FAB table (a 218 pt column, 18 pt) in five lines; counting
        // ems alone, without the room lost at each line's end, said four, and the table ran off the slide.
        const string cell = "Stores every dataset in an open format with one catalogue of owners, schemas and lineage";
        Assert.Equal(4, DeckText.Lines(cell, 203.6, 18));
        Assert.Equal(5, DeckText.WrappedLines(cell, 203.6, 18));
        Assert.Equal(DeckText.Lines("网络改造不影响网点日常揽投业务", 100, 18), DeckText.WrappedLines("网络改造不影响网点日常揽投业务", 100, 18));
        Assert.Equal(5, DeckText.WrappedLines(new string('m', 40), 100, 18));
    }

    [Fact]
    public void Bullets_that_continue_keep_each_point_with_its_sub_points()
    {
        // LibreOffice's DNA template: a 624×225 pt body box. The English chart slide's four bullets (two points, the
        // second with two sub-points) came out on three slides, the last holding one sub-point alone.
        var plan = DeckPlanner.Plan(DeckDeals.Telecom(DealLanguage.EnUS), new DeckRequest()).Plan;
        var slides = SlideFit.Refit(plan.Slides, plan.Language, new SlideRoom(623.8, 225.3, 20.6, 18, 18));
        var chart = plan.Slides.First(s => s.Chart is not null);
        var pages = slides.Where(s => s.Title.StartsWith(chart.Title, StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count <= 2, string.Join(" | ", pages.Select(p => string.Join(" / ", p.Body.Select(b => $"{b.Level}:{b.Text}")))));
        Assert.DoesNotContain(slides, s => s.Body.Count > 0 && s.Body[0].Level > 0);
    }

    [Fact]
    public void Clauses_split_outside_parentheses_and_numbers()
    {
        Assert.Equal(["about 520 sites in all (1 city, 8 counties and districts)", "86,000 users", "all on 4G"],
            DeckText.Clauses("about 520 sites in all (1 city, 8 counties and districts), 86,000 users. all on 4G"));
        Assert.Equal(["共约520个站点\uff08市1\uff0c县区8\uff09", "县以下多为临时宽带"], DeckText.Clauses("共约520个站点\uff08市1\uff0c县区8\uff09\uff0c县以下多为临时宽带。"));
    }

    [Theory]
    [InlineData("提高建设速度，增加一季度可割接站点数量", "提高建设速度")]
    [InlineData("Cut costs by 2.5 percent, every year", "Cut costs by 2.5 percent")]
    [InlineData("减少人员、设备投入", "减少人员、设备投入")]
    [InlineData("About 380 sites on four levels (city, county, township, village), each joined its own way", "About 380 sites on four levels")]
    [InlineData("部署A的网络管理平台\uff08B/S架构\uff0c集中部署\uff09\uff0c分级授权", "部署A的网络管理平台")]
    [InlineData("部署A的网络管理平台\uff08B/S架构\uff09\uff0c分级授权", "部署A的网络管理平台\uff08B/S架构\uff09")]
    [InlineData("提高建设速度,增加一季度可割接站点数量", "提高建设速度")]
    public void The_first_clause_keeps_numbers_and_enumerations_whole(string text, string expected) =>
        Assert.Equal(expected, DeckText.FirstClause(text));

    [Theory]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH")]
    [InlineData("网络改造不影响网点日常揽投业务网络改造不影响网点日常揽投业务")]
    [InlineData("mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm")]
    public void A_shortened_text_fits_the_width_it_was_shortened_to(string text) =>
        Assert.True(DeckText.Ems(DeckText.Shorten(text, 10)) <= 10, DeckText.Shorten(text, 10));

    [Fact]
    public void A_table_whose_words_break_in_narrow_columns_starts_smaller_down_to_the_floor()
    {
        var table = new SlideTable(["Feature", "Function", "Advantage", "Benefit"], [["One-click restore", "Any configuration change rolled back", "Less risk", "Stable network"]]);
        // "configuration" (6.5 em) in four columns of a 503 pt box (Candy's, narrowed beside its stripes): 15 pt.
        Assert.Equal(15, SlideFit.WordFont(table, 503, 18));
        Assert.Equal(18, SlideFit.WordFont(table, 835, 18));
        Assert.Null(SlideFit.WordFont(table, 300, 18));
        var room = new SlideRoom(503, 300, 24, 20, 18) { FullWidth = 700 };
        Assert.Equal(503, room.TableWidth(table));
        Assert.Equal(15, room.TableFontFor(table));
        Assert.Equal(700, (room with { Width = 300 }).TableWidth(table));
    }

    [Fact]
    public void Timeline_labels_too_wide_for_their_step_stagger_in_two_rows()
    {
        var timeline = new SlideTimeline([new("Solution exchange", "2026-12-03"), new("Pilot-site test", "2027-01-05"), new("Bid and presentation", "2027-02-20"), new("Contract signed", "2027-03-15")], "timeline");
        // "presentation" bold at 18 pt needs about 140 pt: a step of a 503 pt box has 111, two steps 237.
        Assert.True(PreSales.DocGen.Decks.Rendering.TimelineGraphic.Staggered(timeline, 503 * 12700));
        Assert.True(PreSales.DocGen.Decks.Rendering.TimelineGraphic.WordsFit(timeline, 503 * 12700));
        Assert.False(PreSales.DocGen.Decks.Rendering.TimelineGraphic.Staggered(timeline, 835 * 12700));
        Assert.False(PreSales.DocGen.Decks.Rendering.TimelineGraphic.WordsFit(timeline, 200 * 12700));
    }
}
