using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// Thrown by <see cref="AssessmentReader.Load(string, GovernanceCatalog?, AssessmentReaderOptions?)"/> when an
/// assessment file has errors. <see cref="Problems"/> holds every problem found, each with file, line and column.
/// </summary>
public sealed class AssessmentValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found (errors and warnings).</param>
    public AssessmentValidationException(IEnumerable<AssessmentProblem> problems)
        : this(problems?.ToImmutableArray() ?? ImmutableArray<AssessmentProblem>.Empty)
    {
    }

    private AssessmentValidationException(ImmutableArray<AssessmentProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Gets every problem found, in file order.</summary>
    public ImmutableArray<AssessmentProblem> Problems { get; }

    private static string Describe(ImmutableArray<AssessmentProblem> problems)
    {
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        return "The assessment has " + errors.ToString(System.Globalization.CultureInfo.InvariantCulture) + " error(s):"
            + string.Concat(problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => Environment.NewLine + "  " + p));
    }
}
