namespace AiGov.Catalog.Assessments;

/// <summary>How far an organisation has addressed one risk of the framework. Written in kebab-case in assessment files.</summary>
public enum AssessmentStatus
{
    /// <summary><c>addressed</c>: controls are in place and evidenced.</summary>
    Addressed,

    /// <summary><c>partially-addressed</c>: some controls are in place; a gap remains.</summary>
    PartiallyAddressed,

    /// <summary><c>not-addressed</c>: the risk applies and nothing addresses it yet.</summary>
    NotAddressed,

    /// <summary><c>not-applicable</c>: the risk does not apply to the organisation (the entry's notes say why).</summary>
    NotApplicable,

    /// <summary>
    /// <c>needs-review</c>: set by migration where a risk was split or merged between editions; the prior answers are
    /// attached and a person must choose one of the other statuses. Counts as not yet assessed.
    /// </summary>
    NeedsReview,

    /// <summary>
    /// <c>unassessed</c>: not answered yet (format-version 2). <see cref="AssessmentTemplate"/> writes it for every risk
    /// of a new assessment; reports count it as a risk with no entry.
    /// </summary>
    Unassessed,
}
