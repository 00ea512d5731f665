using PreSales.DocGen.Formatting;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>The reader: structure, and effective formatting resolved through the inheritance chain.</summary>
public class DeckReaderTests
{
    private static DeckFacts Deck() => SampleDecks.Read(new TestDeck()
        .Slide(s => s.Title("开场标题").Bullets("第一级").Notes("讲稿内容").Section("开场"))
        .Slide(s => s.Title("Second").TextBox("box text", 1, 2, 4, 1, sizePt: 20, color: "C00000").Picture("照片").Chart().Table(true, ["h"], ["v"]).Hidden().Transition().Animations(2).Comment("批注").Section("正文"))
        .Slide(s => s.OnBlankLayout().Background("203040").TextBox("Blank title", 0.5, 0.3, 12, 1, sizePt: 40).TextBox("默认字", 0.5, 2, 12, 1, sizePt: null)));

    [Fact]
    public void A_shape_in_a_turned_group_lies_where_the_group_turns_it()
    {
        // A group over 1–11 × 1–3 in turned half a turn about its centre (6, 2): its child at 1–3 × 1–2 in lands at
        // 9–11 × 2–3 in; a quarter-turned child box (2×1 in) keeps its frame and covers 1×2 in around its centre.
        const double Inch = TestDeck.Emu;
        var deck = SampleDecks.Read(new TestDeck().Slide(s => s.Title("组")
            .Group(1, 1, 10, 2, 180, g => g.TextBox("组里的字", 1, 1, 2, 1))
            .TextBox("旋转的字", 5, 4, 2, 1, rotation: 90)));
        var shapes = deck.Slides[0].Shapes;
        Assert.Equal(new Bounds((long)(9 * Inch), (long)(2 * Inch), (long)(2 * Inch), (long)Inch), shapes.Single(x => x.Text == "组里的字").Bounds);
        var turned = shapes.Single(x => x.Text == "旋转的字");
        Assert.Equal(new Bounds((long)(5 * Inch), (long)(4 * Inch), (long)(2 * Inch), (long)Inch), turned.Bounds);
        Assert.Equal(new Bounds((long)(5.5 * Inch), (long)(3.5 * Inch), (long)Inch, (long)(2 * Inch)), turned.Extent);
    }

    [Fact]
    public void Reads_slides_in_order_with_hidden_sections_notes_comments_timing()
    {
        var deck = Deck();
        Assert.Equal(3, deck.Slides.Count);
        Assert.Equal(12192000, deck.Width);
        var (first, second) = (deck.Slides[0], deck.Slides[1]);
        Assert.False(first.Hidden);
        Assert.True(second.Hidden);
        Assert.Equal("开场", first.Section);
        Assert.Equal("正文", second.Section);
        Assert.Equal("讲稿内容", first.Notes);
        Assert.Equal(["批注"], second.Comments);
        Assert.True(second.HasTransition);
        Assert.False(first.HasTransition);
        Assert.Equal(2, second.Animations);
        Assert.Equal("Title and Content", first.Layout);
        Assert.Equal("Blank", deck.Slides[2].Layout);
    }

    [Fact]
    public void Classifies_shapes_and_reads_alt_text_and_table_header()
    {
        var shapes = Deck().Slides[1].Shapes;
        Assert.Equal([ShapeKind.Title, ShapeKind.TextBox, ShapeKind.Picture, ShapeKind.Chart, ShapeKind.Table], shapes.Select(s => s.Kind));
        Assert.Equal("照片", shapes[2].AltText);
        Assert.True(shapes[4].TableHeader);
        Assert.Equal(new Bounds(914400, 1828800, 3657600, 914400), shapes[1].Bounds);
    }

    [Fact]
    public void Placeholder_text_takes_size_face_and_colour_from_layout_master_and_theme()
    {
        var slide = Deck().Slides[0];
        var title = slide.Shapes[0].Paragraphs[0].Runs[0];
        Assert.Equal(44, title.SizePt);                    // master titleStyle, scaled by nothing
        Assert.Equal("等线 Light", title.Typeface);         // Chinese text → +mj-ea → theme major East Asian font
        Assert.Equal(new Rgb(0, 0, 0), title.Color);        // schemeClr tx1 → clrMap dk1 → sysClr lastClr 000000
        var body = slide.Shapes[1].Paragraphs[0];
        Assert.Equal(28, body.Runs[0].SizePt);              // master bodyStyle lvl1
        Assert.True(body.Bullet);                           // buChar in bodyStyle
        Assert.Equal("开场标题", slide.Title);
        Assert.Equal(slide.Shapes[0].Id, slide.TitleShapeId);
    }

    [Fact]
    public void Text_box_takes_the_presentation_defaults_and_its_own_run_properties()
    {
        var deck = Deck();
        var box = deck.Slides[1].Shapes[1].Paragraphs[0].Runs[0];
        Assert.Equal(20, box.SizePt);
        Assert.Equal("Calibri", box.Typeface);              // Latin text → +mn-lt
        Assert.Equal(new Rgb(0xC0, 0, 0), box.Color);
        var plain = deck.Slides[2].Shapes[1].Paragraphs[0].Runs[0];
        Assert.Equal(18, plain.SizePt);                     // presentation defaultTextStyle
        Assert.Equal("等线", plain.Typeface);
        Assert.False(deck.Slides[2].Shapes[1].Paragraphs[0].Bullet);
    }

    [Fact]
    public void Backgrounds_come_from_the_slide_else_the_master()
    {
        var deck = Deck();
        Assert.Equal(new Rgb(255, 255, 255), deck.Slides[0].Background);   // master bgRef bg1 → lt1 → window FFFFFF
        Assert.Equal(new Rgb(0x20, 0x30, 0x40), deck.Slides[2].Background);
    }

    [Fact]
    public void Without_placeholders_the_top_largest_text_is_the_title() => Assert.Equal("Blank title", Deck().Slides[2].Title);

    [Fact]
    public void Theme_colour_transforms_are_applied()
    {
        // accent1 4472C4 with lumMod 75% is PowerPoint's "darker 25%": 2F5597.
        var fill = System.Xml.Linq.XElement.Parse("<a:solidFill xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:schemeClr val=\"accent1\"><a:lumMod val=\"75000\"/></a:schemeClr></a:solidFill>");
        var palette = new ThemePalette(System.Xml.Linq.XElement.Parse(DeckParts.Theme()), null);
        var color = palette.ColorOf(fill)!.Value;
        Assert.InRange(color.R, 0x2D, 0x31);
        Assert.InRange(color.G, 0x53, 0x57);
        Assert.InRange(color.B, 0x95, 0x99);
    }

    [Fact]
    public void Text_measure_counts_chinese_characters_and_english_words()
    {
        var m = TextMeasure.Of("降低成本 30% with one platform");
        Assert.Equal(4, m.CjkCharacters);
        Assert.Equal(4, m.Words);
        Assert.Equal(1, TextMeasure.Of(new string('字', 200)).SpeakingMinutes);
        Assert.Equal(1, TextMeasure.Of(string.Join(' ', Enumerable.Repeat("w", 140))).SpeakingMinutes, 3);
    }
}
