using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov assess init --edition E --out FILE</c>: a ready-to-fill assessment of every risk of an edition that applies.</summary>
internal static class AssessInitCommand
{
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition("The edition to assess (required).");
        var actor = new Option<string?>("--actor", "-a") { Description = "Keep only the risks mapped to this actor (exact match, as `aigov list --actor`).", HelpName = "actor" };
        var stage = new Option<string?>("--stage", "-s") { Description = "Keep only the risks at this lifecycle stage or one of its phases (as `aigov list --stage`).", HelpName = "stage" };
        var format = CommonOptions.Format("yaml (with each risk's clause, titles, summary and pages as comments), json or xlsx (a workbook to fill in Excel, WPS or LibreOffice); default: from the --out extension.", "yaml", "json", "xlsx");
        var output = CommonOptions.Out("The file to write (required).");
        var organisation = new Option<string?>("--organisation") { Description = "The organisation written in the file (default: a placeholder to replace).", HelpName = "name" };
        var assessed = new Option<string?>("--assessed") { Description = "The assessment date written in the file, yyyy-MM-dd (default: today, UTC).", HelpName = "yyyy-MM-dd" };
        var force = CommonOptions.Force();
        var command = new Command(
            "init",
            "Write a ready-to-fill assessment: one entry per risk of the edition that applies (filtered by --actor and --stage with the same rules as `aigov list`), "
            + "status unassessed, with the measures that address each risk as an unanswered checklist. The file validates as it is.")
        {
            edition, actor, stage, format, output, organisation, assessed, force,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            var editionText = parse.GetValue(edition) ?? throw new CliUsageException("--edition is required (" + Resolve.EditionList(catalog) + ").");
            var outPath = parse.GetValue(output) ?? throw new CliUsageException("--out FILE is required: the file to write.");
            var chosen = parse.GetValue(format) ?? FormatFromExtension(outPath);
            var ed = Resolve.Edition(catalog, editionText);
            var actorValue = parse.GetValue(actor) is { } a ? Resolve.Actor(catalog, a) : null;
            var stageValue = parse.GetValue(stage) is { } s ? Resolve.Stage(catalog, s) : null;
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parse.GetValue(assessed) is { } dateText && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                throw new CliUsageException("--assessed '" + dateText + "' is not a date written yyyy-MM-dd, e.g. 2026-11-01.");
            }

            var plan = new OutputPlan(parse.GetValue(force));
            var target = plan.Output("--out " + outPath, outPath);
            plan.Check();
            var template = AssessmentTemplate.Create(catalog, ed.Edition, date, actorValue, stageValue, parse.GetValue(organisation));
            if (template.Entries.IsEmpty)
            {
                throw new CliUsageException("no risk of edition " + ed.Edition + " matches" + (actorValue is null ? string.Empty : " --actor " + actorValue.Key) + (stageValue is null ? string.Empty : " --stage " + stageValue.Key) + ": nothing written.");
            }

            plan.Write(target, chosen switch
            {
                "json" => AssessCommand.Text(AssessmentWriter.ToJson(template)),
                "xlsx" => AssessCommand.Bytes(AiGov.Catalog.Assessments.Workbooks.AssessmentWorkbooks.Template(template, catalog)),
                _ => AssessCommand.Text(AssessmentTemplate.ToYaml(template, catalog)),
            });

            var measures = 0;
            foreach (var entry in template.Entries)
            {
                measures += entry.Measures.Length;
            }

            var width = context.Width(parse);
            Paragraph.Write(context.Output, width, string.Empty, "Wrote " + outPath + " (" + chosen + "): " + Show.N(template.Entries.Length) + " risks of edition " + ed.Edition + ", " + Show.N(measures) + " measure rows, all unassessed.");
            Paragraph.Write(context.Output, width, string.Empty, "Fill it in, then: aigov assess validate " + outPath);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string FormatFromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "json",
        ".xlsx" => "xlsx",
        _ => "yaml",
    };
}
