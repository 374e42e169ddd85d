using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Cli.Export;

/// <summary>
/// The export formats this build of <c>aigov</c> supports. The formats the command accepts are <see cref="Known"/>;
/// those with no exporter here are reported as not available in this build (exit code 2).
/// </summary>
/// <remarks>
/// Each exporter calls the package's export API: the JSON data file (all editions, lineage and vocabularies), the CSV
/// tables (risks, measures, mappings, crosswalk mappings), Markdown and OSCAL per edition, each crosswalk mapping set as
/// SSSOM/TSV and SSSOM/JSON, and one workbook (per edition risks, measures,
/// mappings and guideline items; the lineage; the sources).
/// </remarks>
internal static class CatalogExporters
{
    /// <summary>Gets every format <c>aigov export --format</c> accepts.</summary>
    public static ImmutableArray<string> Known { get; } = ImmutableArray.Create("json", "csv", "md", "oscal", "sssom", "xlsx");

    /// <summary>Gets the exporters available in this build, by format.</summary>
    public static IReadOnlyDictionary<string, ICatalogExporter> Available { get; } =
        new ICatalogExporter[]
        {
            new DelegateExporter("json", (catalog, _) => new[] { new ExportedFile("aigov-catalog.json", stream => catalog.Export(stream)) }),
            new DelegateExporter("csv", (catalog, edition) => Enum.GetValues<CatalogCsvTable>()
                .Select(table => new ExportedFile(Suffix(edition) + TableFileName(table) + ".csv", catalog.ToCsv(table, edition)))
                .ToArray()),
            new DelegateExporter("md", (catalog, edition) => Editions(catalog, edition)
                .Select(e => new ExportedFile("aisgf-" + e + ".md", catalog.ToMarkdown(e)))
                .ToArray()),
            new DelegateExporter("oscal", (catalog, edition) => Editions(catalog, edition)
                .Select(e => new ExportedFile("aisgf-" + e + ".oscal.json", catalog.ToOscalJson(e)))
                .ToArray()),
            new DelegateExporter("sssom", (catalog, edition) => catalog.MappingSets
                .Where(set => edition is not { } only || set.Edition == only)
                .SelectMany(set => new[]
                {
                    new ExportedFile(set.Id + ".sssom.tsv", catalog.ToSssomTsv(set)),
                    new ExportedFile(set.Id + ".sssom.json", catalog.ToSssomJson(set)),
                })
                .ToArray()),
            new DelegateExporter("xlsx", (catalog, edition) => new[]
            {
                new ExportedFile(Suffix(edition).TrimEnd('-') + ".xlsx", stream => stream.Write(AiGov.Catalog.Assessments.Workbooks.CatalogWorkbook.Write(catalog, edition))),
            }),
        }.ToDictionary(e => e.Format, StringComparer.Ordinal);

    private static IEnumerable<Edition> Editions(GovernanceCatalog catalog, Edition? edition) =>
        edition is { } only ? new[] { only } : catalog.Editions.Select(e => e.Edition);

    private static string TableFileName(CatalogCsvTable table) => table switch
    {
        CatalogCsvTable.InstrumentLinks => "instrument-links",
        CatalogCsvTable.CrosswalkMappings => "crosswalk-mappings",
        _ => table.ToString().ToLowerInvariant(),
    };

    private static string Suffix(Edition? edition) => edition is { } e ? "aisgf-" + e + "-" : "aisgf-";
}
