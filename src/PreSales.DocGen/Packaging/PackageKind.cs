namespace PreSales.DocGen.Packaging;

/// <summary>The kind of Office document a package's main part says it is.</summary>
public enum PackageKind
{
    /// <summary>A PowerPoint presentation (.pptx, .ppsx, .potx, .pptm).</summary>
    Presentation,

    /// <summary>A Word document.</summary>
    Word,

    /// <summary>An Excel workbook.</summary>
    Excel,

    /// <summary>Something else, or no main part at all.</summary>
    Unknown,
}
