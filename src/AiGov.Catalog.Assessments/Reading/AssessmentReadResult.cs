using System.Collections.Immutable;
using System.Linq;

namespace AiGov.Catalog.Assessments;

/// <summary>What <see cref="AssessmentReader"/> read: the assessment when the file is valid, and every problem found. Immutable.</summary>
public sealed class AssessmentReadResult
{
    internal AssessmentReadResult(string file, Assessment? assessment, ImmutableArray<AssessmentProblem> problems)
    {
        File = file;
        Problems = problems;
        Assessment = Errors.IsEmpty ? assessment : null;
    }

    /// <summary>Gets the file, as named by the caller.</summary>
    public string File { get; }

    /// <summary>Gets the assessment, or null when the file has errors.</summary>
    public Assessment? Assessment { get; }

    /// <summary>Gets every problem found (errors and warnings), in file order.</summary>
    public ImmutableArray<AssessmentProblem> Problems { get; }

    /// <summary>Gets the errors only.</summary>
    public ImmutableArray<AssessmentProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error).ToImmutableArray();

    /// <summary>Gets the warnings only.</summary>
    public ImmutableArray<AssessmentProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToImmutableArray();

    /// <summary>Gets whether the file is valid (it may still have warnings).</summary>
    public bool IsValid => Assessment is not null;
}
