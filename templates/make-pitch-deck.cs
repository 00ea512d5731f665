// Regenerates templates/pitch-deck.pptx, the default pitch-deck template, from the engine's TemplateBuilder.
// Run from the repository root: dotnet run templates/make-pitch-deck.cs
#:project ../src/PreSales.DocGen/PreSales.DocGen.csproj
using PreSales.DocGen.Decks.Templates;

var output = args.Length > 0 ? args[0] : Path.Combine("templates", "pitch-deck.pptx");
File.WriteAllBytes(output, TemplateBuilder.Build(new TemplateDesign()));
Console.WriteLine($"wrote {output}");
