using System.CommandLine;
using System.IO;
using System.Linq;
using AiGov.Catalog.Cli.Export;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov export --format json|csv|md|oscal</c>: the catalogue as files for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (the data file with its JSON Schema), csv (tables), md (a document per edition) or oscal (an OSCAL catalog per edition).",
            HelpName = string.Join("|", CatalogExporters.Known),
            Required = true,
        };
        format.AcceptOnlyFromAmong(CatalogExporters.Known.ToArray());
        var output = new Option<string?>("--out", "-o") { Description = "The folder to write into (default: the current folder).", HelpName = "dir" };
        var edition = CommonOptions.Edition("Only this edition (default: every edition).");
        var command = new Command("export", "Export the catalogue for other tools: JSON, CSV, Markdown, OSCAL or an Excel workbook.") { format, output, edition };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(format)!;
            var editionText = parse.GetValue(edition);
            var only = editionText is null ? (Edition?)null : Resolve.Edition(context.Catalog, editionText).Edition;
            if (!context.Exporters.TryGetValue(chosen, out var exporter))
            {
                throw new CliUsageException("export --format " + chosen + " is not available in this build of aigov: the catalogue's exporters ship with a later version of the AiGov.Catalog package.");
            }

            var folder = parse.GetValue(output) ?? ".";
            foreach (var file in exporter.Export(context.Catalog, only))
            {
                var path = Path.Combine(folder, file.Name);
                if (file.Bytes is { } bytes)
                {
                    CliContext.WriteFile(path, bytes);
                }
                else
                {
                    CliContext.WriteFile(path, file.Text);
                }

                context.Output.Write("Wrote " + path + "\n");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
