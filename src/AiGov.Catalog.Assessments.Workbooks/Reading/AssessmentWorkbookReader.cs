using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AiGov.Catalog.Assessments.Reading;
using DocumentFormat.OpenXml.Packaging;
using static AiGov.Catalog.Assessments.Workbooks.WorkbookLayout;

namespace AiGov.Catalog.Assessments.Workbooks.Reading;

/// <summary>
/// Reads an assessment workbook into the same document model as YAML and JSON, each value located by sheet and cell,
/// and checks it with the same validator, so a workbook gets the same checks and messages as a text file. Columns are
/// found by their header (row 1), so extra or moved columns and extra sheets are ignored; empty rows are skipped;
/// values are trimmed; a formula counts with its computed value.
/// </summary>
internal sealed class AssessmentWorkbookReader
{
    private static readonly string[] RequiredFields = { "format", "format-version", "edition", "organisation", "assessed" };

    private readonly string _file;
    private readonly GovernanceCatalog _catalog;
    private readonly ProblemSink _sink;
    private Edition? _edition;

    private AssessmentWorkbookReader(string file, GovernanceCatalog catalog)
    {
        _file = file;
        _catalog = catalog;
        _sink = new ProblemSink(file);
    }

    public static AssessmentReadResult Read(byte[] bytes, string file, GovernanceCatalog catalog) => new AssessmentWorkbookReader(file, catalog).Run(bytes);

    private AssessmentReadResult Run(byte[] bytes)
    {
        var problem = WorkbookGuard.Check(bytes);
        if (problem is not null)
        {
            var code = problem.Contains("16 MiB", StringComparison.Ordinal) || problem.Contains("zip bomb", StringComparison.Ordinal) || problem.Contains("parts", StringComparison.Ordinal)
                ? AssessmentProblemCode.Limit
                : AssessmentProblemCode.Syntax;
            return Fail(code, problem);
        }

        Dictionary<string, WorkbookSheet> sheets;
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var strings = workbook.SharedStringTablePart?.SharedStringTable;
            sheets = new Dictionary<string, WorkbookSheet>(StringComparer.OrdinalIgnoreCase);
            var names = new[] { AssessmentSheet, Risks, Measures, Priors };
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>() ?? Enumerable.Empty<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
            {
                var name = sheet.Name?.Value?.Trim() ?? string.Empty;
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase) || sheets.ContainsKey(name) || sheet.Id?.Value is not { } id
                    || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var read = WorkbookSheet.Read(name, part, strings);
                if (read is null)
                {
                    return Fail(AssessmentProblemCode.Limit, "the sheet '" + name + "' has more than " + WorkbookLimits.MaxRows.ToString(CultureInfo.InvariantCulture) + " rows");
                }

                sheets[name] = read;
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            return Fail(AssessmentProblemCode.Syntax, "the workbook is corrupt or not an .xlsx workbook (" + ex.Message.TrimEnd('.') + ")");
        }

        foreach (var required in new[] { AssessmentSheet, Risks })
        {
            if (!sheets.ContainsKey(required))
            {
                return Fail(AssessmentProblemCode.MissingField, "the workbook has no sheet '" + required + "' (make one with `aigov assess init --format xlsx`)");
            }
        }

        var root = DocNode.Mapping(At(sheets[AssessmentSheet].Name, 1, 1));
        ReadHead(sheets[AssessmentSheet], root);
        var entries = ReadRisks(sheets[Risks], root);
        var retired = DocNode.Sequence(At(Priors, 1, 1));
        var priors = new Dictionary<(string HRisk, string Prior), DocNode>();
        if (sheets.TryGetValue(Priors, out var priorSheet))
        {
            ReadPriors(priorSheet, entries, retired, priors);
        }

        if (sheets.TryGetValue(Measures, out var measureSheet))
        {
            ReadMeasures(measureSheet, entries, priors);
        }

        if (retired.Items.Count > 0)
        {
            root.Properties.Add(new DocProperty("retired", retired.Location, retired));
        }

