using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// One row of an entry's measure checklist (format-version 2): a measure that addresses the entry's risk in the
/// catalogue, its state, evidence links and notes. Immutable.
/// </summary>
public sealed class MeasureAnswer
{
    /// <summary>Creates a measure answer.</summary>
    /// <param name="measureId">The canonical ID of the measure, e.g. <c>2.0:4.1.1.a</c>.</param>
    /// <param name="state">The state, or null while the measure is not answered yet.</param>
    /// <param name="evidence">Links (URLs or document references) to the evidence.</param>
    /// <param name="notes">Free text.</param>
    /// <param name="location">Where the answer was read, if it was read from a file.</param>
    /// <exception cref="ArgumentException"><paramref name="measureId"/> is null or empty.</exception>
    public MeasureAnswer(string measureId, MeasureState? state, IEnumerable<string>? evidence = null, string? notes = null, SourceLocation? location = null)
    {
        if (string.IsNullOrEmpty(measureId))
        {
            throw new ArgumentException("A measure answer names a measure.", nameof(measureId));
        }

        MeasureId = measureId;
        State = state;
        Evidence = evidence is null ? ImmutableArray<string>.Empty : evidence.ToImmutableArray();
        Notes = notes;
        Location = location;
    }

    /// <summary>Gets the canonical ID of the measure.</summary>
    public string MeasureId { get; }

    /// <summary>Gets the state, or null while the measure is not answered.</summary>
    public MeasureState? State { get; }

    /// <summary>Gets the evidence links.</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>Gets free-text notes, or null.</summary>
    public string? Notes { get; }

    /// <summary>Gets where the answer was read, or null when it was made in code.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Gets whether the measure is still open: answered neither implemented nor not-applicable.</summary>
    public bool IsOpen => State is not (MeasureState.Implemented or MeasureState.NotApplicable);

    /// <summary>Returns a copy with another measure ID (used by migration) and no location.</summary>
    /// <param name="measureId">The new measure ID.</param>
    /// <returns>The copy.</returns>
    public MeasureAnswer WithMeasure(string measureId) => new(measureId, State, Evidence, Notes);

    /// <summary>Returns the measure ID and state.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => MeasureId + ": " + (State is { } s ? AssessmentNames.Of(s) : "unanswered");
}
