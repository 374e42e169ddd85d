namespace AiGov.Catalog;

/// <summary>
/// A measure of the <c>from</c> side of a diff and its lineage counterpart on the <c>to</c> side: in
/// <see cref="MeasureChanges.Shared"/> both address the risk; in <see cref="MeasureChanges.CounterpartNotMapped"/> the
/// counterpart's mapping to risks is unknown. Immutable.
/// </summary>
public sealed class SharedMeasure
{
    internal SharedMeasure(Measure before, Measure after)
    {
        Before = before;
        After = after;
    }

    /// <summary>Gets the measure of the diff's <c>from</c> edition.</summary>
    public Measure Before { get; }

    /// <summary>Gets its counterpart in the diff's <c>to</c> edition.</summary>
    public Measure After { get; }

    /// <summary>Returns "before-ID → after-ID".</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => Before.Id + " → " + After.Id;
}
