using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiGov.Catalog.Assessments;

/// <summary>An organisation's answer for one risk of the assessed edition. Immutable.</summary>
public sealed class AssessmentEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="riskId">The canonical ID of the risk, e.g. <c>1.0:3.1.1.a</c>.</param>
    /// <param name="status">The status.</param>
    /// <param name="owner">Who owns the risk in the organisation.</param>
    /// <param name="controls">The controls that address it.</param>
    /// <param name="evidence">Links (URLs or document references) to the evidence.</param>
    /// <param name="notes">Free text.</param>
    /// <param name="migratedFrom">Where the answer came from, when migration produced the entry.</param>
    /// <param name="location">Where the entry was read, if it was read from a file.</param>
    /// <param name="measures">The measure checklist (format-version 2): one answer per measure that addresses the risk.</param>
    /// <exception cref="ArgumentException"><paramref name="riskId"/> is null or empty.</exception>
    public AssessmentEntry(
        string riskId,
        AssessmentStatus status,
        string? owner = null,
        IEnumerable<string>? controls = null,
        IEnumerable<string>? evidence = null,
        string? notes = null,
        IEnumerable<PriorAnswer>? migratedFrom = null,
        SourceLocation? location = null,
        IEnumerable<MeasureAnswer>? measures = null)
    {
        if (string.IsNullOrEmpty(riskId))
        {
            throw new ArgumentException("An entry names a risk.", nameof(riskId));
        }

        RiskId = riskId;
        Status = status;
        Owner = owner;
        Controls = controls is null ? ImmutableArray<string>.Empty : controls.ToImmutableArray();
        Evidence = evidence is null ? ImmutableArray<string>.Empty : evidence.ToImmutableArray();
        Notes = notes;
        MigratedFrom = migratedFrom is null ? ImmutableArray<PriorAnswer>.Empty : migratedFrom.ToImmutableArray();
        Location = location;
        Measures = measures is null ? ImmutableArray<MeasureAnswer>.Empty : measures.ToImmutableArray();
    }

    /// <summary>Gets the measure checklist (format-version 2; empty when none was recorded), in the order of the file.</summary>
    public ImmutableArray<MeasureAnswer> Measures { get; }

    /// <summary>Gets the canonical ID of the risk (<c>1.0:3.1.1.a</c>), whatever form the file used.</summary>
    public string RiskId { get; }

    /// <summary>Gets the status.</summary>
    public AssessmentStatus Status { get; }

    /// <summary>Gets who owns the risk, or null.</summary>
    public string? Owner { get; }

    /// <summary>Gets the controls that address the risk.</summary>
    public ImmutableArray<string> Controls { get; }

    /// <summary>Gets the evidence links.</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>Gets free-text notes, or null.</summary>
    public string? Notes { get; }

    /// <summary>Gets where the answer came from when migration produced the entry (empty otherwise).</summary>
    public ImmutableArray<PriorAnswer> MigratedFrom { get; }

    /// <summary>Gets where the entry was read, or null when it was made in code.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Returns the risk ID and status.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => RiskId + ": " + AssessmentNames.Of(Status);
}
