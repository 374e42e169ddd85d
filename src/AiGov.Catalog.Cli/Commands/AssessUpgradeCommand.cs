using System;
using System.CommandLine;
using System.IO;
using AiGov.Catalog.Assessments;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov assess upgrade FILE --out FILE2</c>: rewrite an assessment in the current format version.</summary>
internal static class AssessUpgradeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The assessment file to upgrade (.yaml, .yml, .json or .xlsx)." };
        var output = CommonOptions.Out("The file to write (required; YAML, or JSON when the name ends in .json, or a workbook for .xlsx). Never the input file.");
        var force = new Option<bool>("--force") { Description = "Overwrite the --out file if it exists." };
        var command = new Command(
            "upgrade",
            "Rewrite an assessment in format-version " + Assessment.CurrentFormatVersion + " (measure checklists; status unassessed) without losing a field. "
            + "Exit code 1 when the file has errors.")
        {
            file, output, force,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var outPath = parse.GetValue(output) ?? throw new CliUsageException("--out FILE is required: the upgraded file (never the input).");
            if (File.Exists(path) && string.Equals(Path.GetFullPath(path), Path.GetFullPath(outPath), StringComparison.Ordinal))
            {
                throw new CliUsageException("--out " + outPath + " is the input file: write the upgraded assessment to another file.");
            }

            AssessInitCommand.RefuseExisting(outPath, parse.GetValue(force));
            var assessment = AssessCommand.ReadOrReport(context, parse, path);
            if (assessment is null)
            {
                return ExitCodes.Findings;
            }

            AssessCommand.Write(context, outPath, assessment);
            context.Output.Write("Upgraded " + path + " (format-version " + assessment.FormatVersion + ") to " + outPath + " (format-version " + Assessment.CurrentFormatVersion + "): " + assessment.Entries.Length + " entries.\n");
            return ExitCodes.Ok;
        });
        return command;
    }
}
