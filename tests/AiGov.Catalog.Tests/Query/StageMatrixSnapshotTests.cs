using System.Globalization;
using System.Threading;
using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Tests.Query;

/// <summary>
/// Golden files of the stage matrices. The approved files were generated once and then read against the reference
/// notes (edition-1.0.md §6 and §10, edition-2.0.md §7 and §13) and the mappings in catalog/editions/*/risks.yaml.
/// </summary>
public sealed class StageMatrixSnapshotTests
{
    private static readonly GovernanceCatalog Catalog = GovernanceCatalog.Default;

    [Fact]
    public void Stage_by_category_1_0_markdown() =>
        Snapshot.Match(Catalog.StageMatrix(Edition.V1_0, StageMatrixAxis.Category).ToMarkdown(), "StageMatrix_1_0_by_category", "md");

    [Fact]
    public void Stage_by_category_1_0_csv() =>
        Snapshot.Match(Catalog.StageMatrix(Edition.V1_0, StageMatrixAxis.Category).ToCsv(), "StageMatrix_1_0_by_category", "csv");

    [Fact]
    public void Stage_by_category_2_0_markdown() =>
        Snapshot.Match(Catalog.StageMatrix(Edition.V2_0, StageMatrixAxis.Category).ToMarkdown(), "StageMatrix_2_0_by_category", "md");

    [Fact]
    public void Stage_by_category_2_0_csv() =>
        Snapshot.Match(Catalog.StageMatrix(Edition.V2_0, StageMatrixAxis.Category).ToCsv(), "StageMatrix_2_0_by_category", "csv");

    [Fact]
    public void Stage_by_area_1_0_markdown() =>
        Snapshot.Match(Catalog.StageMatrix(Edition.V1_0, StageMatrixAxis.Area).ToMarkdown(), "StageMatrix_1_0_by_area", "md");

    [Fact]
    public void Stage_by_area_2_0_markdown() =>
        Snapshot.Match(Catalog.StageMatrix(Edition.V2_0, StageMatrixAxis.Area).ToMarkdown(), "StageMatrix_2_0_by_area", "md");

    [Theory]
    [InlineData("1.0", StageMatrixAxis.Category)]
    [InlineData("2.0", StageMatrixAxis.Category)]
    [InlineData("1.0", StageMatrixAxis.Area)]
    [InlineData("2.0", StageMatrixAxis.Area)]
    public void Renderings_are_byte_identical_across_runs_and_cultures(string edition, StageMatrixAxis axis)
    {
        var e = Edition.Parse(edition);
        var markdown = Catalog.StageMatrix(e, axis).ToMarkdown();
        var csv = Catalog.StageMatrix(e, axis).ToCsv();

        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "ar-SA", "de-DE", "zh-CN" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Catalog.StageMatrix(e, axis).ToMarkdown().Should().Be(markdown, "the Markdown must not depend on the culture ({0})", name);
                Catalog.StageMatrix(e, axis).ToCsv().Should().Be(csv, "the CSV must not depend on the culture ({0})", name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }

        markdown.Should().NotContain("\r").And.EndWith("\n");
        csv.Should().NotContain("\r").And.EndWith("\n");
    }
}
