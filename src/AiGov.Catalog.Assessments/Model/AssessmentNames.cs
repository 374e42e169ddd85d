using System;

namespace AiGov.Catalog.Assessments;

/// <summary>The words that assessment files and reports use for statuses and lineage relations (kebab-case).</summary>
public static class AssessmentNames
{
    /// <summary>Gets the file word of a status, e.g. <c>partially-addressed</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The kebab-case word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static string Of(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Addressed => "addressed",
        AssessmentStatus.PartiallyAddressed => "partially-addressed",
        AssessmentStatus.NotAddressed => "not-addressed",
        AssessmentStatus.NotApplicable => "not-applicable",
        AssessmentStatus.NeedsReview => "needs-review",
        AssessmentStatus.Unassessed => "unassessed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a status."),
    };

    /// <summary>Gets the file word of a measure state, e.g. <c>partially-implemented</c>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The kebab-case word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined value.</exception>
    public static string Of(MeasureState state) => state switch
    {
        MeasureState.Implemented => "implemented",
        MeasureState.PartiallyImplemented => "partially-implemented",
        MeasureState.Planned => "planned",
        MeasureState.NotImplemented => "not-implemented",
        MeasureState.NotApplicable => "not-applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a measure state."),
    };

    /// <summary>Gets a measure state in words for people, e.g. <c>Partially implemented</c>.</summary>
    /// <param name="state">The state, or null for a measure not answered yet.</param>
    /// <returns>The label.</returns>
    public static string Label(MeasureState? state) => state switch
    {
        null => "Unanswered",
        MeasureState.Implemented => "Implemented",
        MeasureState.PartiallyImplemented => "Partially implemented",
        MeasureState.Planned => "Planned",
        MeasureState.NotImplemented => "Not implemented",
        MeasureState.NotApplicable => "Not applicable",
        _ => state.Value.ToString(),
    };

    /// <summary>Parses the file word of a measure state.</summary>
    /// <param name="text">The word, e.g. <c>implemented</c>.</param>
    /// <param name="state">The state, when the word is one.</param>
    /// <returns>Whether the word is a measure state.</returns>
    public static bool TryParseMeasureState(string? text, out MeasureState state)
    {
        foreach (var candidate in MeasureStates)
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>Gets every measure state, in the order files and reports use.</summary>
    public static System.Collections.Immutable.ImmutableArray<MeasureState> MeasureStates { get; } = System.Collections.Immutable.ImmutableArray.Create(
        MeasureState.Implemented,
        MeasureState.PartiallyImplemented,
        MeasureState.Planned,
        MeasureState.NotImplemented,
        MeasureState.NotApplicable);

    /// <summary>Gets the file word of a lineage relation, e.g. <c>moved</c>.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The kebab-case word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined value.</exception>
    public static string Of(ChangeKind relation) => relation switch
    {
        ChangeKind.Unchanged => "unchanged",
        ChangeKind.Reworded => "reworded",
        ChangeKind.Renamed => "renamed",
        ChangeKind.Moved => "moved",
        ChangeKind.Split => "split",
        ChangeKind.Merged => "merged",
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Not a change kind."),
    };

    /// <summary>Gets a status in words for people, e.g. <c>Partially addressed</c>.</summary>
    /// <param name="status">The status, or null for a risk that is not assessed.</param>
    /// <returns>The label.</returns>
    public static string Label(AssessmentStatus? status) => status switch
    {
        null => "Unassessed",
        AssessmentStatus.Addressed => "Addressed",
        AssessmentStatus.PartiallyAddressed => "Partially addressed",
        AssessmentStatus.NotAddressed => "Not addressed",
        AssessmentStatus.NotApplicable => "Not applicable",
        AssessmentStatus.NeedsReview => "Needs review",
        AssessmentStatus.Unassessed => "Unassessed",
        _ => status.Value.ToString(),
    };

    /// <summary>Parses the file word of a status.</summary>
    /// <param name="text">The word, e.g. <c>addressed</c>.</param>
    /// <param name="status">The status, when the word is one.</param>
    /// <returns>Whether the word is a status.</returns>
    public static bool TryParseStatus(string? text, out AssessmentStatus status)
    {
        foreach (var candidate in Statuses)
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>Parses the file word of a lineage relation.</summary>
    /// <param name="text">The word, e.g. <c>moved</c>.</param>
    /// <param name="relation">The relation, when the word is one.</param>
    /// <returns>Whether the word is a relation.</returns>
    public static bool TryParseRelation(string? text, out ChangeKind relation)
    {
        foreach (var candidate in EditionDiff.AllChangeKinds)
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                relation = candidate;
                return true;
            }
        }

        relation = default;
        return false;
    }

    /// <summary>Gets every status, in the order reports use.</summary>
    public static System.Collections.Immutable.ImmutableArray<AssessmentStatus> Statuses { get; } = System.Collections.Immutable.ImmutableArray.Create(
        AssessmentStatus.Addressed,
        AssessmentStatus.PartiallyAddressed,
        AssessmentStatus.NotAddressed,
        AssessmentStatus.NotApplicable,
        AssessmentStatus.NeedsReview);
}
