using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov assess report &lt;file&gt;</c>: coverage of an assessment, as a table, Markdown, JSON or one HTML page.</summary>
internal static class AssessReportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The assessment file (.yaml, .yml, .json or .xlsx)." };
        var format = CommonOptions.Format("text (a summary for the terminal, the default), md, json or html (one self-contained page: coverage tables, a stage × category heat map, the gaps).", "text", "md", "json", "html");
        var output = CommonOptions.Out("Write the report to this file instead of standard output.");
        var command = new Command(
            "report",
            "Report on an assessment: coverage by category, sub-category, risk area, stage and actor, a stage × category heat map, the gaps and the unassessed risks. "
            + "Deterministic: the date shown is the assessment's own. Exit code 1 when the file has errors.")
        {
            file, format, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var assessment = AssessCommand.ReadOrReport(context, parse, path);
            if (assessment is null)
            {
                return ExitCodes.Findings;
            }

            var language = context.Language(parse);
            var report = AssessmentReport.Create(assessment, context.Catalog, language);
            var chosen = parse.GetValue(format) ?? (context.WantsJson(parse) ? "json" : "text");
            var text = chosen switch
            {
                "md" => report.ToMarkdown(),
                "json" => report.ToJson(),
                "html" => report.ToHtml(),
                _ => Text(report, language),
            };
            var target = parse.GetValue(output);
            if (target is null)
            {
                context.Output.Write(text);
            }
            else
            {
                CliContext.WriteFile(target, text);
                var c = report.Coverage;
                context.Output.Write("Wrote the " + chosen + " report of " + path + " to " + target + ": " + Show.N(c.Overall.Total) + " risks, score "
                    + (c.Overall.ScorePercent is { } s ? Show.N(s) + "%" : "n/a") + ", " + Show.N(c.Gaps.Length) + " gaps.\n");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Text(AssessmentReport report, TitleLanguage language)
    {
        var a = report.Assessment;
        var c = report.Coverage;
        var o = new System.IO.StringWriter { NewLine = "\n" };
        o.Write("AI safety self-assessment: " + a.Organisation + "\n");
        o.Write("Edition " + a.Edition + " · assessed " + a.AssessedText + (a.PreviousEdition is { } p ? " · migrated from " + p : string.Empty) + " · catalogue data " + report.DataVersion + "\n");
        o.Write(Show.N(c.Overall.Total) + " risks: " + AssessCommand.Tally(c.Overall) + ". Score " + Score(c.Overall) + ".\n\n");

        o.Write("By risk category\n");
        Groups(o, c.ByCategory, language);
        o.Write("\nBy lifecycle stage\n");
        Groups(o, c.ByStage, language);
        o.Write("\nGaps (" + Show.N(c.Gaps.Length) + ")\n");
        var gaps = new TextTable("Risk", "Status", "Title", "Owner");
        foreach (var gap in c.Gaps)
        {
            gaps.Add(gap.Risk.Id, AssessmentNames.Label(gap.Status).ToLowerInvariant(), Show.Title(gap.Risk, language), gap.Entry?.Owner ?? "—");
        }

        gaps.Write(o);
        o.Write("\nScore: addressed, and partially addressed as half, over the risks that apply. By sub-category, area and actor, the heat map and every entry: --format md|html|json.\n");
        return o.ToString();
    }

    private static void Groups(System.IO.TextWriter o, System.Collections.Immutable.ImmutableArray<CoverageGroup> groups, TitleLanguage language)
    {
        var table = new TextTable("Group", "Title", ">Risks", ">Addr.", ">Part.", ">Not", ">N/A", ">Review", ">Unass.", ">Score");
        foreach (var g in groups)
        {
            var t = g.Tally;
            var title = g.Element is not null ? TitleFormatter.Format(g.Element.Title, language) : TitleFormatter.Format(g.Term!, language);
            table.Add((g.Depth > 0 ? "↳ " : string.Empty) + g.Label, title, Show.N(t.Total), Show.N(t.Addressed), Show.N(t.PartiallyAddressed), Show.N(t.NotAddressed), Show.N(t.NotApplicable), Show.N(t.NeedsReview), Show.N(t.Unassessed), Score(t));
        }

        table.Write(o, "  ");
    }

    private static string Score(StatusTally t) => t.ScorePercent is { } s ? Show.N(s) + "%" : "n/a";
}
