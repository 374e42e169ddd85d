namespace AiGov.Catalog.Assessments;

/// <summary>What migration did with one entry of the earlier edition.</summary>
public enum MigrationOutcome
{
    /// <summary>The risk is the same, reworded or renamed: the answer carries over as it was.</summary>
    Kept,

    /// <summary>The risk moved (renumbered or under another parent): the answer carries over, with a note.</summary>
    Moved,

    /// <summary>The risk was split or merged (or shares its successor with another risk): the successor is marked
    /// <see cref="AssessmentStatus.NeedsReview"/> with the prior answers attached.</summary>
    NeedsReview,

    /// <summary>The risk was removed: the answer is kept under the migrated assessment's <see cref="Assessment.Retired"/>.</summary>
    Dropped,
}
