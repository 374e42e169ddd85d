using System;
using System.Collections.Generic;
using System.Globalization;

namespace AiGov.Catalog.Assessments;

/// <summary>How many (risk, measure) rows of measure checklists have each state, and a score. Immutable.</summary>
/// <remarks>
/// The score is <c>(implemented + ½ × partially implemented) ÷ (total − not applicable)</c> in whole percent, rounded
/// half up; planned, not implemented and unanswered rows count as not implemented. Null when no row applies.
/// </remarks>
public sealed class MeasureTally
{
    internal MeasureTally(IEnumerable<MeasureState?> states)
    {
        foreach (var state in states)
        {
            Total++;
            switch (state)
            {
                case null: Unanswered++; break;
                case MeasureState.Implemented: Implemented++; break;
                case MeasureState.PartiallyImplemented: PartiallyImplemented++; break;
                case MeasureState.Planned: Planned++; break;
                case MeasureState.NotImplemented: NotImplemented++; break;
                case MeasureState.NotApplicable: NotApplicable++; break;
            }
        }
    }

    /// <summary>Gets the number of rows.</summary>
    public int Total { get; }

    /// <summary>Gets the number implemented.</summary>
    public int Implemented { get; }

    /// <summary>Gets the number partially implemented.</summary>
    public int PartiallyImplemented { get; }

    /// <summary>Gets the number planned.</summary>
    public int Planned { get; }

    /// <summary>Gets the number not implemented.</summary>
    public int NotImplemented { get; }

    /// <summary>Gets the number not applicable.</summary>
    public int NotApplicable { get; }

    /// <summary>Gets the number not answered yet.</summary>
    public int Unanswered { get; }

    /// <summary>Gets the number still open (neither implemented nor not applicable).</summary>
    public int Open => Total - Implemented - NotApplicable;

    /// <summary>Gets the score in whole percent (see the remarks), or null when no row applies.</summary>
    public int? ScorePercent => Total - NotApplicable == 0 ? null : ((200 * Implemented) + (100 * PartiallyImplemented) + (Total - NotApplicable)) / (2 * (Total - NotApplicable));

    /// <summary>Gets the number of rows with a state (null for unanswered).</summary>
    /// <param name="state">The state, or null.</param>
    /// <returns>The count.</returns>
    public int Count(MeasureState? state) => state switch
    {
        null => Unanswered,
        MeasureState.Implemented => Implemented,
        MeasureState.PartiallyImplemented => PartiallyImplemented,
        MeasureState.Planned => Planned,
        MeasureState.NotImplemented => NotImplemented,
        MeasureState.NotApplicable => NotApplicable,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a measure state."),
    };

    /// <summary>Returns "implemented/total, score".</summary>
    /// <returns>A display form.</returns>
    public override string ToString() =>
        Implemented.ToString(CultureInfo.InvariantCulture) + "/" + Total.ToString(CultureInfo.InvariantCulture) + " implemented, score "
        + (ScorePercent is { } s ? s.ToString(CultureInfo.InvariantCulture) + "%" : "n/a");
}
