using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov assess migrate &lt;file&gt;</c>: carry an assessment to a newer edition through the lineage.</summary>
internal static class AssessMigrateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The assessment file to migrate (.yaml, .yml, .json or .xlsx)." };
        var to = new Option<string?>("--to") { Description = "The edition to migrate to (default: the next edition after the assessment's).", HelpName = "2.0" };
        var output = CommonOptions.Out("Write the migrated assessment to this file (YAML, or JSON when the name ends in .json, or a workbook for .xlsx).");
        var report = new Option<string?>("--report") { Description = "Also write the migration report to this file (Markdown, or JSON when the name ends in .json).", HelpName = "file" };
        var force = CommonOptions.Force();
        var command = new Command(
            "migrate",
            "Carry an assessment to a newer edition through the lineage: same, reworded and renamed risks keep their answers, moved ones keep them with a note, "
            + "split and merged ones become needs-review with the prior answers attached, removed ones are kept under 'retired', new risks are unassessed. "
            + "Prints what happened to each entry. Exit code 1 when the file has errors.")
        {
            file, to, output, report, force,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            var path = parse.GetValue(file)!;
            var outPath = parse.GetValue(output);
            var reportPath = parse.GetValue(report);
            var plan = new OutputPlan(parse.GetValue(force));
            plan.Input(path);
            var outTarget = outPath is null ? null : plan.Output("--out " + outPath, outPath);
            var reportTarget = reportPath is null ? null : plan.Output("--report " + reportPath, reportPath);
            plan.Check();
            var source = AssessCommand.ReadOrReport(context, parse, path);
            if (source is null)
            {
                return ExitCodes.Findings;
            }

            Edition target;
            if (parse.GetValue(to) is { } toText)
            {
                target = Resolve.Edition(catalog, toText).Edition;
                if (target <= source.Edition)
                {
                    throw new CliUsageException("--to " + target + " is not newer than the assessment's edition " + source.Edition + ": migration goes forward.");
                }
            }
            else
            {
                var next = catalog.Editions.FirstOrDefault(e => e.Edition > source.Edition)
                    ?? throw new CliUsageException("the assessment is for edition " + source.Edition + ", the newest in the catalogue: there is nothing to migrate to.");
                target = next.Edition;
            }

            MigrationResult result;
            try
            {
                result = AssessmentMigrator.Migrate(source, target, catalog);
            }
            catch (InvalidOperationException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            // Both contents are made before either file is written: a failure in the second leaves neither behind.
            var outContent = outPath is null ? null : AssessCommand.Render(context, outPath, result.Migrated);
            var reportText = reportPath is null ? null : IsJson(reportPath) ? result.ToJson() : result.ToMarkdown(context.Language(parse));
            if (outTarget is not null)
            {
                plan.Write(outTarget, outContent!);
            }

            if (reportTarget is not null)
            {
                plan.Write(reportTarget, reportText!);
            }

            if (context.WantsJson(parse))
            {
                context.Output.Write(result.ToJson());
                return ExitCodes.Ok;
            }

            WriteSummary(context.Output, result, context.Language(parse), catalog, context.Width(parse));
            if (outPath is not null)
            {
                context.Output.Write("\nWrote the migrated assessment to " + outPath + ".\n");
            }
            else
            {
                context.Output.Write("\n");
                Paragraph.Write(context.Output, context.Width(parse), string.Empty, "Nothing written: add --out FILE to write the migrated assessment" + (reportPath is null ? " and --report FILE for the full migration report" : string.Empty) + ".");
            }

            if (reportPath is not null)
            {
                context.Output.Write("Wrote the migration report to " + reportPath + ".\n");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool IsJson(string path) => string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);

    private static void WriteSummary(TextWriter o, MigrationResult m, TitleLanguage language, GovernanceCatalog catalog, int? width)
    {
        Paragraph.Write(o, width, string.Empty, "Migrated " + m.Source.Organisation + " from edition " + m.From + " to " + m.To + " (" + Show.N(m.Steps.Length) + " entries):");
        var summary = new TextTable("Outcome", ">Entries", "*What happened");
        summary.Add("kept", Show.N(m.Count(MigrationOutcome.Kept)), "same, reworded or renamed: the answer carries over");
        summary.Add("moved", Show.N(m.Count(MigrationOutcome.Moved)), "renumbered or moved: the answer carries over, noted");
        summary.Add("needs review", Show.N(m.Count(MigrationOutcome.NeedsReview)), "split or merged: needs-review, prior answers attached");
        summary.Add("dropped", Show.N(m.Count(MigrationOutcome.Dropped)), "removed in " + m.To + ": the answer is kept under 'retired'");
        summary.Write(o, width, "  ");
        var risks = m.Migrated.Entries.Length + m.NewRisks.Length + m.UnassessedPredecessors.Length;
        Paragraph.Write(o, width, string.Empty, "Edition " + m.To + ": " + Show.N(risks) + " risks — " + Show.N(m.Migrated.Entries.Length - m.NeedsReview.Length) + " with a carried answer, "
            + Show.N(m.NeedsReview.Length) + " need review, " + Show.N(m.NewRisks.Length + m.UnassessedPredecessors.Length) + " unassessed ("
            + Show.N(m.NewRisks.Length) + " new, " + Show.N(m.UnassessedPredecessors.Length) + " whose " + m.From + " predecessors were not assessed).");
        o.Write("\n");

        var steps = new TextTable(m.From + " risk", "Status", "Outcome", "Change", "^" + m.To + " risk(s)");
        foreach (var step in m.Steps)
        {
            steps.Add(
                step.Risk.Id,
                AssessmentNames.Of(step.Entry.Status),
                step.Outcome switch { MigrationOutcome.NeedsReview => "needs review", _ => step.Outcome.ToString().ToLowerInvariant() },
                AssessmentNames.Of(step.Change) + (step.DiffEntry is { Also.IsEmpty: false } d ? " (also " + string.Join(", ", d.Also.Select(AssessmentNames.Of)) + ")" : string.Empty),
                step.Targets.IsEmpty ? "—" : string.Join(", ", step.Targets.Select(t => t.Id)));
        }

        steps.Write(o, width);
        if (!m.NeedsReview.IsEmpty)
        {
            o.Write("\nNeeds review (choose a status; the prior answers are under migrated-from):\n");
            foreach (var entry in m.NeedsReview)
            {
                Paragraph.Write(o, width, "  " + entry.RiskId + "  ", Show.Title(catalog.Find(entry.RiskId), language), 6);
                Paragraph.Write(o, width, "      ← ", string.Join(", ", entry.MigratedFrom.Select(p => p.RiskId + " (" + AssessmentNames.Of(p.Relation) + ", " + (p.Status is { } s ? AssessmentNames.Of(s) : "not assessed") + ")")));
            }
        }

        if (!m.NewRisks.IsEmpty)
        {
            o.Write("\n");
            Paragraph.Write(o, width, "New in " + m.To + " (unassessed): ", string.Join(", ", m.NewRisks.Select(r => r.Id)), 2);
        }

        if (!m.UnassessedPredecessors.IsEmpty)
        {
            Paragraph.Write(o, width, string.Empty, "Unassessed because their " + m.From + " predecessors were not assessed: " + string.Join(", ", m.UnassessedPredecessors.Select(r => r.Id)), 2);
        }
    }
}
