using PreSales.DocGen.Packaging;

namespace PreSales.DocGen.Tests.Packaging;

public class PartNameTests
{
    [Theory]
    [InlineData("/ppt/slides/", "../slideLayouts/slideLayout1.xml", "/ppt/slideLayouts/slideLayout1.xml")]
    [InlineData("ppt/slides", "../slideLayouts/slideLayout1.xml", "/ppt/slideLayouts/slideLayout1.xml")]
    [InlineData("word/", "header1.xml", "/word/header1.xml")]
    [InlineData("word/", "../customXml/item1.xml", "/customXml/item1.xml")]
    [InlineData("word/", "media/my%20logo.png", "/word/media/my logo.png")]
    [InlineData("word/", "/word/styles.xml", "/word/styles.xml")]
    [InlineData("", "../../../etc/passwd", "/etc/passwd")] // never above the package root
    public void Targets_resolve_against_their_part_folder(string folder, string target, string expected) =>
        Assert.Equal(expected, PartName.Resolve(folder, target));
}
