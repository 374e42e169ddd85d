namespace AiGov.Catalog.Assessments;

/// <summary>How serious an <see cref="AssessmentProblem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The assessment is invalid: it cannot be reported on or migrated until this is fixed.</summary>
    Error,

    /// <summary>The assessment is valid, but something needs a person's attention (for example an entry that needs review).</summary>
    Warning,
}
