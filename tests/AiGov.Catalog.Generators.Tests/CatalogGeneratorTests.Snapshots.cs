using AiGov.Catalog.Generators.Emitting;
using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Generators.Tests;

/// <summary>The generated text for the minimal catalogue, pinned in approved files.</summary>
public sealed partial class CatalogGeneratorTests
{
    [Theory]
    [InlineData(CatalogEmitter.DataFileName)]
    [InlineData(CatalogEmitter.VocabulariesFileName)]
    [InlineData(CatalogEmitter.AccessorsFileName)]
    public void Generated_source_for_the_minimal_catalogue_matches_the_approved_file(string hintName)
    {
        var result = GeneratorHarness.Run(MinimalCatalog.Files());

        Snapshot.Match(result.Source(hintName), "Minimal_" + hintName.Replace(".g.cs", string.Empty), "cs.txt");
    }
}
