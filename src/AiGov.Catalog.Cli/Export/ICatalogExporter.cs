using System.Collections.Generic;

namespace AiGov.Catalog.Cli.Export;

/// <summary>
/// One export format of <c>aigov export</c>. The exporters themselves live in the AiGov.Catalog package
/// (<c>GovernanceCatalog.Export</c>, <c>ToCsv</c>, <c>ToMarkdown</c>, <c>ToOscalJson</c>); an implementation of this
/// interface only calls one of them and names the files, so that wiring a format is a few lines in
/// <see cref="CatalogExporters"/>.
/// </summary>
internal interface ICatalogExporter
{
    /// <summary>Gets the format's name on the command line: json, csv, md or oscal.</summary>
    string Format { get; }

    /// <summary>Exports the catalogue (one edition, or every edition when <paramref name="edition"/> is null).</summary>
    /// <returns>The files to write, each a name relative to the output folder and its UTF-8 text.</returns>
    IReadOnlyList<ExportedFile> Export(GovernanceCatalog catalog, Edition? edition);
}
