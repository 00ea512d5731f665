using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PreSales.DocGen.Review;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Review.Support;
using SkiaSharp;

namespace PreSales.DocGen.Tests.Review.Rules;

public class LowContrastRuleTests
{
    [Fact]
    public void Light_grey_on_white_is_too_faint()
    {
        var deck = new TestDeck().Slide(s => s.Title("对比度").TextBox("浅灰色的字", 1, 2, 6, 1, sizePt: 20, color: "CCCCCC"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "low-contrast"));
        Assert.Contains("#CCCCCC", finding.Message.English);
    }

    [Fact]
    public void The_slide_background_counts()
    {
        // Black text (theme tx1) is fine on white, unreadable on a dark navy background.
        var dark = new TestDeck().Slide(s => s.Title("深色背景").Background("102040").TextBox("默认颜色的字", 1, 2, 6, 1));
        var light = new TestDeck().Slide(s => s.Title("浅色背景").TextBox("默认颜色的字", 1, 2, 6, 1));
        Assert.NotEmpty(SampleDecks.Findings(dark, "low-contrast"));
        Assert.Empty(SampleDecks.Findings(light, "low-contrast"));
    }

    [Fact]
    public void White_text_on_a_dark_box_passes_and_on_a_light_box_fails()
    {
        var good = new TestDeck().Slide(s => s.Title("框").TextBox("白字", 1, 2, 6, 1, color: "FFFFFF", fill: "1F3864"));
        var bad = new TestDeck().Slide(s => s.Title("框").TextBox("白字", 1, 2, 6, 1, color: "FFFFFF", fill: "FFE699"));
        Assert.Empty(SampleDecks.Findings(good, "low-contrast"));
        Assert.Single(SampleDecks.Findings(bad, "low-contrast"));
    }

    [Fact]
    public void Large_text_needs_only_three_to_one()
    {
        // #888888 on white is 3.5:1: fails for 20 pt, passes for 28 pt bold… and for 24 pt.
        var small = new TestDeck().Slide(s => s.Title("t").TextBox("灰字", 1, 2, 6, 1, sizePt: 16, color: "888888"));
        var large = new TestDeck().Slide(s => s.Title("t").TextBox("灰字", 1, 2, 6, 1, sizePt: 24, color: "888888"));
        Assert.Single(SampleDecks.Findings(small, "low-contrast"));
        Assert.Empty(SampleDecks.Findings(large, "low-contrast"));
    }

    [Fact]
    public void White_text_over_a_light_photo_behind_its_box_is_flagged_and_over_a_dark_one_is_not()
    {
        var light = new TestDeck().Slide(s => s.Title("图上文字").Picture("浅色照片", 0, 0, 13.33, 7.5, Photo(Light, SKEncodedImageFormat.Png)).TextBox("白字", 1, 2, 6, 1, color: "FFFFFF"));
        var dark = new TestDeck().Slide(s => s.Title("图上文字").Picture("深色照片", 0, 0, 13.33, 7.5, Photo(Dark, SKEncodedImageFormat.Jpeg)).TextBox("白字", 1, 2, 6, 1, color: "FFFFFF"));
        var finding = Assert.Single(SampleDecks.Findings(light, "low-contrast"));
        Assert.Contains("#FFFFFF", finding.Message.English);
        Assert.Empty(SampleDecks.Findings(dark, "low-contrast"));
    }

