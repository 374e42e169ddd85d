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

    /// <summary>Gets the file as named by the caller.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column (UTF-16 characters).</summary>
    public int Column { get; }

    /// <inheritdoc/>
    public bool Equals(SourceLocation other) => string.Equals(File, other.File, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(File, Line, Column);

    /// <summary>Returns <c>file(line,column)</c>, the form compilers use and editors link.</summary>
    /// <returns>The location as text.</returns>
    public override string ToString() =>
        File + "(" + Line.ToString(CultureInfo.InvariantCulture) + "," + Column.ToString(CultureInfo.InvariantCulture) + ")";

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
