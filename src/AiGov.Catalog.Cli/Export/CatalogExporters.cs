using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiGov.Catalog.Cli.Export;

/// <summary>
/// The export formats this build of <c>aigov</c> supports. The formats the command accepts are <see cref="Known"/>;
/// those with no exporter here are reported as not available in this build (exit code 2).
/// </summary>
/// <remarks>
/// The exporters arrive with the package's export API (JSON data file, CSV tables, Markdown and OSCAL per edition).
/// Wiring one is a few lines: a class implementing <see cref="ICatalogExporter"/> that calls the package, added to
/// <see cref="Available"/>.
/// </remarks>
internal static class CatalogExporters
{
    /// <summary>Gets every format <c>aigov export --format</c> accepts.</summary>
    public static ImmutableArray<string> Known { get; } = ImmutableArray.Create("json", "csv", "md", "oscal");

    /// <summary>Gets the exporters available in this build, by format.</summary>
    public static IReadOnlyDictionary<string, ICatalogExporter> Available { get; } =
        new Dictionary<string, ICatalogExporter>(StringComparer.Ordinal);
}