    [Fact]
    public void A_background_picture_counts_where_the_text_lies_on_it()
    {
        // Left half light, right half dark: white text reads on the right, not on the left.
        var image = Photo((x, y) => x < 32 ? Light(x, y) : Dark(x, y), SKEncodedImageFormat.Png);
        const string across = "背景图:左半浅色、右半深色的一张照片";
        var left = WithBackgroundPicture(new TestDeck().Slide(s => s.Title(across).TextBox("白字在左", 0.5, 3, 5, 1, color: "FFFFFF")), image);
        var right = WithBackgroundPicture(new TestDeck().Slide(s => s.Title(across).TextBox("白字在右", 7.5, 3, 5, 1, color: "FFFFFF")), image);
        // The default black title, its letters across both halves, is unreadable on the dark one in both decks.
        Assert.Equal(["TextBox 3", "Title 2"], Findings(left).Select(f => f.Shape!).Order());
        Assert.Equal(["Title 2"], Findings(right).Select(f => f.Shape!));
        // A short title in the same box lies on the light half only, where a person reads it (before: its box was judged).
        var brief = WithBackgroundPicture(new TestDeck().Slide(s => s.Title("背景图").TextBox("白字在右", 7.5, 3, 5, 1, color: "FFFFFF")), image);
        Assert.Empty(Findings(brief));
    }

    [Fact]
    public void A_dark_stripe_of_a_photo_under_the_letters_is_flagged_though_the_photos_average_there_passes()
    {
        // A white photo with dark grey stripes, 10 px of every 40: averaged over any part of it, #C5C5C5-ish, on which
        // black reads at 11:1; but a quarter of the body text's letters lie on the stripes, black on #262626 at 1.4:1.
        var stripes = Photo((x, y) => x % 40 < 10 ? new SKColor(38, 38, 38) : new SKColor(250, 250, 250), SKEncodedImageFormat.Png, 640, 360);
        var plain = Photo((x, y) => new SKColor((byte)(245 + x % 7), 250, 250), SKEncodedImageFormat.Png, 640, 360);
        TestDeck Deck(byte[] photo) => new TestDeck().Slide(s => s.Title("条纹").Picture("照片", 0, 0, 13.33, 7.5, photo)
            .TextBox("黑色的正文压在一张有深色条纹的照片上", 1, 2, 11, 1.5, sizePt: 20, color: "000000"));
        var finding = Assert.Single(SampleDecks.Findings(Deck(stripes), "low-contrast"), f => f.Shape!.StartsWith("TextBox", StringComparison.Ordinal));
        Assert.Contains("#000000 on #262626", finding.Message.English);
        Assert.Matches(@"under 2\d% of its letters", finding.Message.English);
        Assert.Contains("的文字笔画压在这样的颜色上", finding.Message.Chinese);
        Assert.Empty(SampleDecks.Findings(Deck(plain), "low-contrast"));
    }

