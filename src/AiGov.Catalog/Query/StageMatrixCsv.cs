using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AiGov.Catalog.Internal;

namespace AiGov.Catalog;

/// <summary>The CSV rendering of a <see cref="StageMatrix"/>: RFC 4180 quoting, <c>\n</c> line endings, one record per cell.</summary>
internal static class StageMatrixCsv
{
    // The matrix has always ended its records with "\n" (its published snapshots pin that); kept as it is.
    private const string RecordEnd = "\n";

    public static string Render(StageMatrix matrix)
    {
        var b = new StringBuilder();
        CsvText.AppendRecord(b, new[] { "edition", "axis", "stage", "stage_parent", "stage_title", "column", "column_label", "count", "risks" }, RecordEnd);
        var edition = matrix.Edition.ToString();
        var axis = matrix.Axis == StageMatrixAxis.Category ? "category" : "area";
        foreach (var row in matrix.Rows)
        {
            foreach (var cell in row.Cells)
            {
                CsvText.AppendRecord(
                    b,
                    new[]
                    {
                        edition,
                        axis,
                        row.Stage.Key,
                        row.Stage.ParentKey,
                        row.Stage.TitleEn,
                        cell.Column.Key,
                        cell.Column.Label,
                        cell.Count.ToString(CultureInfo.InvariantCulture),
                        string.Join(" ", cell.RiskIds),
                    },
                    RecordEnd);
            }
        }

        foreach (var column in matrix.Columns)
        {
            var ids = new List<string>();
            foreach (var risk in matrix.Unstaged)
            {
                if (column.Contains(risk))
                {
                    ids.Add(risk.Id);
                }
            }

            if (ids.Count > 0)
            {
                CsvText.AppendRecord(b, new[] { edition, axis, string.Empty, string.Empty, "(no stage)", column.Key, column.Label, ids.Count.ToString(CultureInfo.InvariantCulture), string.Join(" ", ids) }, RecordEnd);
            }
        }

        return b.ToString();
    }
}
