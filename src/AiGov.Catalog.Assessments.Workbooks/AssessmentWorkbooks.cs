using System;
using System.IO;
using AiGov.Catalog.Assessments.Workbooks.Reading;
using AiGov.Catalog.Assessments.Workbooks.Writing;

namespace AiGov.Catalog.Assessments.Workbooks;

/// <summary>
/// Assessments as Excel workbooks (.xlsx), both ways: <see cref="Write"/> writes an assessment (from
/// <see cref="AssessmentTemplate.Create"/>, a file, or a migration) as a workbook to fill in Excel, WPS or LibreOffice;
/// <see cref="Read(string, GovernanceCatalog?)"/> reads a filled one back with the same checks as YAML and JSON, every
/// problem located by sheet and cell (<c>file.xlsx(Risks!C7)</c>). Thread-safe.
/// </summary>
/// <remarks>
/// <para>Sheets: <c>Instructions</c>; <c>Assessment</c> (one field per row); <c>Risks</c> (one row per entry: risk, status
/// from a dropdown, owner, controls and evidence one per line, notes; the catalogue's clause, titles, summary and pages
/// as grey read-only columns); <c>Measures</c> (one row per risk × measure, state from a dropdown); <c>Prior answers</c>
/// (migration's, when there are any); <c>Catalogue risks</c> and <c>Catalogue measures</c> (the data it was made from).</para>
/// <para>Reading finds columns by their header, so extra or moved columns and extra sheets are ignored; empty rows are
/// skipped; values are trimmed; a formula counts with its computed value. Refused with one message naming the file, before
/// any XML is parsed: more than 16 MiB, a zip bomb, more than 10,000 rows in a sheet, a password-protected workbook, an
/// old binary .xls, a text file renamed .xlsx, a corrupt file.</para>
/// <para>Writing is deterministic: the same assessment and catalogue give byte-identical files.</para>
/// </remarks>
public static class AssessmentWorkbooks
{
    /// <summary>Writes an assessment as a workbook.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="catalog">The catalogue for the read-only columns and sheets; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <returns>The .xlsx bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static byte[] Write(Assessment assessment, GovernanceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return AssessmentWorkbookWriter.Write(assessment, catalog ?? GovernanceCatalog.Default);
    }

    /// <summary>Writes a template (see <see cref="AssessmentTemplate.Create"/>) as a workbook; the same as <see cref="Write"/>.</summary>
    /// <param name="template">The template.</param>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <returns>The .xlsx bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static byte[] Template(Assessment template, GovernanceCatalog? catalog = null) => Write(template, catalog);

    /// <summary>Reads and validates an assessment workbook.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <returns>The assessment (when valid) and every problem, located by sheet and cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static AssessmentReadResult Read(string path, GovernanceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = new FileInfo(path).Length;
        if (length > WorkbookLimits.MaxFileBytes)
        {
            // Refuse before reading a byte of it.
            return AssessmentWorkbookReader.Read(new byte[WorkbookLimits.MaxFileBytes + 1], path, catalog ?? GovernanceCatalog.Default);
        }

        return AssessmentWorkbookReader.Read(File.ReadAllBytes(path), path, catalog ?? GovernanceCatalog.Default);
    }

    /// <summary>Reads and validates an assessment workbook held in memory.</summary>
    /// <param name="bytes">The .xlsx bytes.</param>
    /// <param name="file">The name to report problems under.</param>
    /// <param name="catalog">The catalogue; <see cref="GovernanceCatalog.Default"/> when null.</param>
    /// <returns>The assessment (when valid) and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> or <paramref name="file"/> is null.</exception>
    public static AssessmentReadResult Read(byte[] bytes, string file, GovernanceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(file);
        return AssessmentWorkbookReader.Read(bytes, file, catalog ?? GovernanceCatalog.Default);
    }

    /// <summary>Gets whether a path names a workbook (<c>.xlsx</c>, or <c>.xls</c>, which is refused with a message).</summary>
    /// <param name="path">The file name or path.</param>
    /// <returns>Whether to read it with <see cref="Read(string, GovernanceCatalog?)"/>.</returns>
    public static bool IsWorkbook(string path) =>
        Path.GetExtension(path ?? string.Empty).ToLowerInvariant() is ".xlsx" or ".xls" or ".xlsm";
}
