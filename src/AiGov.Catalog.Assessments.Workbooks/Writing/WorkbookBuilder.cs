using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AiGov.Catalog.Assessments.Workbooks.Writing;

/// <summary>
/// Writes sheets as an .xlsx workbook with the Open XML SDK: inline strings (no shared-string table to keep in step),
/// a frozen header row, column widths that fit the text (CJK characters count double), dropdowns from list data
/// validation, read-only columns shaded. Deterministic: the package is re-zipped with fixed entry order and timestamps.
/// </summary>
internal static class WorkbookBuilder
{
    /// <summary>The timestamp of every zip entry (the zip format's earliest date), so that the same input gives the same bytes.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Build(IReadOnlyList<SheetSpec> sheets)
    {
        using var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship IDs: the SDK would otherwise make random ones, and the bytes would change on every run.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var sheetList = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = "rIdSheet" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = Worksheet(sheets[i]);
                sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            }

            workbookPart.Workbook.Append(sheetList);
        }

        return Normalise(raw.ToArray());
    }

    /// <summary>Re-zips a package with its entries in name order (content types first), fixed timestamps and compression.</summary>
    private static byte[] Normalise(byte[] package)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var s = entry.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                entries.Add((entry.FullName, m.ToArray()));
            }
        }

        entries.Sort((a, b) => Rank(a.Name) != Rank(b.Name) ? Rank(a.Name).CompareTo(Rank(b.Name)) : string.CompareOrdinal(a.Name, b.Name));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var s = entry.Open();
                s.Write(data, 0, data.Length);
            }
        }

        return output.ToArray();
    }

    private static int Rank(string name) => name == "[Content_Types].xml" ? 0 : name.StartsWith("_rels/", StringComparison.Ordinal) ? 1 : 2;

    private static Worksheet Worksheet(SheetSpec spec)
    {
        var worksheet = new Worksheet();
        var columns = spec.Columns;

        // Printed (or rendered to PDF) in landscape, one page wide, as a compliance officer would print it.
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var width = columns?.Count ?? Math.Max(1, spec.Rows.Select(r => r.Count).DefaultIfEmpty(1).Max());
        var views = new SheetViews();
        var view = new SheetView { WorkbookViewId = 0U };
        if (columns is not null)
        {
            view.Append(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }

        views.Append(view);
        worksheet.Append(views);
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15D });

        var cols = new Columns();
        var widths = new double[width];
        for (var c = 0; c < width; c++)
        {
            var texts = spec.Rows.Select(r => c < r.Count ? r[c] : null);
            if (columns is not null)
            {
                texts = texts.Append(columns[c].Header).Concat(columns[c].Dropdown ?? Array.Empty<string>());
            }

            var max = columns is null ? 100 : columns[c].MaxWidth;
            var min = columns is null ? 8 : columns[c].MinWidth;
            var fitted = Math.Clamp(texts.Select(TextWidth).DefaultIfEmpty(0).Max() + 2, min, Math.Max(min, max));
            widths[c] = fitted;
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = fitted, CustomWidth = true });
        }

        worksheet.Append(cols);
        var data = new SheetData();
        var rowNumber = 1U;
        if (columns is not null)
        {
            data.Append(Row(rowNumber++, columns.Select(c => (string?)c.Header).ToList(), _ => CellStyle.Header, widths));
        }

        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var rowStyle = columns is null ? (i < spec.RowStyles.Count ? spec.RowStyles[i] : CellStyle.Text) : CellStyle.Text;
            data.Append(Row(rowNumber++, spec.Rows[i], c => columns is not null && c < columns.Count && columns[c].ReadOnly ? CellStyle.ReadOnly : rowStyle, columns is null ? null : widths));
        }

        worksheet.Append(data);
        if (columns is not null && columns.Any(c => c.Dropdown is not null))
        {
            var last = spec.Rows.Count + 1 + spec.SpareRows;
            var validations = new DataValidations();
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Dropdown is not { } values)
                {
                    continue;
                }

                var letter = SourceLocation.ColumnName(c + 1);
                validations.Append(new DataValidation(new Formula1("\"" + string.Join(",", values) + "\""))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Stop,
                    ErrorTitle = "Not a " + columns[c].Header.ToLowerInvariant(),
                    Error = "Choose one of: " + string.Join(", ", values),
                    PromptTitle = columns[c].Header,
                    Prompt = "Choose from the list.",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = letter + "2:" + letter + last.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                });
            }

            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        worksheet.Append(new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.5D, Bottom = 0.5D, Header = 0.3D, Footer = 0.3D });
        worksheet.Append(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        return worksheet;
    }

    private static Row Row(uint number, IReadOnlyList<string?> cells, Func<int, CellStyle> style, double[]? widths)
    {
        var row = new Row { RowIndex = number };
        if (widths is not null)
        {
            // Spreadsheet programs do not re-fit row heights on opening: give each row the height its wrapped text needs.
            var lines = 1;
            for (var c = 0; c < cells.Count && c < widths.Length; c++)
            {
                if (cells[c] is { Length: > 0 } t)
                {
                    lines = Math.Max(lines, t.Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(TextWidth(l) / Math.Max(1, widths[c] - 1)))));
                }
            }

            if (lines > 1)
            {
                row.Height = Math.Min(409, 15D * lines);
                row.CustomHeight = true;
            }
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var reference = SourceLocation.ColumnName(c + 1) + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cell = new Cell { CellReference = reference, StyleIndex = (uint)style(c) };
            if (cells[c] is { Length: > 0 } text)
            {
                cell.DataType = CellValues.InlineString;
                cell.Append(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>The width of text in character units: the longest line, CJK and full-width characters counting two.</summary>
    private static int TextWidth(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var max = 0;
        foreach (var line in text.Split('\n'))
        {
            var w = 0;
            foreach (var ch in line)
            {
                w += ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1;
            }

            max = Math.Max(max, w);
        }

        return max;
    }

    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14D }, new FontName { Val = "Calibri" }))
        { Count = 3U };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFEDEDED" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 4U };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U };
        var cellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U };
        CellFormat Format(uint font, uint fill) => new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
        {
            NumberFormatId = 49U, FontId = font, FillId = fill, BorderId = 0U, FormatId = 0U,
            ApplyFont = true, ApplyFill = fill != 0, ApplyAlignment = true, ApplyNumberFormat = true,
        };
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            Format(0, 0),
            Format(1, 2),
            Format(0, 3),
            Format(2, 0))
        { Count = 5U };
        var cellStyles = new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U };
        return new Stylesheet(fonts, fills, borders, cellStyleFormats, cellFormats, cellStyles);
    }
}
