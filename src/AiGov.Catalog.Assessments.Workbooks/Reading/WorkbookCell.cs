namespace AiGov.Catalog.Assessments.Workbooks.Reading;

/// <summary>
/// One cell as read: its text (shared and inline strings, numbers as written, booleans as TRUE/FALSE, a formula's
/// cached result), trimmed, and whether it was a number or a formula with no cached result.
/// </summary>
internal sealed record WorkbookCell(int Row, int Column, string Text, bool IsNumber, bool FormulaWithoutValue);
