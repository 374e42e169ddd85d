using AiGov.Catalog.Tests.Snapshots;
using PublicApiGenerator;

namespace AiGov.Catalog.Tests.PublicApi;

/// <summary>
/// Pins the public API of the package, generated types included (Aisgf.*, Edition and vocabulary statics), in one
/// approved file. A change to the public surface fails this test until the approved file is updated on purpose, so
/// every API change shows up in review as a diff of Approved/AiGov.Catalog.approved.txt.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_API_is_the_approved_one()
    {
        var api = typeof(GovernanceCatalog).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
        });

        Snapshot.Match(api, "AiGov.Catalog", "txt");
    }
}
