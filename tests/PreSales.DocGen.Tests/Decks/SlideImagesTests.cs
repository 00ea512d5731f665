using PreSales.DocGen.Decks;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

public class SlideImagesTests
{
    [Fact]
    public void A_png_gives_its_size_from_its_header()
    {
        var png = File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "fixtures", "decks", "arch.png"));
        Assert.Equal((true, 160, 90), SlideImages.Probe(png));
    }

    [Fact]
    public void A_jpeg_gives_its_size_from_its_frame_marker_after_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,                                     // start of image
            0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, // APP0, 16 bytes
            0xFF, 0xDB, 0x00, 0x04, 0x00, 0x00,             // a quantisation table segment, skipped
            0xFF, 0xC2, 0x00, 0x11, 0x08, 0x03, 0x84, 0x06, 0x40, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, // SOF2: 900 × 1600
        ];
        Assert.Equal((false, 1600, 900), SlideImages.Probe(jpeg));
    }

    [Fact]
    public void Anything_else_has_no_size()
    {
        Assert.Null(SlideImages.Probe("GIF89a........................"u8));
        Assert.Null(SlideImages.Probe([0xFF, 0xD8, 0xFF, 0xD9])); // a JPEG with no frame
    }
}
