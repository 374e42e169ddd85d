using System.CommandLine;
using System.IO;
using System.Linq;
using AiGov.Catalog.Cli.Export;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov export --format json|csv|md|oscal|sssom|xlsx</c>: the catalogue as files for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (the data file with its JSON Schema), csv (tables), md (a document per edition), oscal (an OSCAL catalog per edition), sssom (each crosswalk mapping set as SSSOM/TSV and SSSOM/JSON) or xlsx (a workbook).",
            HelpName = string.Join("|", CatalogExporters.Known),
            Required = true,
        };
        format.AcceptOnlyFromAmong(CatalogExporters.Known.ToArray());
        var output = new Option<string?>("--out", "-o") { Description = "The folder to write into (default: the current folder); created if needed.", HelpName = "dir" };
        var force = CommonOptions.Force();
        var edition = CommonOptions.Edition("Only this edition (default: every edition).");
        var command = new Command("export", "Export the catalogue for other tools: JSON, CSV, Markdown, OSCAL, SSSOM mapping sets or an Excel workbook.") { format, output, edition, force };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(format)!;
            var editionText = parse.GetValue(edition);
            if (chosen == "json" && editionText is not null)
            {
                // The data file holds every edition and the lineage between them; ignoring --edition would be a silent choice.
                throw new CliUsageException("--edition and --format json conflict: the JSON data file holds every edition and the lineage; --edition applies to csv, md, oscal, sssom and xlsx.");
            }

            var only = editionText is null ? (Edition?)null : Resolve.Edition(context.Catalog, editionText).Edition;
            if (!context.Exporters.TryGetValue(chosen, out var exporter))
            {
                throw new CliUsageException("export --format " + chosen + " is not available in this build of aigov: the catalogue's exporters ship with a later version of the AiGov.Catalog package.");
            }

            var folder = parse.GetValue(output) ?? ".";
            if (File.Exists(folder))
            {
                throw new CliUsageException("export --out needs a folder: " + folder + " is a file.");
            }

            var plan = new OutputPlan(parse.GetValue(force));
            var files = exporter.Export(context.Catalog, only)
                .Select(file => (File: file, Path: Path.Combine(folder, file.Name)))
                .Select(f => (f.File, f.Path, Target: plan.Output(f.Path, f.Path)))
                .ToList();
            plan.Check(folder);
            foreach (var (file, path, target) in files)
            {
                plan.Write(target, file.WriteTo);
                context.Output.Write("Wrote " + path + "\n");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
