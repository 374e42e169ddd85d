using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>The Markdown rendering of a <see cref="StageMatrix"/>: deterministic, culture-invariant, <c>\n</c> line endings.</summary>
internal static class StageMatrixMarkdown
{
    private const string PhaseMarker = "↳ ";
    private const string Empty = "—";

    public static string Render(StageMatrix matrix)
    {
        var b = new StringBuilder();
        var edition = matrix.Edition.ToString();
        var axis = matrix.Axis == StageMatrixAxis.Category ? "risk categories" : "risk areas";
        var axisOne = matrix.Axis == StageMatrixAxis.Category ? "risk category" : "risk area";
        var order = matrix.Axis == StageMatrixAxis.Category ? "document order" : "vocabulary order";
        Line(b, "# Lifecycle stages × " + axis + ", edition " + edition);
        Line(b);
        Line(b, "Risks of edition " + edition + " by lifecycle stage (rows, in lifecycle order) and " + axisOne + " (columns, in " + order + "). "
            + "A risk is at a stage when one of its stage mappings is that stage or one of its phases: phases (" + PhaseMarker.Trim() + ") are also counted "
            + "in their parent stage, and a risk mapped to several stages is counted in each. Stage mappings of these risks: "
            + Number(matrix.NormativeStageMappings) + " normative (stated by the framework), " + Number(matrix.EditorialStageMappings)
            + " editorial (the catalogue's judgement, with its rationale in the data).");
        Line(b);

        var header = new List<string> { "Stage" };
        foreach (var column in matrix.Columns)
        {
            header.Add(MarkdownText.Escape(column.Label));
        }

        Row(b, Append(header, "All"));
        var rule = new List<string> { "---" };
        foreach (var unused in matrix.Columns)
        {
            rule.Add("---:");
        }

        Row(b, Append(rule, "---:"));
        foreach (var row in matrix.Rows)
        {
            var cells = new List<string> { StageLabel(row) };
            foreach (var cell in row.Cells)
            {
                cells.Add(Number(cell.Count));
            }

            Row(b, Append(cells, Number(row.Total)));
        }

        if (!matrix.Unstaged.IsEmpty)
        {
            var cells = new List<string> { "(no stage)" };
            foreach (var column in matrix.Columns)
            {
                cells.Add(Number(CountIn(matrix.Unstaged, column)));
            }

            Row(b, Append(cells, Number(matrix.Unstaged.Length)));
        }

        Line(b);
        Line(b, "## Members");
        Line(b);
        Row(b, header);
        rule.Clear();
        rule.Add("---");
        foreach (var unused in matrix.Columns)
        {
            rule.Add("---");
        }

        Row(b, rule);
        foreach (var row in matrix.Rows)
        {
            var cells = new List<string> { StageLabel(row) };
            foreach (var cell in row.Cells)
            {
                cells.Add(Members(cell.Risks));
            }

            Row(b, cells);
        }

        if (!matrix.Unstaged.IsEmpty)
        {
            var cells = new List<string> { "(no stage)" };
            foreach (var column in matrix.Columns)
            {
                cells.Add(Members(In(matrix.Unstaged, column)));
            }

            Row(b, cells);
        }

        Line(b);
        Line(b, "## Columns");
        Line(b);
        Row(b, new List<string> { "Column", "Key", "Chinese", "English" });
        Row(b, new List<string> { "---", "---", "---", "---" });
        foreach (var column in matrix.Columns)
        {
            var en = column.TitleEn is null ? "(unknown)" : column.TitleEn + (column.TitleEnIsTranslation ? " (our translation)" : string.Empty);
            Row(b, new List<string>
            {
                MarkdownText.Escape(column.Label),
                MarkdownText.Escape(column.Key),
                MarkdownText.Escape(column.TitleZh ?? "(unknown)"),
                MarkdownText.Escape(en),
            });
        }

        return b.ToString();
    }

    private static string StageLabel(StageMatrixRow row) =>
        (row.Depth > 0 ? PhaseMarker : string.Empty) + MarkdownText.Escape(row.Stage.TitleEn);

    private static string Members(ImmutableArray<Risk> risks)
    {
        if (risks.IsEmpty)
        {
            return Empty;
        }

        var labels = new List<string>(risks.Length);
        foreach (var risk in risks)
        {
            labels.Add(MarkdownText.Escape(risk.Clause ?? risk.Key));
        }

        return string.Join(", ", labels);
    }

    private static ImmutableArray<Risk> In(ImmutableArray<Risk> risks, StageMatrixColumn column) =>
        risks.RemoveAll(r => !column.Contains(r));

    private static int CountIn(ImmutableArray<Risk> risks, StageMatrixColumn column) => In(risks, column).Length;

    private static List<string> Append(List<string> cells, string last) => new(cells) { last };

    private static void Row(StringBuilder b, List<string> cells) => Line(b, "| " + string.Join(" | ", cells) + " |");

    private static void Line(StringBuilder b, string text = "") => b.Append(text).Append('\n');

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
