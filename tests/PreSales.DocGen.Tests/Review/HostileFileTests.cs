using PreSales.DocGen.Packaging;
using PreSales.DocGen.Review.Reading;
using PreSales.DocGen.Tests.Review.Support;

namespace PreSales.DocGen.Tests.Review;

/// <summary>Broken and hostile files are refused (how fast: bench/PreSales.Bench -- refusal), with a message saying what is wrong, and never crash.</summary>
public class HostileFileTests
{
    private static PackageProblem Refused(string path)
    {
        var e = Assert.Throws<PackageRejectedException>(() => DeckReader.Read(path));
        Assert.False(string.IsNullOrWhiteSpace(e.Problem.Chinese));
        Assert.False(string.IsNullOrWhiteSpace(e.Problem.English));
        return e.Problem;
    }

    [Fact]
    public void Not_a_zip() => Assert.Equal("not-a-zip", Refused(HostileFiles.NotAZip()).Code);

    [Fact]
    public void Truncated_zip()
    {
        var problem = Refused(HostileFiles.Truncated());
        Assert.Equal("truncated", problem.Code);
        Assert.Contains("truncated", problem.English);
    }

    [Fact]
    public void Word_document_renamed_pptx_is_named_as_word()
    {
        var problem = Refused(HostileFiles.WordRenamed());
        Assert.Equal("wrong-kind", problem.Code);
        Assert.Contains("Word", problem.English);
        Assert.Contains("Word", problem.Chinese);
    }

    [Fact]
    public void Encrypted_office_file_is_named_password_protected()
    {
        var problem = Refused(HostileFiles.Encrypted());
        Assert.Equal("encrypted", problem.Code);
        Assert.Contains("password-protected", problem.English);
        Assert.Contains("密码", problem.Chinese);
    }

    [Fact]
    public void Xml_bomb_is_refused_without_expanding()
    {
        var before = GC.GetTotalMemory(false);
        var problem = Refused(HostileFiles.XmlBomb());
        Assert.Equal("dtd", problem.Code);
        Assert.Contains("slide1.xml", problem.English);
        Assert.True(GC.GetTotalMemory(false) - before < 200L << 20);
    }

    [Fact]
    public void External_entity_is_refused_and_never_resolved()
    {
        var problem = Refused(HostileFiles.Xxe());
        Assert.Equal("dtd", problem.Code);
        Assert.DoesNotContain("root:", problem.English);
    }

    [Fact]
    public void Entry_names_with_dot_dot_are_refused()
    {
        var problem = Refused(HostileFiles.DotDotEntry());
        Assert.Equal("unsafe-name", problem.Code);
        Assert.Contains("../../evil.sh", problem.English);
    }

    [Fact]
    public void Deck_without_a_presentation_part() => Assert.Equal("no-presentation", Refused(HostileFiles.NoPresentationPart()).Code);

    [Fact]
    public void Zip_bomb_of_two_gigabytes_is_refused_from_the_directory_alone()
    {
        var path = HostileFiles.ZipBomb();
        var problem = Refused(path);
        Assert.Equal("zip-bomb", problem.Code);
        Assert.Contains("image99.png", problem.English);
    }

    [Fact]
    public void Compression_ratio_bomb_is_refused() => Assert.Equal("zip-bomb", Refused(HostileFiles.RatioBomb()).Code);

    [Fact]
    public void Low_limits_exercise_every_size_check()
    {
        var deck = SampleDecks.CleanChinese().SaveTemp();
        Assert.Equal("zip-bomb", Assert.Throws<PackageRejectedException>(() => DeckReader.Read(deck, new PackageLimits { MaxEntryBytes = 1000 })).Problem.Code);
        Assert.Equal("zip-bomb", Assert.Throws<PackageRejectedException>(() => DeckReader.Read(deck, new PackageLimits { MaxTotalBytes = 20_000 })).Problem.Code);
        Assert.Equal("too-many-entries", Assert.Throws<PackageRejectedException>(() => DeckReader.Read(deck, new PackageLimits { MaxEntries = 5 })).Problem.Code);
        Assert.Equal("part-too-large", Assert.Throws<PackageRejectedException>(() => DeckReader.Read(deck, new PackageLimits { MaxXmlCharacters = 500 })).Problem.Code);
    }

    [Fact]
    public void Relationship_targets_outside_the_package_are_never_read()
    {
        // A slide relationship pointing at ../../../../etc/passwd resolves inside the zip's name space and finds nothing.
        var path = HostileFiles.Tampered("escape.pptx", zip =>
        {
            var rels = zip.GetEntry("ppt/slides/_rels/slide1.xml.rels")!;
            string xml;
            using (var reader = new StreamReader(rels.Open()))
                xml = reader.ReadToEnd();
            rels.Delete();
            HostileFiles.Replace(zip, "ppt/slides/_rels/slide1.xml.rels", xml.Replace("</Relationships>",
                "<Relationship Id=\"rIdEvil\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"../../../../etc/passwd\"/></Relationships>"));
        });
        var deck = DeckReader.Read(path);
        Assert.Empty(deck.Slides[0].Comments);
    }

    [Fact]
    public void Missing_file_is_a_clear_problem() => Assert.Equal("missing", Refused("/nonexistent/deck.pptx").Code);
}
