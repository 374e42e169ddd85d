using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AiGov.Catalog.Assessments.Workbooks.Reading;

/// <summary>The non-empty cells of one sheet, by row, read with the Open XML SDK.</summary>
internal sealed class WorkbookSheet
{
    private WorkbookSheet(string name, SortedDictionary<int, SortedDictionary<int, WorkbookCell>> rows)
    {
        Name = name;
        Rows = rows;
    }

    public string Name { get; }

    /// <summary>The non-empty rows (1-based number → cells by 1-based column).</summary>
    public SortedDictionary<int, SortedDictionary<int, WorkbookCell>> Rows { get; }

    /// <summary>Reads a sheet; null when the row limit is passed.</summary>
    public static WorkbookSheet? Read(string name, WorksheetPart part, SharedStringTable? strings)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, WorkbookCell>>();
        var lastRow = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var rowNumber = row.RowIndex?.Value is { } ri ? (int)ri : lastRow + 1;
            lastRow = rowNumber;
            var lastColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var (r, c) = cell.CellReference?.Value is { } reference ? Parse(reference, rowNumber) : (rowNumber, lastColumn + 1);
                lastColumn = c;
                var read = ReadCell(cell, r, c, strings);
                if (read is null)
                {
                    continue;
                }

                if (!rows.TryGetValue(r, out var cells))
                {
                    if (rows.Count >= WorkbookLimits.MaxRows)
                    {
                        return null;
                    }

                    rows[r] = cells = new SortedDictionary<int, WorkbookCell>();
                }

                cells[c] = read;
            }
        }

        return new WorkbookSheet(name, rows);
    }

    private static WorkbookCell? ReadCell(Cell cell, int row, int column, SharedStringTable? strings)
    {
        var hasFormula = cell.CellFormula is not null;
        string? text;
        var isNumber = false;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            text = cell.InlineString is { } inline ? TextOf(inline) : null;
        }
        else if (type == CellValues.SharedString)
        {
            text = int.TryParse(cell.CellValue?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && strings is not null && index >= 0 && index < strings.ChildElements.Count
                ? TextOf((SharedStringItem)strings.ChildElements[index])
                : null;
        }
        else if (type == CellValues.Boolean)
        {
            text = cell.CellValue?.Text == "1" ? "TRUE" : cell.CellValue is null ? null : "FALSE";
        }
        else if (type == CellValues.String || type == CellValues.Error)
        {
            text = cell.CellValue?.Text;
        }
        else
        {
            text = cell.CellValue?.Text;
            isNumber = text is not null;
        }

        text = text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        if (string.IsNullOrEmpty(text))
        {
            return hasFormula ? new WorkbookCell(row, column, string.Empty, false, true) : null;
        }

        return new WorkbookCell(row, column, text, isNumber, false);
    }

    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        // A rich-text string is several runs; phonetic runs (rPh) are not part of the text.
        var texts = item.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Where(t => t.Parent is not PhoneticRun);
        return string.Concat(texts.Select(t => t.Text));
    }

    private static (int Row, int Column) Parse(string reference, int fallbackRow)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        var row = int.TryParse(reference.AsSpan(i), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : fallbackRow;
        return (row, Math.Max(1, column));
    }
}
