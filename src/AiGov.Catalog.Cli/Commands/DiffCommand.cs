using System;
using System.CommandLine;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov diff &lt;from&gt; &lt;to&gt;</c>: what changed between two editions, through the lineage.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The edition to start from, e.g. 1.0." };
        var to = new Argument<string>("to") { Description = "The edition to go to, e.g. 2.0 (it may be the older one: the lineage is read backwards)." };
        var format = CommonOptions.Format("md (a changelog for people, the default), json or csv.", "md", "json", "csv");
        var output = CommonOptions.Out("Write to this file instead of standard output.");
        var force = CommonOptions.Force();
        var command = new Command("diff", "Show what changed between two editions: per element kind, what was added, removed, kept, renamed, reworded, moved, split or merged, with the lineage evidence and confidence.")
        {
            from, to, format, output, force,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(output);
            var plan = new OutputPlan(parse.GetValue(force));
            var target = file is null ? null : plan.Output("--out " + file, file);
            plan.Check();
            var catalog = context.Catalog;
            var fromEdition = Resolve.Edition(catalog, parse.GetValue(from)!).Edition;
            var toEdition = Resolve.Edition(catalog, parse.GetValue(to)!).Edition;
            EditionDiff diff;
            try
            {
                diff = catalog.Diff(fromEdition, toEdition);
            }
            catch (InvalidOperationException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            var chosen = parse.GetValue(format) ?? (context.WantsJson(parse) ? "json" : "md");
            var text = chosen switch
            {
                "json" => diff.ToJson(),
                "csv" => diff.ToCsv(),
                _ => diff.ToMarkdown(),
            };
            if (target is null)
            {
                context.Output.Write(text);
            }
            else
            {
                plan.Write(target, text);
                context.Output.Write("Wrote the diff " + fromEdition + " → " + toEdition + " (" + diff.Entries.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " entries, " + chosen + ") to " + file + ".\n");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
