using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiGov.Catalog.Assessments;

/// <summary>
/// An answer given against an earlier edition, kept by migration: under an entry's <c>migrated-from</c> (where the answer
/// came from, and, for an entry that needs review, the answer itself) or under the assessment's <c>retired</c> list
/// (answers to risks that the newer edition removed). Immutable.
/// </summary>
public sealed class PriorAnswer
{
    /// <summary>Creates a prior answer.</summary>
    /// <param name="riskId">The canonical ID of the earlier edition's risk, e.g. <c>1.0:3.1.1.d</c>.</param>
    /// <param name="relation">How that risk carries into the assessment's edition (from the lineage).</param>
    /// <param name="note">What migration did, in words; may be null.</param>
    /// <param name="status">The earlier answer's status, or null when the earlier risk was not assessed or the answer is carried in the entry itself.</param>
    /// <param name="owner">The earlier answer's owner, if any.</param>
    /// <param name="controls">The earlier answer's controls, if any.</param>
    /// <param name="evidence">The earlier answer's evidence links, if any.</param>
    /// <param name="notes">The earlier answer's notes, if any.</param>
    /// <param name="location">Where the prior answer was read, if it was read from a file.</param>
    /// <param name="measures">The earlier answer's measure checklist, or the measure answers migration could not carry.</param>
    /// <exception cref="ArgumentException"><paramref name="riskId"/> is null or empty.</exception>
    public PriorAnswer(
        string riskId,
        ChangeKind relation,
        string? note = null,
        AssessmentStatus? status = null,
        string? owner = null,
        IEnumerable<string>? controls = null,
        IEnumerable<string>? evidence = null,
        string? notes = null,
        SourceLocation? location = null,
        IEnumerable<MeasureAnswer>? measures = null)
    {
        if (string.IsNullOrEmpty(riskId))
        {
            throw new ArgumentException("A prior answer names a risk.", nameof(riskId));
        }

        RiskId = riskId;
        Relation = relation;
        Note = note;
        Status = status;
        Owner = owner;
        Controls = controls is null ? ImmutableArray<string>.Empty : controls.ToImmutableArray();
        Evidence = evidence is null ? ImmutableArray<string>.Empty : evidence.ToImmutableArray();
        Notes = notes;
        Location = location;
        Measures = measures is null ? ImmutableArray<MeasureAnswer>.Empty : measures.ToImmutableArray();
    }

    /// <summary>Gets the earlier answer's measure checklist (answers against the earlier edition's measures), kept so that no measure answer is lost.</summary>
    public ImmutableArray<MeasureAnswer> Measures { get; }

    /// <summary>Gets the canonical ID of the earlier edition's risk.</summary>
    public string RiskId { get; }

    /// <summary>Gets how the earlier risk carries into the newer edition (<see cref="ChangeKind.Removed"/> for a retired answer).</summary>
    public ChangeKind Relation { get; }

    /// <summary>Gets what migration did, in words, or null.</summary>
    public string? Note { get; }

    /// <summary>Gets the earlier status, or null when the earlier risk was not assessed (or the answer was carried into the entry).</summary>
    public AssessmentStatus? Status { get; }

    /// <summary>Gets the earlier owner, or null.</summary>
    public string? Owner { get; }

    /// <summary>Gets the earlier controls.</summary>
    public ImmutableArray<string> Controls { get; }

    /// <summary>Gets the earlier evidence links.</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>Gets the earlier notes, or null.</summary>
    public string? Notes { get; }

    /// <summary>Gets where the prior answer was read, or null when it was made in code.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Gets whether this carries an answer (a status) rather than only a reference.</summary>
    public bool HasAnswer => Status is not null;

    /// <summary>Returns the risk ID and relation.</summary>
    /// <returns>A display form.</returns>
    public override string ToString() => RiskId + " (" + AssessmentNames.Of(Relation) + ")";
}