    [Fact]
    public void Stripes_under_a_part_of_the_box_where_no_letters_lie_do_not_count()
    {
        // The photo is white down to 45% of its height and dense dark stripes (70%) below: averaged, #666666, on which
        // 16 pt black text is 3.6:1 (needs 4.5:1). The box reaches down over the stripes, its one line lies on the white.
        var photo = Photo((x, y) => y >= 162 && x % 20 < 14 ? new SKColor(38, 38, 38) : new SKColor(250, 250, 250), SKEncodedImageFormat.Png, 640, 360);
        TestDeck Deck(string text) => new TestDeck().Slide(s => s.Title("条纹").Picture("照片", 0, 0, 13.33, 7.5, photo)
            .TextBox(text, 1, 1.5, 11, 5, sizePt: 16, color: "000000"));
        Assert.DoesNotContain(SampleDecks.Findings(Deck("一行黑字,写在照片白色的上半部分"), "low-contrast"), f => f.Shape!.StartsWith("TextBox", StringComparison.Ordinal));
        // Lines that run down onto the stripes are flagged.
        var lines = string.Join("\n", Enumerable.Repeat("一行黑字,一行接一行写到照片有条纹的下半部分", 12));
        Assert.Single(SampleDecks.Findings(Deck(lines), "low-contrast"), f => f.Shape!.StartsWith("TextBox", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_that_cannot_be_decoded_is_not_judged()
    {
        var deck = new TestDeck().Slide(s => s.Title("图上文字").Picture("背景图", 0, 0, 13.33, 7.5, [1, 2, 3, 4, 5, 6, 7, 8]).TextBox("白字", 1, 2, 6, 1, color: "FFFFFF"));
        Assert.Empty(SampleDecks.Findings(deck, "low-contrast"));
    }

    [Fact]
    public void Dark_text_in_a_dark_header_cell_is_flagged_and_white_text_there_is_not()
    {
        string[][] rows = [["功能", "优势"], ["统一网管", "四级联网"]];
        var dark = Edited(new TestDeck().Slide(s => s.Title("表格").Table(true, rows)),
            xml => HeaderCell(xml, "<a:solidFill><a:srgbClr val=\"1F3864\"/></a:solidFill>", "333333"));
        var white = Edited(new TestDeck().Slide(s => s.Title("表格").Table(true, rows)),
            xml => HeaderCell(xml, "<a:solidFill><a:srgbClr val=\"1F3864\"/></a:solidFill>", "FFFFFF"));
        var finding = Assert.Single(Findings(dark));
        Assert.Contains("功能", finding.Message.English);
        Assert.Contains("#1F3864", finding.Message.English);
        Assert.Empty(Findings(white));
    }

    [Fact]
    public void A_translucent_cell_fill_is_mixed_over_what_lies_behind_the_table()
    {
        string[][] rows = [["功能", "优势"], ["统一网管", "四级联网"]];
        // Black on navy is 1.7:1; on a 30% navy veil over the white slide (#B4BAC8) it reads.
        var opaque = Edited(new TestDeck().Slide(s => s.Title("表格").Table(true, rows)),
            xml => HeaderCell(xml, "<a:solidFill><a:srgbClr val=\"1F3864\"/></a:solidFill>", "000000"));
        var veiled = Edited(new TestDeck().Slide(s => s.Title("表格").Table(true, rows)),
            xml => HeaderCell(xml, "<a:solidFill><a:srgbClr val=\"1F3864\"><a:alpha val=\"30000\"/></a:srgbClr></a:solidFill>", "000000"));
        Assert.Single(Findings(opaque));
        Assert.Empty(Findings(veiled));
    }

    [Fact]
    public void A_table_styles_header_fill_counts_against_its_text_colour()
    {
        string[][] rows = [["功能", "优势"], ["统一网管", "四级联网"], ["分级授权", "平滑扩容"]];
        // The style fills the first row with tx2 (#44546A): black text on it is 2.7:1; the style's lt1 text reads.
        var black = WithTableStyle(new TestDeck().Slide(s => s.Title("表格").Table(true, rows)), "");
        var styled = WithTableStyle(new TestDeck().Slide(s => s.Title("表格").Table(true, rows)), "<a:schemeClr val=\"lt1\"/>");
        var finding = Assert.Single(Findings(black));
        Assert.Contains("#44546A", finding.Message.English);
        Assert.Empty(Findings(styled));
    }

    [Fact]
    public void An_unfilled_cell_is_judged_on_what_lies_behind_that_cell_and_the_finding_names_it()
    {
        // A navy box under the table's right column only (x 5.1–9 in; the table spans 1–9 in, its centre off the box).
        // White text there and black on the white left: each cell reads on what is behind it.
        string[][] rows = [["功能", "优势"], ["统一网管", "四级联网"]];
        TestDeck Deck() => new TestDeck().Slide(s => s.Title("表格").TextBox("", 5.1, 1.9, 3.9, 1.2, sizePt: null, fill: "1F3864").Table(true, rows));
        var readable = Edited(Deck(), xml => ColumnColor(xml, 1, "FFFFFF"));
        Assert.Empty(Findings(readable));
        // Black text on the navy under the second column is flagged, naming the cell's row and column.
        var unreadable = Edited(Deck(), xml => ColumnColor(xml, 1, "000000"));
        var finding = Assert.Single(Findings(unreadable));
        Assert.Contains("\"优势\" (row 1, column 2)", finding.Message.English);
        Assert.Contains("第 1 行第 2 列", finding.Message.Chinese);
        Assert.Contains("#1F3864", finding.Message.English);
        Assert.Equal(1, finding.Slide);
    }

    [Fact]
    public void An_unfilled_cell_on_a_layout_stripe_is_judged_on_the_stripe()
    {
        // The layout draws a dark stripe down the slide's left 2.5 in; the table's first column (1–5 in) has
        // its left part on it, the second column (5–9 in) none. Theme-black text: the first column fails, the second reads.
        string[][] rows = [["功能", "优势"], ["统一网管", "四级联网"]];
        var path = Edited(new TestDeck().Slide(s => s.Title("表格").Table(true, rows)), xml => xml, document =>
        {
            var layout = document.PresentationPart!.SlideParts.First().SlideLayoutPart!;
            string xml;
            using (var reader = new StreamReader(layout.GetStream()))
                xml = reader.ReadToEnd();
            var stripe = "<p:sp><p:nvSpPr><p:cNvPr id=\"90\" name=\"Stripe\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2286000\" cy=\"6858000\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"1F3864\"/></a:solidFill></p:spPr></p:sp>";
            var at = xml.IndexOf("</p:grpSpPr>", StringComparison.Ordinal) + "</p:grpSpPr>".Length;
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml.Insert(at, stripe)));
            layout.FeedData(stream);
        });
        var findings = Findings(path);
        var finding = Assert.Single(findings, f => f.Shape!.StartsWith("Table", StringComparison.Ordinal));
        Assert.Contains("column 1)", finding.Message.English);
    }

    [Fact]
    public void A_turned_picture_counts_where_it_lies_turned()
    {
        // A dark 6×1 in photo at y 3.5–4.5 in, turned a quarter: it stands 1×6 in at x 3.5–4.5, y 1–7 in, under the
        // black text at y 1.3–2.3 in, which its upright box does not reach.
        var photo = Photo(Dark, SKEncodedImageFormat.Png);
        TestDeck Deck(double rotation) => new TestDeck().Slide(s => s.Title("旋转的图").Picture("深色照片", 1, 3.5, 6, 1, photo, rotation).TextBox("黑字", 3.6, 1.3, 0.8, 1));
        Assert.Single(SampleDecks.Findings(Deck(90), "low-contrast"), f => f.Shape == "TextBox 4");
        Assert.DoesNotContain(SampleDecks.Findings(Deck(0), "low-contrast"), f => f.Shape == "TextBox 4");
    }

    [Fact]
    public void A_picture_in_a_turned_group_counts_where_the_group_turns_it()
    {
        var photo = Photo(Dark, SKEncodedImageFormat.Png);
        TestDeck Deck(double rotation) => new TestDeck().Slide(s => s.Title("旋转的组")
            .Group(1, 3.5, 6, 1, rotation, g => g.Picture("深色照片", 1, 3.5, 6, 1, photo)).TextBox("黑字", 3.6, 1.3, 0.8, 1));
        Assert.Single(SampleDecks.Findings(Deck(90), "low-contrast"), f => f.Shape == "TextBox 5");
        Assert.DoesNotContain(SampleDecks.Findings(Deck(0), "low-contrast"), f => f.Shape == "TextBox 5");
    }

    [Fact]
    public void A_flipped_picture_shows_its_other_side_under_the_text()
    {
        // Left half light, right half dark, over the whole slide: white text on the left reads only when the picture is mirrored.
        var image = Photo((x, y) => x < 32 ? Light(x, y) : Dark(x, y), SKEncodedImageFormat.Png);
        TestDeck Deck(bool flip) => new TestDeck().Slide(s => s.Title("镜像的图").Picture("照片", 0, 0, 13.33, 7.5, image, flipH: flip).TextBox("白字在左", 0.5, 3, 5, 1, color: "FFFFFF"));
        Assert.Single(SampleDecks.Findings(Deck(false), "low-contrast"), f => f.Shape == "TextBox 4");
        Assert.DoesNotContain(SampleDecks.Findings(Deck(true), "low-contrast"), f => f.Shape == "TextBox 4");
    }

    [Fact]
    public void A_translucent_dark_shape_under_dark_text_is_flagged_on_its_mix_with_the_white_below()
    {
        // 80% navy #1F3864 over white shows as #4C6083: 16 pt black text on it is 3.3:1 (needs 4.5:1).
        var deck = new TestDeck().Slide(s => s.Title("半透明").TextBox("", 1, 2, 6, 2, sizePt: null, fill: "1F3864", fillOpacity: 80).TextBox("黑字", 1.5, 2.5, 5, 1, sizePt: 16, color: "000000"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "low-contrast"));
        Assert.Contains("#4C6083", finding.Message.English);
    }

    [Fact]
    public void A_translucent_light_shape_or_a_faint_dark_veil_under_dark_text_passes()
    {
        var light = new TestDeck().Slide(s => s.Title("半透明").TextBox("", 1, 2, 6, 2, sizePt: null, fill: "FFE699", fillOpacity: 60).TextBox("黑字", 1.5, 2.5, 5, 1, sizePt: 16, color: "000000"));
        // A 20% navy veil is a pale blue on white: black reads on it (on the navy itself it would be 1.7:1).
        var faint = new TestDeck().Slide(s => s.Title("半透明").TextBox("", 1, 2, 6, 2, sizePt: null, fill: "1F3864", fillOpacity: 20).TextBox("黑字", 1.5, 2.5, 5, 1, sizePt: 16, color: "000000"));
        Assert.Empty(SampleDecks.Findings(light, "low-contrast"));
        Assert.Empty(SampleDecks.Findings(faint, "low-contrast"));
    }

    [Fact]
    public void A_translucent_light_shape_on_a_dark_background_does_not_make_dark_text_readable()
    {
        // 30% white over the navy background #102040 shows as #586379: 16 pt black text on it is 3.5:1 (needs 4.5:1).
        var deck = new TestDeck().Slide(s => s.Title("深色背景").Background("102040").TextBox("", 1, 2, 6, 2, sizePt: null, fill: "FFFFFF", fillOpacity: 30).TextBox("黑字", 1.5, 2.5, 5, 1, sizePt: 16, color: "000000"));
        var finding = Assert.Single(SampleDecks.Findings(deck, "low-contrast"), f => f.Shape == "TextBox 4");
        Assert.Contains("#586379", finding.Message.English);
    }

    [Fact]
    public void A_text_boxs_own_translucent_fill_is_mixed_over_the_picture_below_it()
    {
        // Black text in a box of 20% white over a dark photo: the box is still dark. An opaque white box reads.
        var photo = Photo(Dark, SKEncodedImageFormat.Png);
        TestDeck Deck(int opacity) => new TestDeck().Slide(s => s.Title("图上文字").Picture("深色照片", 0, 0, 13.33, 7.5, photo).TextBox("黑字", 1, 2, 6, 1, color: "000000", fill: "FFFFFF", fillOpacity: opacity));
        Assert.Single(SampleDecks.Findings(Deck(20), "low-contrast"), f => f.Shape == "TextBox 4");
        Assert.DoesNotContain(SampleDecks.Findings(Deck(100), "low-contrast"), f => f.Shape == "TextBox 4");
    }

    private static readonly string Ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    private static SKColor Light(int x, int y) => new((byte)(225 + (x * 7 + y * 3) % 30), (byte)(220 + (x * 5 + y * 11) % 35), (byte)(210 + (x + y) % 40));

    private static SKColor Dark(int x, int y) => new((byte)(20 + (x * 7 + y * 3) % 30), (byte)(30 + (x * 5 + y * 11) % 35), (byte)(40 + (x + y) % 40));

    /// <summary>A "photo" (64×36 unless told): every pixel a little different, as a real one.</summary>
    internal static byte[] Photo(Func<int, int, SKColor> pixel, SKEncodedImageFormat format, int width = 64, int height = 36)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, pixel(x, y));
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    private static List<Finding> Findings(string path) => DeckReview.Run(DeckReader.Read(path)).Findings.Where(f => f.Rule == "low-contrast").ToList();

