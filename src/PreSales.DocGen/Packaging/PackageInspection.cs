namespace PreSales.DocGen.Packaging;

/// <summary>What a checked package is, from its main part.</summary>
/// <param name="Kind">What the main part says the document is.</param>
/// <param name="MainContentType">The main part's content type (empty when there is none).</param>
/// <param name="MainPartName">The main part's name, e.g. <c>/ppt/presentation.xml</c> (empty when there is none).</param>
public sealed record PackageInspection(PackageKind Kind, string MainContentType, string MainPartName);

/// <summary>A checked package read fully into memory: what it is, and every entry's name and bytes in zip order.</summary>
/// <param name="Inspection">What the package is.</param>
/// <param name="Entries">Every entry, in the zip's order.</param>
public sealed record PackageContents(PackageInspection Inspection, IReadOnlyList<(string Name, byte[] Bytes)> Entries);
