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
        var force = CommonOptions.Force();
        var command = new Command(
            "report",
            "Report on an assessment: coverage by category, sub-category, risk area, stage and actor, a stage × category heat map, the gaps and the unassessed risks. "
            + "Deterministic: the date shown is the assessment's own. Exit code 1 when the file has errors.")
        {
            file, format, output, force,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var outPath = parse.GetValue(output);
            var plan = new OutputPlan(parse.GetValue(force));
            plan.Input(path);
            var target = outPath is null ? null : plan.Output("--out " + outPath, outPath);
            plan.Check();
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
                _ => Text(report, language, context.Width(parse)),
            };
            if (target is null)
            {
                context.Output.Write(text);
            }
            else
            {
                plan.Write(target, text);
                var c = report.Coverage;
                Paragraph.Write(context.Output, context.Width(parse), string.Empty, "Wrote the " + chosen + " report of " + path + " to " + outPath + ": " + Show.N(c.Overall.Total) + " risks, score "
                    + (c.Overall.ScorePercent is { } s ? Show.N(s) + "%" : "n/a") + ", " + Show.N(c.Gaps.Length) + " gaps.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Text(AssessmentReport report, TitleLanguage language, int? width)
    {
        var a = report.Assessment;
        var c = report.Coverage;
        var o = new System.IO.StringWriter { NewLine = "\n" };
        Paragraph.Write(o, width, "AI safety self-assessment: ", a.Organisation);
        Paragraph.Write(o, width, string.Empty, "Edition " + a.Edition + " · assessed " + a.AssessedText + (a.PreviousEdition is { } p ? " · migrated from " + p : string.Empty) + " · catalogue data " + report.DataVersion);
        Paragraph.Write(o, width, string.Empty, Show.N(c.Overall.Total) + " risks: " + AssessCommand.Tally(c.Overall) + ". Score " + Score(c.Overall) + ".");
        o.Write("\n");

        o.Write("By risk category\n");
        Groups(o, c.ByCategory, language, width);
        o.Write("\nBy lifecycle stage\n");
        Groups(o, c.ByStage, language, width);
        o.Write("\nGaps (" + Show.N(c.Gaps.Length) + ")\n");
        var gaps = new TextTable("Risk", "Status", "Owner", "*Title");
        foreach (var gap in c.Gaps)
        {
            gaps.Add(gap.Risk.Id, AssessmentNames.Label(gap.Status).ToLowerInvariant(), gap.Entry?.Owner ?? "—", Show.Title(gap.Risk, language));
        }

        gaps.Write(o, width);
        o.Write("\n");
        Paragraph.Write(o, width, string.Empty, "Score: addressed, and partially addressed as half, over the risks that apply. By sub-category, area and actor, the heat map and every entry: --format md|html|json.");
        return o.ToString();
    }

    private static void Groups(System.IO.TextWriter o, System.Collections.Immutable.ImmutableArray<CoverageGroup> groups, TitleLanguage language, int? width)
    {
        // Groups of vocabulary terms (stages) are named by their title alone: their label repeats it.
        var terms = groups.All(g => g.Element is null);
        var counts = new[] { ">Risks", ">Addr.", ">Part.", ">Not", ">N/A", ">Review", ">Unass.", ">Score" };
        var table = new TextTable((terms ? new[] { "*Stage" } : new[] { "Group", "*Title" }).Concat(counts).ToArray());
        foreach (var g in groups)
        {
            var t = g.Tally;
            var arrow = g.Depth > 0 ? "↳ " : string.Empty;
            var name = terms
                ? new[] { arrow + TitleFormatter.Format(g.Term!, language) }
                : new[] { arrow + g.Label, g.Element is not null ? TitleFormatter.Format(g.Element.Title, language) : TitleFormatter.Format(g.Term!, language) };
            table.Add(name.Concat(new[] { Show.N(t.Total), Show.N(t.Addressed), Show.N(t.PartiallyAddressed), Show.N(t.NotAddressed), Show.N(t.NotApplicable), Show.N(t.NeedsReview), Show.N(t.Unassessed), Score(t) }).ToArray());
        }

        table.Write(o, width, "  ");
    }

    private static string Score(StatusTally t) => t.ScorePercent is { } s ? Show.N(s) + "%" : "n/a";
}