    private static string Edited(TestDeck deck, Func<string, string> slide, Action<PresentationDocument>? more = null)
    {
        var path = deck.SaveTemp();
        using (var document = PresentationDocument.Open(path, true))
        {
            var part = document.PresentationPart!.SlideParts.First();
            string xml;
            using (var reader = new StreamReader(part.GetStream()))
                xml = reader.ReadToEnd();
            using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(slide(xml))))
                part.FeedData(stream);
            more?.Invoke(document);
        }
        return path;
    }

    internal static string WithBackgroundPicture(TestDeck deck, byte[] image)
    {
        string? id = null;
        var path = Edited(deck, xml => xml, document =>
        {
            var slide = document.PresentationPart!.SlideParts.First();
            var picture = slide.AddImagePart(ImagePartType.Png);
            using (var stream = new MemoryStream(image))
                picture.FeedData(stream);
            id = slide.GetIdOfPart(picture);
        });
        return EditAgain(path, xml => xml.Replace("<p:cSld>",
            $"<p:cSld><p:bg><p:bgPr><a:blipFill><a:blip r:embed=\"{id}\"/><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr></p:bg>", StringComparison.Ordinal));
    }

    private static string EditAgain(string path, Func<string, string> slide)
    {
        using var document = PresentationDocument.Open(path, true);
        var part = document.PresentationPart!.SlideParts.First();
        string xml;
        using (var reader = new StreamReader(part.GetStream()))
            xml = reader.ReadToEnd();
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(slide(xml))))
            part.FeedData(stream);
        return path;
    }

    // The runs of one column (0-based) of every row get a colour.
    private static string ColumnColor(string xml, int column, string color)
    {
        var parts = xml.Split("<a:tc>");
        for (var i = 1; i < parts.Length; i++)
        {
            if ((i - 1) % 2 == column)
                parts[i] = parts[i].Replace("<a:rPr lang=\"zh-CN\"/>", $"<a:rPr lang=\"zh-CN\"><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill></a:rPr>", StringComparison.Ordinal);
        }
        return string.Join("<a:tc>", parts);
    }

    // The first row's cells get a fill and their runs a colour.
    private static string HeaderCell(string xml, string fill, string color)
    {
        var row = xml.IndexOf("<a:tr ", StringComparison.Ordinal);
        var end = xml.IndexOf("</a:tr>", row, StringComparison.Ordinal);
        var header = xml[row..end].Replace("<a:tcPr/>", $"<a:tcPr>{fill}</a:tcPr>", StringComparison.Ordinal)
            .Replace("<a:rPr lang=\"zh-CN\"/>", $"<a:rPr lang=\"zh-CN\"><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill></a:rPr>", StringComparison.Ordinal);
        return xml[..row] + header + xml[end..];
    }

    private static string WithTableStyle(TestDeck deck, string headerText)
    {
        const string id = "{11111111-2222-3333-4444-555555555555}";
        return Edited(deck, xml => xml.Replace("bandRow=\"1\"/>", $"bandRow=\"1\"><a:tableStyleId>{id}</a:tableStyleId></a:tblPr>", StringComparison.Ordinal), document =>
        {
            var styles = document.PresentationPart!.AddNewPart<TableStylesPart>();
            var text = headerText.Length == 0 ? "" : $"<a:tcTxStyle b=\"on\">{headerText}</a:tcTxStyle>";
            var xml = $"<a:tblStyleLst {Ns} def=\"{id}\"><a:tblStyle styleId=\"{id}\" styleName=\"Test\">"
                + "<a:wholeTbl><a:tcStyle><a:fill><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:fill></a:tcStyle></a:wholeTbl>"
                + "<a:band1H><a:tcStyle><a:fill><a:solidFill><a:srgbClr val=\"E9EBF5\"/></a:solidFill></a:fill></a:tcStyle></a:band1H>"
                + $"<a:firstRow>{text}<a:tcStyle><a:fill><a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill></a:fill></a:tcStyle></a:firstRow>"
                + "</a:tblStyle></a:tblStyleLst>";
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
            styles.FeedData(stream);
        });
    }
}