        // The validator runs even after a workbook-level problem, so that one run lists every problem; it builds no
        // assessment when any error was found.
        var assessment = AssessmentBinder.Bind(root, _catalog, _sink);
        return new AssessmentReadResult(_file, _sink.HasErrors ? null : assessment, _sink.ToSortedArray());
    }

    private AssessmentReadResult Fail(AssessmentProblemCode code, string message)
    {
        _sink.Error(new SourceLocation(_file, 1, 1), code, string.Empty, message);
        return new AssessmentReadResult(_file, null, _sink.ToSortedArray());
    }

    private SourceLocation At(string sheet, int row, int column) => new(_file, sheet, row, column);

    private SourceLocation At(string sheet, WorkbookCell cell) => At(sheet, cell.Row, cell.Column);

    private void ReadHead(WorkbookSheet sheet, DocNode root)
    {
        foreach (var (rowNumber, cells) in sheet.Rows)
        {
            if (!cells.TryGetValue(1, out var keyCell) || keyCell.FormulaWithoutValue)
            {
                continue;
            }

            var key = keyCell.Text.ToLowerInvariant();
            if (key == HField.ToLowerInvariant())
            {
                continue;
            }

            cells.TryGetValue(2, out var valueCell);
            if (valueCell is { FormulaWithoutValue: true })
            {
                Formula(sheet.Name, valueCell);
                continue;
            }

            var keyAt = At(sheet.Name, keyCell);
            if (valueCell is null)
            {
                if (RequiredFields.Contains(key, StringComparer.Ordinal))
                {
                    root.Properties.Add(new DocProperty(key, keyAt, DocNode.Scalar(At(sheet.Name, rowNumber, 2), string.Empty, ScalarType.Null)));
                }

                continue;
            }

            var text = valueCell.Text;
            var type = ScalarType.String;
            if (key == "format-version" && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                type = ScalarType.Number;
            }
            else if (key is "edition" or "previous-edition" && valueCell.IsNumber && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                // A spreadsheet turns a typed 2.0 into the number 2.
                text = number.ToString("0.0", CultureInfo.InvariantCulture);
            }
            else if (key == "assessed" && valueCell.IsNumber && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            {
                // A date cell: the spreadsheet's serial number of days.
                text = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            if (key == "edition" && Edition.TryParse(text, out var edition))
            {
                _edition = edition;
            }

            root.Properties.Add(new DocProperty(key, keyAt, DocNode.Scalar(At(sheet.Name, valueCell), text, type)));
        }
    }

    /// <summary>The header of a table sheet: column number by known header (case-insensitive, trimmed); others are ignored.</summary>
    private Dictionary<string, int>? Header(WorkbookSheet sheet, IReadOnlyList<string> known, IReadOnlyList<string> required)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var first = sheet.Rows.Count == 0 ? null : sheet.Rows.First().Value;
        if (first is not null)
        {
            foreach (var (column, cell) in first)
            {
                var name = known.FirstOrDefault(k => string.Equals(k, cell.Text, StringComparison.OrdinalIgnoreCase));
                if (name is not null)
                {
                    header.TryAdd(name, column);
                }
            }
        }

        var missing = required.Where(r => !header.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            _sink.Error(At(sheet.Name, sheet.Rows.Count == 0 ? 1 : sheet.Rows.First().Key, 1), AssessmentProblemCode.MissingField, string.Empty,
                "the sheet '" + sheet.Name + "' has no column " + string.Join(", ", missing.Select(m => "'" + m + "'")) + " (its first row names the columns: " + string.Join(", ", known) + ")");
            return null;
        }

        return header;
    }

    private IEnumerable<(int Row, Dictionary<string, WorkbookCell> Cells)> DataRows(WorkbookSheet sheet, Dictionary<string, int> header)
    {
        var skip = true;
        foreach (var (rowNumber, cells) in sheet.Rows)
        {
            if (skip)
            {
                skip = false;
                continue;
            }

            var known = new Dictionary<string, WorkbookCell>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, column) in header)
            {
                if (cells.TryGetValue(column, out var cell))
                {
                    if (cell.FormulaWithoutValue)
                    {
                        Formula(sheet.Name, cell);
                        continue;
                    }

                    known[name] = cell;
                }
            }

            if (known.Count > 0)
            {
                yield return (rowNumber, known);
            }
        }
    }

    private void Formula(string sheet, WorkbookCell cell) =>
        _sink.Error(At(sheet, cell), AssessmentProblemCode.InvalidValue, string.Empty, "a formula with no computed value: open the workbook in a spreadsheet program, let it calculate, and save it again");

    private Dictionary<string, DocNode> ReadRisks(WorkbookSheet sheet, DocNode root)
    {
        var byRisk = new Dictionary<string, DocNode>(StringComparer.Ordinal);
        var sequence = DocNode.Sequence(At(sheet.Name, 1, 1));
        root.Properties.Add(new DocProperty("entries", sequence.Location, sequence));
        var header = Header(sheet, new[] { HRisk, HStatus, HOwner, HControls, HEvidence, HNotes }, new[] { HRisk, HStatus });
        if (header is null)
        {
            return byRisk;
        }

        foreach (var (rowNumber, cells) in DataRows(sheet, header))
        {
            var location = cells.TryGetValue(HRisk, out var riskCell) ? At(sheet.Name, riskCell) : At(sheet.Name, rowNumber, header[HRisk]);
            var entry = DocNode.Mapping(location);
            if (riskCell is null)
            {
                _sink.Error(location, AssessmentProblemCode.MissingField, string.Empty, "this row has answers but no risk ID in the '" + HRisk + "' column");
                continue;
            }

            AddScalar(entry, sheet.Name, cells, HRisk, "risk");
            AddScalar(entry, sheet.Name, cells, HStatus, "status");
            AddScalar(entry, sheet.Name, cells, HOwner, "owner");
            AddList(entry, sheet.Name, cells, HControls, "controls");
            AddList(entry, sheet.Name, cells, HEvidence, "evidence");
            AddScalar(entry, sheet.Name, cells, HNotes, "notes");
            sequence.Items.Add(entry);
            byRisk.TryAdd(Normalise(riskCell.Text), entry);
        }

        return byRisk;
    }

    private void ReadPriors(WorkbookSheet sheet, Dictionary<string, DocNode> entries, DocNode retired, Dictionary<(string HRisk, string Prior), DocNode> priors)
    {
        var header = Header(sheet, new[] { HRisk, HPriorRisk, HRelation, HNote, HStatus, HOwner, HControls, HEvidence, HNotes }, new[] { HRisk, HPriorRisk, HRelation });
        if (header is null)
        {
            return;
        }

        foreach (var (rowNumber, cells) in DataRows(sheet, header))
        {
            var location = cells.TryGetValue(HPriorRisk, out var priorCell) ? At(sheet.Name, priorCell) : At(sheet.Name, rowNumber, header[HPriorRisk]);
            var prior = DocNode.Mapping(location);
            AddScalar(prior, sheet.Name, cells, HPriorRisk, "risk");
            AddScalar(prior, sheet.Name, cells, HRelation, "relation");
            AddScalar(prior, sheet.Name, cells, HNote, "note");
            AddScalar(prior, sheet.Name, cells, HStatus, "status");
            AddScalar(prior, sheet.Name, cells, HOwner, "owner");
            AddList(prior, sheet.Name, cells, HControls, "controls");
            AddList(prior, sheet.Name, cells, HEvidence, "evidence");
            AddScalar(prior, sheet.Name, cells, HNotes, "notes");
            var riskKey = cells.TryGetValue(HRisk, out var riskCell) ? Normalise(riskCell.Text) : string.Empty;
            if (riskCell is null)
            {
                retired.Items.Add(prior);
            }
            else if (entries.TryGetValue(riskKey, out var entry))
            {
                var list = entry.Properties.FirstOrDefault(p => p.Key == "migrated-from")?.Value;
                if (list is null)
                {
                    list = DocNode.Sequence(location);
                    entry.Properties.Add(new DocProperty("migrated-from", location, list));
                }

                list.Items.Add(prior);
            }
            else
            {
                _sink.Error(At(sheet.Name, riskCell), AssessmentProblemCode.UnknownRisk, string.Empty, "no row of the '" + Risks + "' sheet assesses '" + riskCell.Text + "': a prior answer belongs to an entry (leave " + HRisk + " empty for a retired answer)");
                continue;
            }

            if (priorCell is not null)
            {
                priors.TryAdd((riskKey, priorCell.Text), prior);
            }
        }
    }

    private void ReadMeasures(WorkbookSheet sheet, Dictionary<string, DocNode> entries, Dictionary<(string HRisk, string Prior), DocNode> priors)
    {
        var header = Header(sheet, new[] { HRisk, HMeasure, HState, HEvidence, HNotes, HPriorRisk }, new[] { HRisk, HMeasure, HState });
        if (header is null)
        {
            return;
        }

        foreach (var (rowNumber, cells) in DataRows(sheet, header))
        {
            var location = cells.TryGetValue(HMeasure, out var measureCell) ? At(sheet.Name, measureCell) : At(sheet.Name, rowNumber, header[HMeasure]);
            var riskKey = cells.TryGetValue(HRisk, out var riskCell) ? Normalise(riskCell.Text) : string.Empty;
            DocNode? owner;
            if (cells.TryGetValue(HPriorRisk, out var priorCell))
            {
                if (!priors.TryGetValue((riskKey, priorCell.Text), out owner))
                {
                    _sink.Error(At(sheet.Name, priorCell), AssessmentProblemCode.UnknownRisk, string.Empty, "no row of the '" + Priors + "' sheet has the prior risk '" + priorCell.Text + "'" + (riskCell is null ? string.Empty : " for " + riskCell.Text));
                    continue;
                }
            }
            else if (riskCell is null)
            {
                _sink.Error(location, AssessmentProblemCode.MissingField, string.Empty, "this measure row names no risk in the '" + HRisk + "' column");
                continue;
            }
            else if (!entries.TryGetValue(riskKey, out owner))
            {
                _sink.Error(At(sheet.Name, riskCell), AssessmentProblemCode.UnknownRisk, string.Empty, "no row of the '" + Risks + "' sheet assesses '" + riskCell.Text + "': add the risk there, or delete this measure row");
                continue;
            }

            var item = DocNode.Mapping(location);
            if (measureCell is null)
            {
                _sink.Error(location, AssessmentProblemCode.MissingField, string.Empty, "this row has answers but no measure ID in the '" + HMeasure + "' column");
                continue;
            }

            AddScalar(item, sheet.Name, cells, HMeasure, "measure");
            AddScalar(item, sheet.Name, cells, HState, "state");
            AddList(item, sheet.Name, cells, HEvidence, "evidence");
            AddScalar(item, sheet.Name, cells, HNotes, "notes");
            var list = owner.Properties.FirstOrDefault(p => p.Key == "measures")?.Value;
            if (list is null)
            {
                list = DocNode.Sequence(location);
                owner.Properties.Add(new DocProperty("measures", location, list));
            }

            list.Items.Add(item);
        }
    }

    private void AddScalar(DocNode mapping, string sheet, Dictionary<string, WorkbookCell> cells, string column, string key)
    {
        if (cells.TryGetValue(column, out var cell))
        {
            var at = At(sheet, cell);
            mapping.Properties.Add(new DocProperty(key, at, DocNode.Scalar(at, cell.Text, ScalarType.String)));
        }
    }

    /// <summary>A list cell: one item per line, each trimmed, empty lines left out.</summary>
    private void AddList(DocNode mapping, string sheet, Dictionary<string, WorkbookCell> cells, string column, string key)
    {
        if (!cells.TryGetValue(column, out var cell))
        {
            return;
        }

        var at = At(sheet, cell);
        var list = DocNode.Sequence(at);
        foreach (var line in cell.Text.Split('\n'))
        {
            if (line.Trim() is { Length: > 0 } item)
            {
                list.Items.Add(DocNode.Scalar(at, item, ScalarType.String));
            }
        }

        mapping.Properties.Add(new DocProperty(key, at, list));
    }

    /// <summary>A risk ID in its canonical form when the catalogue knows it (so that 3.1.1(a) and 2.0:3.1.1.a match), else as written.</summary>
    private string Normalise(string text)
    {
        var id = text.Trim();
        if (!id.Contains(':', StringComparison.Ordinal) && _edition is { } edition)
        {
            id = edition + ":" + id;
        }

        return _catalog.TryFind(id, out var element) ? element.Id : text.Trim();
    }
}
