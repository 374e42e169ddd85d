namespace AiGov.Catalog.Assessments;

/// <summary>A risk that is not (fully) addressed: not addressed, partially addressed, needing review, or unassessed. Immutable.</summary>
public sealed class CoverageGap
{
    internal CoverageGap(Risk risk, AssessmentEntry? entry)
    {
        Risk = risk;
        Entry = entry;
    }

    /// <summary>Gets the risk.</summary>
    public Risk Risk { get; }

    /// <summary>Gets the entry, or null for an unassessed risk.</summary>
    public AssessmentEntry? Entry { get; }

    /// <summary>Gets the status, or null for an unassessed risk.</summary>
    public AssessmentStatus? Status => Entry?.Status is { } s && s != AssessmentStatus.Unassessed ? s : null;

    /// <summary>Returns the risk ID and status.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => Risk.Id + ": " + AssessmentNames.Label(Status);
}
