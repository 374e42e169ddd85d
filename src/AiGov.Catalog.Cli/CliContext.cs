using System.Collections.Generic;
using System.IO;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Export;

namespace AiGov.Catalog.Cli;

/// <summary>What the commands work with: the writers (injectable, so tests run in-process), the catalogue and the exporters.</summary>
internal sealed class CliContext
{
    private GovernanceCatalog? _catalog;

    /// <summary>Creates the context.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where messages go.</param>
    /// <param name="catalog">The catalogue; null for <see cref="GovernanceCatalog.Default"/>, built on first use (so that
    /// <c>--help</c>, <c>--version</c> and usage errors do not pay for it).</param>
    /// <param name="exporters">The export formats available.</param>
    public CliContext(TextWriter output, TextWriter error, GovernanceCatalog? catalog, IReadOnlyDictionary<string, ICatalogExporter> exporters)
    {
        Output = output;
        Error = error;
        _catalog = catalog;
        Exporters = exporters;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public GovernanceCatalog Catalog => _catalog ??= GovernanceCatalog.Default;

    public IReadOnlyDictionary<string, ICatalogExporter> Exporters { get; }

    /// <summary>The <c>--json</c> option, on every command.</summary>
    public required System.CommandLine.Option<bool> Json { get; init; }

    /// <summary>The <c>--lang</c> option, on every command.</summary>
    public required System.CommandLine.Option<string> Lang { get; init; }

    public TitleLanguage Language(System.CommandLine.ParseResult parse) => parse.GetValue(Lang) switch
    {
        "zh" => TitleLanguage.Zh,
        "en" => TitleLanguage.En,
        _ => TitleLanguage.Both,
    };

    public bool WantsJson(System.CommandLine.ParseResult parse) => parse.GetValue(Json);

    /// <summary>Writes text to a file (UTF-8, no byte-order mark), creating its folder.</summary>
    public static void WriteFile(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
    }

    /// <summary>Writes bytes (a workbook) to a file, creating its folder.</summary>
    public static void WriteFile(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(full, bytes);
    }
}
