using System;
using System.Globalization;

namespace AiGov.Catalog.Assessments;

/// <summary>A position in an assessment file: the file as named by the caller, a 1-based line and a 1-based column.</summary>
public readonly struct SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="file">The file as named by the caller (may be empty for text read from memory).</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, counted in UTF-16 characters.</param>
    public SourceLocation(string file, int line, int column)
    {
        File = file ?? string.Empty;
        Line = line;
        Column = column;
    }

    /// <summary>Creates a location in a workbook: a sheet and a cell.</summary>
    /// <param name="file">The file as named by the caller.</param>
    /// <param name="sheet">The sheet's name, e.g. <c>Risks</c>.</param>
    /// <param name="row">The 1-based row.</param>
    /// <param name="column">The 1-based column (A is 1).</param>
    public SourceLocation(string file, string sheet, int row, int column)
        : this(file, row, column)
    {
        Sheet = sheet;
    }

    /// <summary>Gets the workbook sheet, or null for a text file (YAML or JSON).</summary>
    public string? Sheet { get; }

    /// <summary>Gets the cell in A1 form (<c>C7</c>) for a workbook location, or null for a text file.</summary>
    public string? Cell => Sheet is null ? null : ColumnName(Column) + Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the spreadsheet name of a 1-based column: 1 is A, 27 is AA.</summary>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The letters.</returns>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = Math.Max(1, column); n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Gets the file as named by the caller.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column (UTF-16 characters).</summary>
    public int Column { get; }

    /// <inheritdoc/>
    public bool Equals(SourceLocation other) => string.Equals(File, other.File, StringComparison.Ordinal) && string.Equals(Sheet, other.Sheet, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(File, Sheet, Line, Column);

    /// <summary>Returns <c>file(line,column)</c>, the form compilers use and editors link; <c>file(Sheet!C7)</c> in a workbook.</summary>
    /// <returns>The location as text.</returns>
    public override string ToString() => Sheet is not null
        ? File + "(" + Sheet + "!" + Cell + ")"
        : File + "(" + Line.ToString(CultureInfo.InvariantCulture) + "," + Column.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>Compares two locations.</summary>
    /// <param name="left">The first location.</param>
    /// <param name="right">The second location.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SourceLocation left, SourceLocation right) => left.Equals(right);

    /// <summary>Compares two locations.</summary>
    /// <param name="left">The first location.</param>
    /// <param name="right">The second location.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SourceLocation left, SourceLocation right) => !left.Equals(right);
}
