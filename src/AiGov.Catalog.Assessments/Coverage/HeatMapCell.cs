using System.Collections.Immutable;

namespace AiGov.Catalog.Assessments;

/// <summary>A cell of the stage × category heat map: the risks of one category at one lifecycle stage. Immutable.</summary>
public sealed class HeatMapCell
{
    internal HeatMapCell(LifecycleStage stage, RiskCategory category, ImmutableArray<string> riskIds, StatusTally tally)
    {
        Stage = stage;
        Category = category;
        RiskIds = riskIds;
        Tally = tally;
    }

    /// <summary>Gets the row's stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>Gets the column's category.</summary>
    public RiskCategory Category { get; }

    /// <summary>Gets the canonical IDs of the cell's risks, in document order.</summary>
    public ImmutableArray<string> RiskIds { get; }

    /// <summary>Gets the statuses of the cell's risks (the heat is <see cref="StatusTally.ScorePercent"/>).</summary>
    public StatusTally Tally { get; }
}
