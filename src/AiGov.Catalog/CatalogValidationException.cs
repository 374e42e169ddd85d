using System;
using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// Thrown when catalogue data is inconsistent: a duplicate ID, a reference that resolves to nothing, a parent of the
/// wrong kind. The message names every bad record; <see cref="Problems"/> lists them one by one.
/// </summary>
public sealed class CatalogValidationException : Exception
{
    /// <summary>Creates an exception for a list of problems.</summary>
    /// <param name="problems">One line per problem, each naming the record.</param>
    public CatalogValidationException(ImmutableArray<string> problems)
        : base(BuildMessage(problems)) => Problems = problems.IsDefault ? ImmutableArray<string>.Empty : problems;

    /// <summary>Creates an exception with a single message.</summary>
    /// <param name="message">The message.</param>
    public CatalogValidationException(string message)
        : base(message) => Problems = ImmutableArray.Create(message);

    /// <summary>Creates an exception with a single message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = ImmutableArray.Create(message);

    /// <summary>Gets every problem found, one per entry.</summary>
    public ImmutableArray<string> Problems { get; }

    private static string BuildMessage(ImmutableArray<string> problems) =>
        problems.IsDefaultOrEmpty
            ? "The catalogue is inconsistent."
            : "The catalogue is inconsistent (" + problems.Length + " problem" + (problems.Length == 1 ? string.Empty : "s") + "):" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems);
}
