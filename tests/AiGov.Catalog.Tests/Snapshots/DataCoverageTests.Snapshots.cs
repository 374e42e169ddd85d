using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Tests.Coverage;

public partial class DataCoverageTests
{
    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    [InlineData("3.0")]
    public void Coverage_markdown_matches_the_approved_snapshot(string edition) =>
        Snapshot.Match(Catalog.Coverage(Edition.Parse(edition)).ToMarkdown(), "Coverage_" + edition.Replace('.', '_'), "md");
}
