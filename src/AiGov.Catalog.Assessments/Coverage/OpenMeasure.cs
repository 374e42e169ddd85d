namespace AiGov.Catalog.Assessments;

/// <summary>A measure of a risk's checklist that is still open: unanswered, planned, partially or not implemented. Immutable.</summary>
public sealed class OpenMeasure
{
    internal OpenMeasure(Risk risk, Measure measure, MeasureAnswer? answer)
    {
        Risk = risk;
        Measure = measure;
        Answer = answer;
    }

    /// <summary>Gets the risk.</summary>
    public Risk Risk { get; }

    /// <summary>Gets the measure.</summary>
    public Measure Measure { get; }

    /// <summary>Gets the answer, or null when the checklist does not list the measure.</summary>
    public MeasureAnswer? Answer { get; }

    /// <summary>Gets the state, or null while unanswered.</summary>
    public MeasureState? State => Answer?.State;

    /// <summary>Returns the risk, measure and state.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => Risk.Id + " / " + Measure.Id + ": " + AssessmentNames.Label(State);
}
