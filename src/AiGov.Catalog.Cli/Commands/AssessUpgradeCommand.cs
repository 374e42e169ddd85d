using System.CommandLine;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov assess upgrade FILE --out FILE2</c>: rewrite an assessment in the current format version.</summary>
internal static class AssessUpgradeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The assessment file to upgrade (.yaml, .yml, .json or .xlsx)." };
        var output = CommonOptions.Out("The file to write (required; YAML, or JSON when the name ends in .json, or a workbook for .xlsx). Never the input file.");
        var force = CommonOptions.Force();
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
            var plan = new OutputPlan(parse.GetValue(force));
            plan.Input(path);
            var target = plan.Output("--out " + outPath, outPath);
            plan.Check();
            var assessment = AssessCommand.ReadOrReport(context, parse, path);
            if (assessment is null)
            {
                return ExitCodes.Findings;
            }

            plan.Write(target, AssessCommand.Render(context, outPath, assessment));
            Paragraph.Write(context.Output, context.Width(parse), string.Empty, "Upgraded " + path + " (format-version " + assessment.FormatVersion + ") to " + outPath + " (format-version " + Assessment.CurrentFormatVersion + "): " + Show.N(assessment.Entries.Length) + " entries.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
