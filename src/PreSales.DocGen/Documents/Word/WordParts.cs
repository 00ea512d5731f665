using DocumentFormat.OpenXml.Wordprocessing;

namespace PreSales.DocGen.Documents.Word;

/// <summary>What rendering blocks needs from the package around the body: hyperlink relationships and the numbering part.</summary>
internal interface IWordParts
{
    /// <summary>Adds an external hyperlink relationship; returns its id.</summary>
    string AddHyperlink(Uri target);

    /// <summary>The numbering definitions, created when the template has none.</summary>
    Numbering Numbering();
}
