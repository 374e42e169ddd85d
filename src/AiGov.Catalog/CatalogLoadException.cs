using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace AiGov.Catalog;

/// <summary>
/// Thrown by <see cref="GovernanceCatalog.Load(System.IO.Stream, CatalogLoadOptions)"/> when a data file cannot become a
/// catalogue: it is too large or too deeply nested, it is not JSON, it is not an <c>aigov-catalog</c> file, its
/// <c>formatVersion</c> is not supported, a value has the wrong type, or the catalogue it describes is inconsistent.
/// </summary>
/// <remarks>
/// <para>The message says what is wrong and where. For a JSON syntax or type error, <see cref="JsonPath"/>,
/// <see cref="LineNumber"/> and <see cref="BytePositionInLine"/> locate it. For an inconsistent catalogue (a missing
/// required value, an unknown status, a reference that resolves to nothing, a duplicate ID), <see cref="Problems"/>
/// lists every problem found, each beginning with the JSON path of the offending value.</para>
/// <para>When this exception is thrown, no catalogue was created: a load either returns a complete, validated catalogue
/// or throws.</para>
/// </remarks>
public sealed class CatalogLoadException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong and where.</param>
    public CatalogLoadException(string message)
        : this(message, ImmutableArray.Create(message), null, null, null, null)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogLoadException(string message, Exception innerException)
        : this(message, ImmutableArray.Create(message), null, null, null, innerException)
    {
    }

    internal CatalogLoadException(string message, ImmutableArray<string> problems, string? jsonPath, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, innerException)
    {
        Problems = problems.IsDefaultOrEmpty ? ImmutableArray.Create(message) : problems;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets every problem found, one per entry; each begins with the JSON path of the offending value (<c>$.editions[0].elements[3].title</c>).</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>Gets the JSON path where reading stopped, for a JSON syntax or type error (as in <see cref="System.Text.Json.JsonException.Path"/>); otherwise null.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets the zero-based line where reading stopped, for a JSON syntax or type error (as in <see cref="System.Text.Json.JsonException.LineNumber"/>); otherwise null.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based byte position within that line (as in <see cref="System.Text.Json.JsonException.BytePositionInLine"/>); otherwise null.</summary>
    public long? BytePositionInLine { get; }

    internal static CatalogLoadException Inconsistent(ImmutableArray<string> problems)
    {
        const int Shown = 20;
        var message = "The data file describes an inconsistent catalogue (" + problems.Length.ToString(CultureInfo.InvariantCulture) + " problem" + (problems.Length == 1 ? string.Empty : "s") + "):"
            + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems.Take(Shown));
        if (problems.Length > Shown)
        {
            message += Environment.NewLine + "  … and " + (problems.Length - Shown).ToString(CultureInfo.InvariantCulture) + " more (see Problems).";
        }

        return new CatalogLoadException(message, problems, null, null, null, null);
    }
}
