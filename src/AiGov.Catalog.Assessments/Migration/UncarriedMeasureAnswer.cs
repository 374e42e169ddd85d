namespace AiGov.Catalog.Assessments;

/// <summary>
/// A measure answer that migration could not carry to the newer edition, and why. The answer itself is not lost: it
/// stays in the migrated file under the entry's <c>migrated-from</c> or under <c>retired</c>. Immutable.
/// </summary>
public sealed class UncarriedMeasureAnswer
{
    internal UncarriedMeasureAnswer(string riskId, MeasureAnswer answer, string reason)
    {
        RiskId = riskId;
        Answer = answer;
        Reason = reason;
    }

    /// <summary>Gets the earlier edition's risk whose checklist held the answer.</summary>
    public string RiskId { get; }

    /// <summary>Gets the answer, against the earlier edition's measure.</summary>
    public MeasureAnswer Answer { get; }

    /// <summary>Gets why it was not carried, in words.</summary>
    public string Reason { get; }

    /// <summary>Returns the risk, measure and reason.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => RiskId + " / " + Answer.MeasureId + ": " + Reason;
}
