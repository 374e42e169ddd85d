using System.CommandLine;
using System.Linq;
using AiGov.Catalog.Assessments;
using AiGov.Catalog.Cli.Output;

namespace AiGov.Catalog.Cli.Commands;

/// <summary><c>aigov matrix</c>: risks by lifecycle stage × risk category (or risk area).</summary>
internal static class MatrixCommand
{
    public static Command Create(CliContext context)
    {
        var edition = CommonOptions.Edition("Only this edition (default: every edition, one matrix each).");
        var axis = new Option<string>("--axis")
        {
            Description = "The columns: category (the edition's risk categories, the default) or area (the four cross-edition risk areas).",
            HelpName = "category|area",
            DefaultValueFactory = _ => "category",
        };
        axis.AcceptOnlyFromAmong("category", "area");
        var format = CommonOptions.Format("text (a table, the default), md or csv.", "text", "md", "csv");
        var command = new Command("matrix", "Count the risks of an edition by lifecycle stage (rows) and risk category or area (columns). A risk counts at a stage when it is mapped to the stage or one of its phases.")
        {
            edition, axis, format,
        };
        command.SetAction(parse =>
        {
            var catalog = context.Catalog;
            var axisValue = parse.GetValue(axis) == "area" ? StageMatrixAxis.Area : StageMatrixAxis.Category;
            var matrices = Resolve.Editions(catalog, parse.GetValue(edition)).Select(e => catalog.StageMatrix(e.Edition, axisValue)).ToList();
            if (context.WantsJson(parse))
            {
                context.Output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("format", "aigov-matrix/1");
                    w.WriteString("axis", axisValue == StageMatrixAxis.Area ? "area" : "category");
                    w.WriteStartArray("matrices");
                    foreach (var m in matrices)
                    {
                        w.WriteStartObject();
                        w.WriteString("edition", m.Edition.ToString());
                        Json.Strings(w, "columns", m.Columns.Select(c => c.Key));
                        w.WriteStartArray("rows");
                        foreach (var row in m.Rows)
                        {
                            w.WriteStartObject();
                            w.WriteString("stage", row.Stage.Key);
                            w.WriteNumber("depth", row.Depth);
                            w.WriteStartArray("cells");
                            foreach (var cell in row.Cells)
                            {
                                w.WriteStartObject();
                                w.WriteString("column", cell.Column.Key);
                                w.WriteNumber("count", cell.Count);
                                Json.Strings(w, "risks", cell.RiskIds);
                                w.WriteEndObject();
                            }

                            w.WriteEndArray();
                            w.WriteNumber("total", row.Total);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        Json.Strings(w, "unstaged", m.Unstaged.Select(r => r.Id));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var chosen = parse.GetValue(format) ?? "text";
            var language = context.Language(parse);
            for (var i = 0; i < matrices.Count; i++)
            {
                var m = matrices[i];
                if (i > 0)
                {
                    context.Output.Write("\n");
                }

                if (chosen == "md")
                {
                    context.Output.Write(m.ToMarkdown());
                    continue;
                }

                if (chosen == "csv")
                {
                    context.Output.Write(m.ToCsv());
                    continue;
                }

                context.Output.Write("Edition " + m.Edition + ": risks by lifecycle stage × " + (axisValue == StageMatrixAxis.Area ? "risk area" : "risk category") + "\n\n");
                var headers = new[] { "Stage" }.Concat(m.Columns.Select(c => ">" + c.Label)).Append(">All").ToArray();
                var table = new TextTable(headers);
                foreach (var row in m.Rows)
                {
                    table.Add(new[] { (row.Depth > 0 ? "  ↳ " : string.Empty) + TitleFormatter.Format(row.Stage, language) }
                        .Concat(row.Cells.Select(c => c.Count == 0 ? "·" : Show.N(c.Count)))
                        .Append(Show.N(row.Total))
                        .ToArray());
                }

                table.Write(context.Output, context.Width(parse));
                context.Output.Write("\n");
                foreach (var column in m.Columns)
                {
                    var title = column.Category is { } category
                        ? TitleFormatter.Format(category.Title, language)
                        : TitleFormatter.Format(column.Area!, language);
                    Paragraph.Write(context.Output, context.Width(parse), "  " + column.Label + ": ", title);
                }

                if (!m.Unstaged.IsEmpty)
                {
                    Paragraph.Write(context.Output, context.Width(parse), "  Not mapped to any stage: ", string.Join(", ", m.Unstaged.Select(r => r.Id)), 4);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
