using System.Collections.Immutable;

namespace AiGov.Catalog;

/// <summary>
/// How the measures that address a risk change across a diff: shared, new, dropped, or with a counterpart whose mapping
/// is unknown, by way of the lineage of the
/// measures. Present on every <see cref="DiffEntry"/> of kind <see cref="ElementKind.Risk"/>. Immutable.
/// </summary>
/// <remarks>
/// <para>The <c>from</c> measures are those that address any risk of <see cref="DiffEntry.Before"/>, the <c>to</c>
/// measures those that address any risk of <see cref="DiffEntry.After"/> (directly or through a sub-category or
/// category). A measure's counterparts are the elements the diff pairs it with.</para>
/// <list type="bullet">
/// <item><description><see cref="Shared"/>: a <c>from</c> measure with a counterpart among the <c>to</c> measures (one
/// pair per counterpart).</description></item>
/// <item><description><see cref="Dropped"/>: a <c>from</c> measure none of whose counterparts is a <c>to</c> measure,
/// including a measure that the lineage records as removed.</description></item>
/// <item><description><see cref="CounterpartNotMapped"/>: a measure that addresses the risk on one side and has a
/// counterpart on the other side that the catalogue maps to no risk at all (a cross-cutting measure whose item-level
/// mapping is unknown): whether the counterpart deals with the risk is unknown, so the measure is reported neither as
/// dropped nor as new. Counted apart from both.</description></item>
/// <item><description><see cref="New"/>: a <c>to</c> measure that is the counterpart of no <c>from</c> measure.</description></item>
/// <item><description><see cref="UntrackedBefore"/>, <see cref="UntrackedAfter"/>: measures whose kind the lineage does
/// not track (the technical countermeasures, between 1.0 and 2.0). No correspondence is known, so they are neither
/// shared, new nor dropped.</description></item>
/// </list>
/// <para>The catalogue maps measures to risks where a source or the project's reading supports it; a dropped or new
/// link may therefore mean that one edition's mapping is less complete (see <see cref="Risk.UnaddressedNote"/>).</para>
/// </remarks>
public sealed class MeasureChanges
{
    internal MeasureChanges(
        ImmutableArray<SharedMeasure> shared,
        ImmutableArray<Measure> @new,
        ImmutableArray<Measure> dropped,
        ImmutableArray<SharedMeasure> counterpartNotMapped,
        ImmutableArray<Measure> untrackedBefore,
        ImmutableArray<Measure> untrackedAfter)
    {
        Shared = shared;
        New = @new;
        Dropped = dropped;
        CounterpartNotMapped = counterpartNotMapped;
        UntrackedBefore = untrackedBefore;
        UntrackedAfter = untrackedAfter;
    }

    /// <summary>Gets the measures kept: each pair is a <c>from</c> measure and a counterpart that addresses the <c>to</c> risk(s), in <c>from</c> document order.</summary>
    public ImmutableArray<SharedMeasure> Shared { get; }

    /// <summary>Gets the <c>to</c> measures with no <c>from</c> counterpart among the risk's measures, in document order.</summary>
    public ImmutableArray<Measure> New { get; }

    /// <summary>Gets the <c>from</c> measures none of whose counterparts addresses the <c>to</c> risk(s), in document order.</summary>
    public ImmutableArray<Measure> Dropped { get; }

    /// <summary>
    /// Gets the measure pairs (<c>from</c> measure, <c>to</c> counterpart) where one side addresses the risk and its
    /// counterpart is mapped to no risk at all (its item-level mapping is unknown), so that nothing is known about the
    /// counterpart and the risk: first the <c>from</c> measures whose <c>to</c> counterpart is not mapped, in <c>from</c>
    /// document order, then the <c>to</c> measures whose <c>from</c> counterpart is not mapped, in <c>to</c> document
    /// order. Counted neither as dropped nor as new.
    /// </summary>
    public ImmutableArray<SharedMeasure> CounterpartNotMapped { get; }

    /// <summary>Gets the <c>from</c> measures of kinds the lineage does not track, in document order.</summary>
    public ImmutableArray<Measure> UntrackedBefore { get; }

    /// <summary>Gets the <c>to</c> measures of kinds the lineage does not track, in document order.</summary>
    public ImmutableArray<Measure> UntrackedAfter { get; }

    /// <summary>Gets a value indicating whether any measure was added or dropped (a counterpart that is not mapped is neither).</summary>
    public bool HasChanges => !New.IsEmpty || !Dropped.IsEmpty;
}
