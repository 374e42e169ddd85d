using System.CommandLine;
using System.IO;
using System.Linq;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov assess validate|report|migrate</c>: self-assessment against the framework.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "assess",
            "Self-assessment against the framework: an organisation records, per risk of one edition, a status, owner, controls, evidence and notes "
            + "(YAML or JSON; format in samples/assessments/README.md). Validate it, report on it, migrate it to a newer edition.");
        command.Subcommands.Add(AssessValidateCommand.Create(context));
        command.Subcommands.Add(AssessReportCommand.Create(context));
        command.Subcommands.Add(AssessMigrateCommand.Create(context));
        return command;
    }

    /// <summary>Reads an assessment; when it has errors, prints them (or the JSON of the validation) and returns null.</summary>
    internal static Assessment? ReadOrReport(CliContext context, ParseResult parse, string file)
    {
        if (!File.Exists(file))
        {
            throw new CliUsageException("no such file: " + file);
        }

        var result = AssessmentReader.Read(file, context.Catalog);
        if (result.IsValid)
        {
            foreach (var warning in result.Warnings)
            {
                context.Error.Write(warning + "\n");
            }

            return result.Assessment;
        }

        if (context.WantsJson(parse))
        {
            context.Output.Write(AssessValidateCommand.ToJson(new[] { result }));
        }
        else
        {
            AssessValidateCommand.WriteText(context.Output, result);
            context.Output.Write("Fix the errors above, then run the command again (`aigov assess validate " + file + "` checks the file alone).\n");
        }

        return null;
    }

    internal static string Tally(StatusTally t) =>
        Show.N(t.Addressed) + " addressed, " + Show.N(t.PartiallyAddressed) + " partially, " + Show.N(t.NotAddressed) + " not addressed, "
        + Show.N(t.NotApplicable) + " n/a, " + Show.N(t.NeedsReview) + " need review, " + Show.N(t.Unassessed) + " unassessed";
}
