namespace AiGov.Catalog.Assessments;

/// <summary>
/// How far an organisation has implemented one measure that addresses a risk (an entry's measure checklist,
/// format-version 2). Written in kebab-case in assessment files.
/// </summary>
public enum MeasureState
{
    /// <summary><c>implemented</c>: the measure is in place.</summary>
    Implemented,

    /// <summary><c>partially-implemented</c>: part of the measure is in place.</summary>
    PartiallyImplemented,

    /// <summary><c>planned</c>: the measure is planned but not in place.</summary>
    Planned,

    /// <summary><c>not-implemented</c>: the measure is not in place and not planned.</summary>
    NotImplemented,

    /// <summary><c>not-applicable</c>: the measure does not apply to the organisation (the notes say why).</summary>
    NotApplicable,
}
