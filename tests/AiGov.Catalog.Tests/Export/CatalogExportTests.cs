using AiGov.Catalog.Tests.Snapshots;

namespace AiGov.Catalog.Tests.Export;

/// <summary>CSV, Markdown and OSCAL: pinned in approved files, and deterministic.</summary>
public sealed partial class CatalogExportTests
{
    private static GovernanceCatalog Catalog => GovernanceCatalog.Default;

    [Theory]
    [InlineData(CatalogCsvTable.Risks)]
    [InlineData(CatalogCsvTable.Measures)]
    [InlineData(CatalogCsvTable.Mappings)]
    [InlineData(CatalogCsvTable.Instruments)]
    [InlineData(CatalogCsvTable.InstrumentLinks)]
    [InlineData(CatalogCsvTable.CrosswalkMappings)]
    public void Csv_tables_match_the_approved_files(CatalogCsvTable table)
    {
        Snapshot.Match(Catalog.ToCsv(table), "csv-" + table.ToString().ToLowerInvariant(), "csv");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public void Markdown_matches_the_approved_file(string edition)
    {
        Snapshot.Match(Catalog.ToMarkdown(Edition.Parse(edition)), "markdown-" + edition, "md");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public void Oscal_matches_the_approved_file(string edition)
    {
        Snapshot.Match(Catalog.ToOscalJson(Edition.Parse(edition)), "oscal-" + edition, "json");
    }

    [Fact]
    public void Every_export_is_the_same_for_a_loaded_copy_of_the_catalogue()
    {
        using var stream = new MemoryStream();
        Catalog.Export(stream);
        stream.Position = 0;
        var loaded = GovernanceCatalog.Load(stream);

        foreach (var table in new[] { CatalogCsvTable.Risks, CatalogCsvTable.Measures, CatalogCsvTable.Mappings, CatalogCsvTable.CrosswalkMappings })
        {
            loaded.ToCsv(table).Should().Be(Catalog.ToCsv(table));
        }

        loaded.ToMarkdown(Edition.V1_0).Should().Be(Catalog.ToMarkdown(Edition.V1_0));
        loaded.ToOscalJson(Edition.V2_0).Should().Be(Catalog.ToOscalJson(Edition.V2_0));
        loaded.ToOscalJson(Edition.V1_0).Should().Be(Catalog.ToOscalJson(Edition.V1_0));
        loaded.MappingSets.Select(loaded.ToSssomTsv).Should().Equal(Catalog.MappingSets.Select(Catalog.ToSssomTsv));
        loaded.MappingSets.Select(loaded.ToSssomJson).Should().Equal(Catalog.MappingSets.Select(Catalog.ToSssomJson));
    }

    [Fact]
    public void Exports_check_their_arguments()
    {
        Catalog.Invoking(c => c.ToCsv((CatalogCsvTable)42)).Should().Throw<ArgumentOutOfRangeException>();
        Catalog.Invoking(c => c.ToMarkdown(new Edition(9, 0))).Should().Throw<KeyNotFoundException>();
        Catalog.Invoking(c => c.ToOscalJson(new Edition(9, 0))).Should().Throw<KeyNotFoundException>();
        Catalog.Invoking(c => c.ToCsv(CatalogCsvTable.Risks, new Edition(9, 0))).Should().Throw<KeyNotFoundException>();
        Catalog.Invoking(c => c.ToCsv(CatalogCsvTable.CrosswalkMappings, new Edition(9, 0))).Should().Throw<KeyNotFoundException>();
        Catalog.Invoking(c => c.ToSssomTsv(null!)).Should().Throw<ArgumentNullException>();
        Catalog.Invoking(c => c.ToSssomJson(null!)).Should().Throw<ArgumentNullException>();
    }
}
