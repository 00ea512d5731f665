using PreSales.DocGen.Decks;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Tests.Language;

public class FontWidthsTests
{
    [Fact]
    public void Digits_take_their_typefaces_widths_and_an_unknown_typeface_the_widest()
    {
        // Read from the fonts' hmtx tables: DejaVu Sans 0.636 em, Noto Sans CJK 0.555, Carlito (Calibri's metrics) 0.507.
        Assert.Equal(0.64, FontWidths.For("DejaVu Sans").Ems('4'));
        Assert.Equal(0.56, FontWidths.For("Noto Sans CJK SC").Ems('4'));
        Assert.Equal(0.51, FontWidths.For("Calibri").Ems('4'));
        Assert.Equal(FontWidths.For("Calibri"), FontWidths.For("Carlito"));
        Assert.Equal(FontWidths.For("Cambria"), FontWidths.For("Caladea"));
        var known = new[] { "Calibri", "Cambria", "DejaVu Sans", "Noto Sans CJK SC" }.Select(FontWidths.For).ToList();
        foreach (var c in "0%→")
            Assert.All(known, f => Assert.True(FontWidths.For("Arial").Ems(c) >= f.Ems(c), $"{c}"));
        // Letters keep the generic measure; wide characters stay one em.
        Assert.Equal(TextMeasure.LatinEms('a'), FontWidths.Unknown.Ems('a'));
        Assert.Equal(1.0, FontWidths.Unknown.Ems('时'));
    }

    [Fact]
    public void A_line_with_digits_and_an_arrow_that_the_generic_measure_fits_wraps_in_DejaVu_Sans()
    {
        // Freshes' Chinese deck: its body falls back to DejaVu Sans, whose digits and arrow are wider than the
        // generic 0.5 em, so a line the measure fitted wrapped in LibreOffice's render. 14.75 em generic (the quarter em after
        // the full-width colon counted), 15.37 in DejaVu Sans; the box holds 14.8.
        const string text = "故障定位时间：4 小时 → 1 小时";
        var (width, size) = (290.0, 19.6);
        Assert.Single(DeckText.Wrap(text, width, size));
        Assert.Equal(2, DeckText.WrappedLines(text, width, size, FontWidths.For("DejaVu Sans")));
        Assert.Equal(14.75, DeckText.Ems(text), 3);
        Assert.Equal(15.37, DeckText.Ems(text, FontWidths.For("DejaVu Sans")), 3);
    }
}
