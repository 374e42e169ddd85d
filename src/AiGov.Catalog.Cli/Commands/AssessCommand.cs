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
            + "(YAML, JSON or an Excel workbook; format in samples/assessments/README.md). Start one with init, validate it, report on it, migrate it to a newer edition.");
        command.Subcommands.Add(AssessInitCommand.Create(context));
        command.Subcommands.Add(AssessValidateCommand.Create(context));
        command.Subcommands.Add(AssessReportCommand.Create(context));
        command.Subcommands.Add(AssessMigrateCommand.Create(context));
        command.Subcommands.Add(AssessUpgradeCommand.Create(context));
        return command;
    }

    /// <summary>Reads an assessment; when it has errors, prints them (or the JSON of the validation) and returns null.</summary>
    internal static Assessment? ReadOrReport(CliContext context, ParseResult parse, string file)
    {
        if (!File.Exists(file))
        {
            throw new CliUsageException("no such file: " + file);
        }

        var result = Read(context, file);
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

    /// <summary>Reads an assessment file of any syntax: a workbook (.xlsx) or YAML/JSON.</summary>
    internal static AssessmentReadResult Read(CliContext context, string file) =>
        AiGov.Catalog.Assessments.Workbooks.AssessmentWorkbooks.IsWorkbook(file)
            ? AiGov.Catalog.Assessments.Workbooks.AssessmentWorkbooks.Read(file, context.Catalog)
            : AssessmentReader.Read(file, context.Catalog);

    /// <summary>
    /// Renders an assessment in the syntax its file name asks for (.json, .xlsx, otherwise YAML), before anything is
    /// written; the result writes it into a stream, for <see cref="OutputPlan.Write(string, System.Action{Stream})"/>.
    /// </summary>
    internal static System.Action<Stream> Render(CliContext context, string path, Assessment assessment) =>
        AssessInitCommand.FormatFromExtension(path) switch
        {
            "json" => Text(AssessmentWriter.ToJson(assessment)),
            "xlsx" => Bytes(AiGov.Catalog.Assessments.Workbooks.AssessmentWorkbooks.Write(assessment, context.Catalog)),
            _ => Text(AssessmentWriter.ToYaml(assessment)),
        };

    /// <summary>Text already made, written UTF-8 without a byte-order mark.</summary>
    internal static System.Action<Stream> Text(string text) => stream => AtomicFile.WriteText(stream, text);

    /// <summary>Bytes already made (a workbook).</summary>
    internal static System.Action<Stream> Bytes(byte[] bytes) => stream => stream.Write(bytes);

    internal static string Tally(StatusTally t) =>
        Show.N(t.Addressed) + " addressed, " + Show.N(t.PartiallyAddressed) + " partially, " + Show.N(t.NotAddressed) + " not addressed, "
        + Show.N(t.NotApplicable) + " n/a, " + Show.N(t.NeedsReview) + " need review, " + Show.N(t.Unassessed) + " unassessed";
}
