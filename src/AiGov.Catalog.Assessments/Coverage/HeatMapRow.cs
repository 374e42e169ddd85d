using System.Collections.Immutable;

namespace AiGov.Catalog.Assessments;

/// <summary>A row of the stage × category heat map: one lifecycle stage, one cell per category. Immutable.</summary>
public sealed class HeatMapRow
{
    internal HeatMapRow(LifecycleStage stage, int depth, ImmutableArray<HeatMapCell> cells, StatusTally tally)
    {
        Stage = stage;
        Depth = depth;
        Cells = cells;
        Tally = tally;
    }

    /// <summary>Gets the stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>Gets the depth in the stage hierarchy: 1 for a phase of research and development (also counted in it), otherwise 0.</summary>
    public int Depth { get; }

    /// <summary>Gets the cells, in the edition's category order.</summary>
    public ImmutableArray<HeatMapCell> Cells { get; }

    /// <summary>Gets the statuses of every risk at the stage.</summary>
    public StatusTally Tally { get; }
}
