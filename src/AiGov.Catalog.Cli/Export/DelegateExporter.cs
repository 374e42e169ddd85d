using System;
using System.Collections.Generic;

namespace AiGov.Catalog.Cli.Export;

/// <summary>An <see cref="ICatalogExporter"/> that calls one of the package's exporters.</summary>
internal sealed class DelegateExporter : ICatalogExporter
{
    private readonly Func<GovernanceCatalog, Edition?, IReadOnlyList<ExportedFile>> _export;

    public DelegateExporter(string format, Func<GovernanceCatalog, Edition?, IReadOnlyList<ExportedFile>> export)
    {
        Format = format;
        _export = export;
    }

    public string Format { get; }

    public IReadOnlyList<ExportedFile> Export(GovernanceCatalog catalog, Edition? edition) => _export(catalog, edition);
}
