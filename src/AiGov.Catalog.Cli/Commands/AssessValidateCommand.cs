using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov assess validate &lt;file&gt;…</c>: every problem of each file, with line and column; exit code 1 when any has errors.</summary>
internal static class AssessValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("file")
        {
            Description = "One or more assessment files (.yaml, .yml, .json or .xlsx).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command(
            "validate",
            "Check assessment files against the format and the catalogue: unknown or duplicate risk IDs, risks of another edition, missing required fields, "
            + "wrong types, unknown fields. Every problem is listed as file(line,column), or file(Sheet!C7) in a workbook. Exit code 1 when a file has errors.")
        {
            files,
        };
        command.SetAction(parse =>
        {
            var results = new List<AssessmentReadResult>();
            foreach (var file in parse.GetValue(files)!)
            {
                if (!File.Exists(file))
                {
                    throw new CliUsageException("no such file: " + file);
                }

                results.Add(AssessCommand.Read(context, file));
            }

            if (context.WantsJson(parse))
            {
                context.Output.Write(ToJson(results));
            }
            else
            {
                foreach (var result in results)
                {
                    WriteText(context.Output, result);
                }
            }

            return results.All(r => r.IsValid) ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    internal static void WriteText(TextWriter o, AssessmentReadResult result)
    {
        foreach (var problem in result.Problems)
        {
            o.Write(problem + "\n");
        }

        var warnings = result.Warnings.Length;
        if (result.Assessment is { } a)
        {
            o.Write(result.File + ": valid — " + a.Organisation + ", edition " + a.Edition + ", " + Show.N(a.Entries.Length) + " entries"
                + (warnings == 0 ? string.Empty : ", " + Show.N(warnings) + " warning(s)") + ".\n");
        }
        else
        {
            o.Write(result.File + ": " + Show.N(result.Errors.Length) + " error(s)" + (warnings == 0 ? string.Empty : ", " + Show.N(warnings) + " warning(s)") + ".\n");
        }
    }

    internal static string ToJson(IEnumerable<AssessmentReadResult> results) => Json.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", "aigov-validation/1");
        w.WriteStartArray("files");
        foreach (var result in results)
        {
            w.WriteStartObject();
            w.WriteString("file", result.File);
            w.WriteBoolean("valid", result.IsValid);
            w.WriteString("edition", result.Assessment?.Edition.ToString());
            w.WriteNumber("entries", result.Assessment?.Entries.Length ?? 0);
            w.WriteNumber("errors", result.Errors.Length);
            w.WriteNumber("warnings", result.Warnings.Length);
            w.WriteStartArray("problems");
            foreach (var p in result.Problems)
            {
                w.WriteStartObject();
                w.WriteString("file", p.File);
                w.WriteNumber("line", p.Line);
                w.WriteNumber("column", p.Column);
                if (p.Location.Sheet is { } sheet)
                {
                    w.WriteString("sheet", sheet);
                    w.WriteString("cell", p.Location.Cell);
                }

                w.WriteString("severity", p.Severity == ProblemSeverity.Error ? "error" : "warning");
                w.WriteString("code", p.CodeText);
                w.WriteString("path", p.Path);
                w.WriteString("message", p.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
