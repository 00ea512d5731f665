using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Documents.Word;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>Wide tables on a company template: a landscape section of their own, every column as wide as its longest word.</summary>
public class WideTableTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("telecom-pilot.en-US.json", DealLanguage.EnUS)]
    [InlineData("telecom-pilot.zh-CN.json", DealLanguage.ZhCN)]
    public void The_plans_stage_table_gets_a_landscape_section_on_a_portrait_company_template(string sample, DealLanguage language)
    {
        var deal = TestDeals.Sample(sample);
        var template = Portrait(DefaultTemplates.Get(DocumentKind.Plan, language));
        Assert.Single(Docx.Read(template, d => d.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList()));
        var made = Deliverables.Make(deal, new DocumentRequest(DocumentKind.Plan, Today, Template: template));
        Assert.Empty(Docx.Errors(made.Bytes));
        if (Environment.GetEnvironmentVariable("PRESALES_SAVE_WIDE") is { Length: > 0 } folder)
            File.WriteAllBytes(Path.Combine(folder, $"plan-{language}.docx"), made.Bytes);
        Docx.Read(made.Bytes, d =>
        {
            var body = d.MainDocumentPart!.Document!.Body!;
            var headerIds = d.MainDocumentPart.HeaderParts.Select(h => d.MainDocumentPart.GetIdOfPart(h)).ToHashSet();
            var sections = body.Descendants<SectionProperties>().ToList();
            Assert.Equal(3, sections.Count);
            Assert.Equal([false, true, false], sections.Select(Landscape).ToArray());
            // Headers (the confidentiality mark among them) carry over to every section, the margins too.
            var mark = language == DealLanguage.ZhCN ? "内部资料" : "Internal";
            foreach (var section in sections)
            {
                var id = Assert.Single(section.Elements<HeaderReference>()).Id!.Value!;
                Assert.Contains(id, headerIds);
                var header = (HeaderPart)d.MainDocumentPart.GetPartById(id);
                Assert.Contains(mark, header.Header!.InnerText);
                Assert.Equal(1440, (int)section.GetFirstChild<PageMargin>()!.Left!.Value!);
                // The document number after the header's tab ends at the right margin of its own section's text
                // (before: the landscape pages kept the portrait stop, 4932 twips short of it).
                var width = (int)section.GetFirstChild<PageSize>()!.Width!.Value - 2 * 1440;
                var styles = d.MainDocumentPart.StyleDefinitionsPart!.Styles!;
                var footer = (FooterPart)d.MainDocumentPart.GetPartById(Assert.Single(section.Elements<FooterReference>()).Id!.Value!);
                var tabbed = header.Header.Descendants<Paragraph>().Concat(footer.Footer!.Descendants<Paragraph>()).Where(p => p.Descendants<TabChar>().Any()).ToList();
                Assert.Equal(2, tabbed.Count);
                Assert.All(tabbed, p => Assert.Equal(width, RightStops(p, styles).Max()));
            }
            var stages = StageTable(body);
            Assert.Same(sections[1], SectionOf(stages));
            // The stage heading travels with its table; every other table stays on portrait pages.
            Assert.Same(sections[1], SectionOf(stages.PreviousSibling<Paragraph>()!));
            Assert.All(body.Elements<Table>().Where(t => !ReferenceEquals(t, stages)), t => Assert.False(Landscape(SectionOf(t)), "a narrow table went landscape"));
            AssertWordsFit(stages, 16838 - 2 * 1440);
            return 0;
        });
    }

    [Fact]
    public void Every_table_of_every_document_on_the_built_in_templates_has_columns_as_wide_as_their_longest_word()
    {
        foreach (var file in new[] { "telecom-pilot.zh-CN.json", "telecom-pilot.en-US.json" })
        {
            var deal = TestDeals.Sample(file);
            foreach (var kind in Enum.GetValues<DocumentKind>())
            {
                var bytes = Deliverables.Make(deal, new DocumentRequest(kind, Today)).Bytes;
                Docx.Read(bytes, d =>
                {
                    foreach (var table in d.MainDocumentPart!.Document!.Body!.Elements<Table>())
                        AssertWordsFit(table, null);
                    return 0;
                });
            }
        }
    }

    [Fact]
    public void A_long_word_widens_its_column_at_the_expense_of_columns_with_room()
    {
        var word = "Telecommunications-infrastructure";
        var table = WordTable.Create([1000, 4000, 4000]);
        var row = new TableRow(
            WordTable.Cell(1000, [new Paragraph(new Run(new Text(word)))]),
            WordTable.Cell(4000, [new Paragraph(new Run(new Text("short")))]),
            WordTable.Cell(4000, [new Paragraph(new Run(new Text("words only here")))]));
        table.Append(row);
        var body = new Body(table, new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Left = 1440, Right = 1440, Top = 1440, Bottom = 1440 }));
        WideTables.Fit(new Document(body));
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToArray();
        Assert.True(grid[0] > 1000 && grid[0] >= WideTables.Minimums(table)[0], $"{grid[0]}");
        Assert.Equal(9000, grid.Sum());
        Assert.Equal(grid[0].ToString(), row.GetFirstChild<TableCell>()!.TableCellProperties!.TableCellWidth!.Width!.Value);
        // Three narrow columns stay on the portrait page.
        Assert.Single(body.Descendants<SectionProperties>());
    }

    [Fact]
    public void Two_wide_tables_in_a_row_share_one_landscape_section_and_only_the_first_section_keeps_the_title_page()
    {
        static Table Wide()
        {
            var table = WordTable.Create([1500, 1500, 1500, 1500, 1500, 1526]);
            table.Append(new TableRow(Enumerable.Range(0, 6).Select(_ =>
                WordTable.Cell(1500, [new Paragraph(new Run(new Text("a sentence of prose long enough to need room in its column")))]))));
            return table;
        }
        var body = new Body(
            new Paragraph(new Run(new Text("Before"))),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text("Stages"))),
            Wide(), Wide(),
            new Paragraph(new Run(new Text("After"))),
            new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId9" },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Left = 1440, Right = 1440, Top = 1440, Bottom = 1440 }, new TitlePage()));
        WideTables.Fit(new Document(body));
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal([false, true, false], sections.Select(s => s.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape).ToArray());
        Assert.Equal([true, false, false], sections.Select(s => s.GetFirstChild<TitlePage>() is not null).ToArray());
        Assert.All(sections, s => Assert.Equal("rId9", s.GetFirstChild<HeaderReference>()!.Id!.Value));
        Assert.Equal(16838, (int)sections[1].GetFirstChild<PageSize>()!.Width!.Value);
        var tables = body.Elements<Table>().ToList();
        Assert.All(tables, t => Assert.Same(sections[1], SectionOf(t)));
        Assert.Same(sections[0], SectionOf(body.Elements<Paragraph>().First()));
        Assert.Same(sections[1], SectionOf(body.Elements<Paragraph>().First(p => p.InnerText == "Stages")));
        Assert.Same(sections[2], SectionOf(body.Elements<Paragraph>().First(p => p.InnerText == "After")));
        Assert.All(tables, t => AssertWordsFit(t, 16838 - 2 * 1440));
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(body).Select(e => e.Description));
    }

    private static void AssertWordsFit(Table table, int? width)
    {
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToArray();
        var minimums = WideTables.Minimums(table);
        for (var i = 0; i < grid.Length; i++)
            Assert.True(grid[i] >= minimums[i], $"column {i + 1} of \"{table.InnerText[..Math.Min(60, table.InnerText.Length)]}\" is {grid[i]} twips, its longest word needs {minimums[i]}");
        if (width is { } w)
            Assert.InRange(grid.Sum(), w - 50, w);
    }

    // The right-aligned tab stops a paragraph has: its style's (through basedOn), then its own, a clear removing one.
    private static List<int> RightStops(Paragraph paragraph, Styles styles)
    {
        var stops = new Dictionary<int, TabStopValues>();
        var chain = new List<Style>();
        for (var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value; id is not null && styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id) is { } style; id = style.BasedOn?.Val?.Value)
            chain.Insert(0, style);
        foreach (var tabs in chain.Select(s => s.StyleParagraphProperties?.Tabs).Append(paragraph.ParagraphProperties?.Tabs))
            foreach (var stop in tabs?.Elements<TabStop>() ?? [])
            {
                if (stop.Val!.Value == TabStopValues.Clear)
                    stops.Remove(stop.Position!.Value);
                else
                    stops[stop.Position!.Value] = stop.Val.Value;
            }
        return stops.Where(s => s.Value == TabStopValues.Right || s.Value == TabStopValues.End).Select(s => s.Key).ToList();
    }

    private static Table StageTable(Body body) =>
        body.Elements<Table>().Single(t => t.Elements<TableRow>().First().Elements<TableCell>().Count() == 6);

    private static bool Landscape(SectionProperties section) =>
        section.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape
        && section.GetFirstChild<PageSize>()!.Width!.Value > section.GetFirstChild<PageSize>()!.Height!.Value;

    private static SectionProperties SectionOf(OpenXmlElement element)
    {
        for (var next = element.NextSibling(); next is not null; next = next.NextSibling())
        {
            if (next is Paragraph { ParagraphProperties: { } p } && p.GetFirstChild<SectionProperties>() is { } s)
                return s;
            if (next is SectionProperties last)
                return last;
        }
        throw new InvalidOperationException("no section after the element");
    }

    // A company's plan template: one portrait section only, its stage table drawn as wide as the portrait text,
    // as someone making the template in Word would have it (the built-in one's landscape section taken out).
    private static byte[] Portrait(byte[] bytes)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            foreach (var inner in body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.GetFirstChild<SectionProperties>() is not null).ToList())
                inner.Remove();
            var portrait = DefaultTemplates.TextWidth;
            foreach (var table in body.Descendants<Table>().Where(t => t.GetFirstChild<TableGrid>() is not null))
            {
                var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ToList();
                var total = columns.Sum(c => int.Parse(c.Width!.Value!));
                if (total <= portrait)
                    continue;
                foreach (var column in columns)
                    column.Width = (int.Parse(column.Width!.Value!) * portrait / total).ToString();
                foreach (var cellWidth in table.Descendants<TableCellWidth>().Where(w => w.Type?.Value == TableWidthUnitValues.Dxa))
                    cellWidth.Width = (int.Parse(cellWidth.Width!.Value!) * portrait / total).ToString();
            }
        }
        return stream.ToArray();
    }
}
